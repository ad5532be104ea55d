/**
 * The real Newsdesk app, launched with Playwright's Electron support.
 *
 * These run only where the Electron binary is installed (a developer machine
 * where npm could download it). Elsewhere every spec skips and the run says why.
 * The binary is found without `require('electron')`, which would try to
 * download it: node_modules/electron/path.txt names it inside dist/.
 *
 * Each spec starts the built app (npm run build) on its own temp --data-dir,
 * so the briefings in data/ seed it and nothing touches the user's desk.
 */
import { _electron as electron, expect, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeskApi } from '../../../src/shared/ipc/api';
import type { DeskCommands, MenuCommand } from '../../../src/shared/ipc/menu-commands';

/** What the preload puts on the page's window (types only: the functions run in the page). */
interface DeskPage {
  desk: DeskApi;
  deskCommands: DeskCommands;
  receivedCommands: MenuCommand[];
}

const REPOSITORY_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ELECTRON_PACKAGE = join(REPOSITORY_ROOT, 'node_modules', 'electron');
const ELECTRON_PATH_FILE = join(ELECTRON_PACKAGE, 'path.txt');
const ELECTRON_DIST = join(ELECTRON_PACKAGE, 'dist');

const SKIP_REASON =
  'Electron binary not installed (node_modules/electron/dist missing) — these specs run on a machine where npm could download it';
const electronInstalled = existsSync(ELECTRON_PATH_FILE) && existsSync(ELECTRON_DIST);

// Said once, by the runner process (workers have TEST_WORKER_INDEX), so the reason shows in the run's output.
if (!electronInstalled && process.env.TEST_WORKER_INDEX === undefined) console.log(`tests/e2e/electron: ${SKIP_REASON}`);

/** The headlines of the seed briefings: the first line of each data/*.txt. */
function seededHeadlines(): string[] {
  const folder = join(REPOSITORY_ROOT, 'data');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(folder, name), 'utf8').split(/\r?\n/, 1)[0].trim());
}

function electronExecutable(): string {
  return join(ELECTRON_DIST, readFileSync(ELECTRON_PATH_FILE, 'utf8').trim());
}

interface ElectronFixtures {
  /** A fresh, empty data folder for this spec. */
  dataDir: string;
  /** Starts the built app on `dataDir` and resolves once its page says it is ready. */
  launchDesk: () => Promise<{ app: ElectronApplication; page: Page }>;
}

const test = base.extend<ElectronFixtures>({
  dataDir: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'newsdesk-electron-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },
  launchDesk: async ({ dataDir }, use) => {
    const launched: ElectronApplication[] = [];
    await use(async () => {
      const mainBundle = join(REPOSITORY_ROOT, 'out', 'main', 'index.js');
      if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run "npm run build" before the Electron specs.`);
      // The built page, never a dev server a developer's shell may still name.
      const env = Object.fromEntries(
        Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL'),
      );
      const app = await electron.launch({
        executablePath: electronExecutable(),
        args: [REPOSITORY_ROOT, `--data-dir=${dataDir}`],
        cwd: REPOSITORY_ROOT,
        env,
      });
      launched.push(app);
      const page = await app.firstWindow();
      // nd-app sets data-ready once it has loaded the article list.
      await page.locator('nd-app[data-ready]').waitFor({ state: 'attached' });
      return { app, page };
    });
    for (const app of launched) await app.close().catch(() => undefined);
  },
});

test.skip(!electronInstalled, SKIP_REASON);

test.describe('the Newsdesk app', () => {
  test('opens its window with the seeded briefings listed', async ({ launchDesk }) => {
    const { page } = await launchDesk();
    const headlines = seededHeadlines();
    expect(headlines.length).toBeGreaterThan(0);
    for (const headline of headlines) {
      await expect(page.getByText(headline, { exact: true }).first()).toBeVisible();
    }
    const listed = await page.evaluate(async () => (await (window as unknown as DeskPage).desk.listArticles({})).map((article) => article.headline));
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
