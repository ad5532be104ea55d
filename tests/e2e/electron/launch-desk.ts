/**
 * Launching the real Newsdesk app with Playwright's Electron support, for the
 * specs in this folder.
 *
 * They run only where the Electron binary is installed (a developer machine
 * where npm could download it); elsewhere every spec skips and the run says why.
 * The binary is found without `require('electron')`, which would try to
 * download it: node_modules/electron/path.txt names it inside dist/.
 *
 * Each spec starts the built app (npm run build) on its own temp --data-dir,
 * with its own config folder (XDG_CONFIG_HOME: window state, recent files), so
 * nothing touches the user's desk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { _electron as electron, type ElectronApplication, expect, type Page, test as base } from '@playwright/test';

import type { DeskApi } from '../../../src/shared/ipc/api';
import type { DeskCommands, MenuCommand } from '../../../src/shared/ipc/menu-commands';

/** What the preload puts on the page's window (types only: the functions run in the page). */
export interface DeskPage {
  desk: DeskApi;
  deskCommands: DeskCommands;
  receivedCommands: MenuCommand[];
}

export const REPOSITORY_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ELECTRON_PACKAGE = join(REPOSITORY_ROOT, 'node_modules', 'electron');
const ELECTRON_PATH_FILE = join(ELECTRON_PACKAGE, 'path.txt');
const ELECTRON_DIST = join(ELECTRON_PACKAGE, 'dist');

export const SKIP_REASON =
  'Electron binary not installed (node_modules/electron/dist missing) — these specs run on a machine where npm could download it';
export const electronInstalled = existsSync(ELECTRON_PATH_FILE) && existsSync(ELECTRON_DIST);

// Said once, by the runner process (workers have TEST_WORKER_INDEX), so the reason shows in the run's output.
if (!electronInstalled && process.env.TEST_WORKER_INDEX === undefined) console.log(`tests/e2e/electron: ${SKIP_REASON}`);

export function electronExecutable(): string {
  return join(ELECTRON_DIST, readFileSync(ELECTRON_PATH_FILE, 'utf8').trim());
}

export interface LaunchOptions {
  /** More command-line arguments (files to open). */
  args?: string[];
  /** The executable to start instead of the development Electron (a packaged app). */
  executablePath?: string;
}

interface ElectronFixtures {
  /** A fresh, empty data folder for this spec. */
  dataDir: string;
  /** A fresh config folder for this spec (Electron's userData on Linux lives in it). */
  configDir: string;
  /** Starts the built app on `dataDir` and resolves once its page says it is ready. */
  launchDesk: (options?: LaunchOptions) => Promise<{ app: ElectronApplication; page: Page }>;
}

export const test = base.extend<ElectronFixtures>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: `{}` says "none".

  dataDir: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'newsdesk-electron-'));
    // Someone is editing already: the first-run "Who is editing?" question would stand in front of every spec.
    await writeFile(join(folder, 'settings.json'), JSON.stringify({ displayName: 'Rosa Lindqvist' }));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },

  configDir: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'newsdesk-electron-config-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },
  launchDesk: async ({ dataDir, configDir }, use) => {
    const launched: ElectronApplication[] = [];
    await use(async (options = {}) => {
      const mainBundle = join(REPOSITORY_ROOT, 'out', 'main', 'index.js');
      if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run "npm run build" before the Electron specs.`);
      // The built page, never a dev server a developer's shell may still name; production, not development.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(
          (entry): entry is [string, string] =>
            entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL' && entry[0] !== 'NEWSDESK_DEVELOPMENT',
        ),
      );
      const app = await electron.launch({
        executablePath: options.executablePath ?? electronExecutable(),
        args: [...(options.executablePath ? [] : [REPOSITORY_ROOT]), `--data-dir=${dataDir}`, ...(options.args ?? [])],
        cwd: REPOSITORY_ROOT,
        env: { ...env, XDG_CONFIG_HOME: configDir },
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

export { expect };
