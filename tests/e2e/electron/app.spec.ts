/**
 * The real Newsdesk app: its window, its bridge and its store across a restart.
 * Skipped, with the reason printed, where the Electron binary is absent (launch-desk.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type DeskPage, electronInstalled, expect, REPOSITORY_ROOT, SKIP_REASON, test } from './launch-desk';

/** The headlines of the seed briefings: the first line of each data/*.txt. */
function seededHeadlines(): string[] {
  const folder = join(REPOSITORY_ROOT, 'data');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(folder, name), 'utf8').split(/\r?\n/, 1)[0].trim());
}

test.skip(!electronInstalled, SKIP_REASON);

test.describe('the Newsdesk app', () => {
  test('opens its window with the seeded briefings listed', async ({ launchDesk }) => {
    const { page } = await launchDesk();
    const headlines = seededHeadlines();
    expect(headlines.length).toBeGreaterThan(0);
    for (const headline of headlines) {
      await expect(page.getByText(headline, { exact: true }).first()).toBeVisible();
    }
    const listed = await page.evaluate(async () =>
      (await (window as unknown as DeskPage).desk.listArticles({})).map((article) => article.headline),
    );
    expect(listed.sort()).toEqual([...headlines].sort());
  });

  test('gives the page window.desk and window.deskCommands but no require, process or ipcRenderer', async ({ launchDesk }) => {
    const { page } = await launchDesk();
    const globals = await page.evaluate(() => {
      const page = globalThis as Record<string, unknown>;
      return {
        desk: typeof page.desk,
        deskCommands: typeof page.deskCommands,
        require: typeof page.require,
        process: typeof page.process,
        ipcRenderer: typeof page.ipcRenderer,
        electron: typeof page.electron,
      };
    });
    expect(globals).toEqual({
      desk: 'object',
      deskCommands: 'object',
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
      electron: 'undefined',
    });
  });

  test('denies window.open', async ({ launchDesk }) => {
    const { app, page } = await launchDesk();
    const opened = await page.evaluate(() => window.open('https://example.com/', '_blank') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('delivers a menu command from main to a deskCommands listener', async ({ launchDesk }) => {
    const { app, page } = await launchDesk();
    await page.evaluate(() => {
      const page = window as unknown as DeskPage;
      page.receivedCommands = [];
      page.deskCommands.onCommand((command) => page.receivedCommands.push(command));
    });
    await app.evaluate(({ BrowserWindow }) => {
      BrowserWindow.getAllWindows()[0].webContents.send('desk:command', 'not-a-command');
      BrowserWindow.getAllWindows()[0].webContents.send('desk:command', 'focus-search');
    });
    // Main sent the unknown name first, so once anything has arrived both have been through the preload.
    await page.waitForFunction(() => (window as unknown as DeskPage).receivedCommands.length > 0);
    expect(await page.evaluate(() => (window as unknown as DeskPage).receivedCommands)).toEqual(['focus-search']);
  });

  test('keeps an article it created after the app restarts', async ({ launchDesk }) => {
    const headline = `Restart check ${Date.now()}`;
    const first = await launchDesk();
    const created = await first.page.evaluate((headline) => (window as unknown as DeskPage).desk.createArticle({ headline }), headline);
    expect(created.headline).toBe(headline);
    // close() quits the app; main closes the desk (flush, unlock) before it exits.
    await first.app.close();

    const second = await launchDesk();
    const article = await second.page.evaluate((id) => (window as unknown as DeskPage).desk.getArticle({ id }), created.id);
    expect(article.headline).toBe(headline);
    await expect(second.page.getByText(headline, { exact: true }).first()).toBeVisible();
  });
});
