/**
 * The page's side of the application menu: commands arriving on
 * window.deskCommands (here a stand-in installed before the page loads, as the
 * preload would) do what their shortcuts or controls do, articles main asks
 * for open, and the page tells main which article is open.
 */
import type { Page } from '@playwright/test';

import type { DeskViewState, MenuCommand } from '../../../src/shared/ipc/menu-commands';
import { expect, test } from '../harness/desk-test';

interface ShellStandIn {
  commands: ((command: MenuCommand) => void)[];
  opens: ((request: { id: string }) => void)[];
  reported: DeskViewState[];
}

/** Installs a window.deskCommands that records what the page registers and reports, then reloads the page. */
async function withShell(page: Page, reopen: () => Promise<void>): Promise<void> {
  await page.addInitScript(() => {
    const shell: ShellStandIn = { commands: [], opens: [], reported: [] };
    Object.assign(window, {
      shell,
      deskCommands: {
        onCommand: (listener: (command: MenuCommand) => void) => (shell.commands.push(listener), () => undefined),
        onOpenArticle: (listener: (request: { id: string }) => void) => (shell.opens.push(listener), () => undefined),
        reportViewState: (state: DeskViewState) => shell.reported.push(state),
      },
    });
  });
  await reopen();
}

/** Opens the first listed article and waits until the editor shows it. */
async function openFirstArticle(page: Page): Promise<void> {
  const first = page.getByRole('option').first();
  const headline = (await first.locator('.headline').textContent()) ?? '';
  await first.click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headline);
}

function sendCommand(page: Page, command: MenuCommand): Promise<void> {
  return page.evaluate(
    (command) => (window as unknown as { shell: ShellStandIn }).shell.commands.forEach((listener) => listener(command)),
    command,
  );
}

test('a status command picks that status in the Status field', async ({ page, reopen }) => {
  await withShell(page, reopen);
  await openFirstArticle(page);
  await sendCommand(page, 'set-status-ready');
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('ready');
});

test('History and Replace from the menu open what their shortcuts open', async ({ page, reopen }) => {
  await withShell(page, reopen);
  await openFirstArticle(page);
  await sendCommand(page, 'toggle-history');
  await expect(page.getByRole('dialog', { name: 'History' })).toBeVisible();
  await sendCommand(page, 'find-replace');
  await expect(page.locator('nd-find-bar')).toBeVisible();
});

test('opens the article main asks for, and tells main which article is open', async ({ page, reopen, desk }) => {
  await withShell(page, reopen);
  const [, second] = await desk.services.articles.list({});
  await page.evaluate(
    (id) => (window as unknown as { shell: ShellStandIn }).shell.opens.forEach((listener) => listener({ id })),
    second.id,
  );
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(second.headline);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shell: ShellStandIn }).shell.reported.at(-1)))
    .toEqual({ articleId: second.id });
});
