/**
 * The desk shell on the real app: the menu following the open article, files
 * named on the command line, the window's place across a restart, and recovery
 * from a crashed page. Skipped, with the reason printed, where the Electron
 * binary is absent (launch-desk.ts).
 */
import { join } from 'node:path';

import { type DeskPage, electronInstalled, expect, REPOSITORY_ROOT, SKIP_REASON, test } from './launch-desk';

test.skip(!electronInstalled, SKIP_REASON);

const BRIEFING = join(REPOSITORY_ROOT, 'tests', 'fixtures', 'briefings', 'portvale-container-traffic-hits-record.txt');

test.describe('the desk shell', () => {
  test('enables Save in the menu once an article is open', async ({ launchDesk }) => {
    const { app, page } = await launchDesk();
    const saveEnabled = () => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('save')?.enabled);
    expect(await saveEnabled()).toBe(false);
    await page.locator('nd-article-list').getByRole('option').first().click();
    await expect.poll(saveEnabled).toBe(true);
  });

  test('imports and opens a briefing named on the command line', async ({ launchDesk }) => {
    const { page } = await launchDesk({ args: [BRIEFING] });
    await expect(page.locator('nd-editor').getByRole('textbox', { name: 'Headline' })).toHaveValue(
      'Portvale container traffic hits record',
    );
  });

  test('reopens where it was left, with the same article open', async ({ launchDesk }) => {
    const first = await launchDesk();
    const [article] = await first.page.evaluate(() => (window as unknown as DeskPage).desk.listArticles({}));
    await first.page.locator('nd-article-list').getByText(article.headline, { exact: true }).first().click();
    await first.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].setBounds({ x: 60, y: 40, width: 1100, height: 740 }));
    await first.app.close();

    const second = await launchDesk();
    const bounds = await second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getNormalBounds());
    expect(bounds).toMatchObject({ width: 1100, height: 740 });
    await expect(second.page.locator('nd-editor').getByRole('textbox', { name: 'Headline' })).toHaveValue(article.headline);
  });

  test('reloads a crashed page and reopens its article', async ({ launchDesk }) => {
    const { app, page } = await launchDesk();
    const [article] = await page.evaluate(() => (window as unknown as DeskPage).desk.listArticles({}));
    await page.locator('nd-article-list').getByText(article.headline, { exact: true }).first().click();
    await expect.poll(() => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('save')?.enabled)).toBe(true);
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].webContents.forcefullyCrashRenderer());
    await page.locator('nd-app[data-ready]').waitFor({ state: 'attached' });
    await expect(page.locator('nd-editor').getByRole('textbox', { name: 'Headline' })).toHaveValue(article.headline);
  });
});
