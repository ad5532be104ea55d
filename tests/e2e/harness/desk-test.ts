/**
 * The browser-test fixture: the built renderer in Debian's Chromium with
 * `window.desk` bridged to the REAL main-process handlers over a temp data
 * folder seeded from data/. Only Electron's IPC pipe is swapped: client,
 * validation, sender check, services and lowdb files on disk are the real ones.
 *
 *     import { test, expect } from './harness/desk-test';
 *     test('…', async ({ page, dataDir, desk }) => { … });
 *
 * Contract with the renderer: nd-app sets the `data-ready` attribute on itself once
 * it has loaded the article list; `page` and `reopen()` wait for it.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { expect, type Page, test as base } from '@playwright/test';
import { buildSync } from 'esbuild';

import { type Desk, openDesk } from '../../../src/main/open-desk';
import { isTrustedRendererUrl } from '../../../src/main/sender-policy';
import type { Article } from '../../../src/shared/article';
import type { DeskChannel } from '../../../src/shared/ipc/api';
import { DESK_CHANNELS } from '../../../src/shared/ipc/api';
import { assertRendererBuilt, RENDERER_URL, serveRenderer } from './renderer-server';

let pageBridgeScript: string | undefined;
/** The page of the running test, for events main sends on its own. */
let currentPage: Page | undefined;

/** The page bridge, bundled once per worker. */
function pageBridge(): string {
  pageBridgeScript ??= buildSync({
    entryPoints: [resolve('tests/e2e/harness/page-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).outputFiles[0].text;
  return pageBridgeScript;
}

export interface DeskOptions {
  /** Runs on the temp data folder before the desk opens it (to plant files, corrupt ones, …). */
  prepareDataDir: (dataDir: string) => Promise<void>;
  /**
   * Who is editing on the test's desk (written to settings.json unless the folder has one), so the
   * first-run "Who is editing?" question does not stand in front of every test; null asks it.
   */
  displayName: string | null;
}

/** The display name of the person at the test desk. */
export const TEST_EDITOR = 'Rosa Lindqvist';

/** The native folder dialog's stand-in: what it answers next (a folder, or null for Cancel). */
export interface DialogDouble {
  folder: string | null;
  /** How many times the app asked for a folder. */
  asked: number;
}

/** The desktop shell's stand-in: what the app asked it to open. */
export interface ShellDouble {
  opened: string[];
  shown: string[];
}

export interface DeskFixtures {
  shell: ShellDouble;
  /** A temp folder the folder dialog answers with by default (batch export writes here). */
  exportDir: string;
  dialogs: DialogDouble;
  /** The temp data folder the page's desk writes to. */
  dataDir: string;
  /** The open desk behind the page (real store, services and handlers). */
  desk: Desk;
  /** Reads the article files on disk. */
  articlesOnDisk: () => Promise<Article[]>;
  /** Reloads the page and waits for the app to be ready again. */
  reopen: () => Promise<void>;
}

/** Resolves when nd-app says it is ready (it sets data-ready on itself). */
async function waitForApp(page: Page): Promise<void> {
  await page.locator('nd-app[data-ready]').waitFor({ state: 'attached' });
}

export const test = base.extend<DeskFixtures & DeskOptions>({
  prepareDataDir: [async ({}, use) => use(async () => undefined), { option: true }],
  displayName: [TEST_EDITOR, { option: true }],

  dataDir: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'newsdesk-e2e-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },

  exportDir: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'newsdesk-export-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },

  dialogs: async ({ exportDir }, use) => use({ folder: exportDir, asked: 0 }),

  shell: async ({}, use) => use({ opened: [], shown: [] }),

  desk: async ({ dataDir, prepareDataDir, displayName, dialogs, shell }, use) => {
    await prepareDataDir(dataDir);
    if (displayName !== null)
      await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ displayName }), { flag: 'wx' }).catch(() => undefined);
    const desk = await openDesk({
      dataDir,
      seedDir: resolve('data'),
      isTrustedSender: (url) => isTrustedRendererUrl(url, RENDERER_URL),
      ports: {
        dialogs: {
          chooseFolder: async () => {
            dialogs.asked++;
            return dialogs.folder;
          },
        },
        shell: {
          openWebPage: async (url) => void shell.opened.push(url),
          showFolder: async (folder) => void shell.shown.push(folder),
        },
        // Where main would send `export:progress` to the window.
        onExportProgress: (progress) => {
          void currentPage?.evaluate((report) => window.__deskEmitExportProgress(report), progress).catch(() => undefined);
        },
      },
    });
    await use(desk);
    await desk.close();
  },

  page: async ({ page, desk }, use) => {
    assertRendererBuilt();
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    await serveRenderer(page);
    await page.exposeBinding('__deskInvoke', ({ frame }, channel: DeskChannel, request: unknown) => {
      if (!DESK_CHANNELS.includes(channel)) return { ok: false, error: { code: 'invalid-request', message: `No channel ${channel}` } };
      return desk.handlers[channel](request, { url: frame.url() });
    });
    await page.addInitScript({ content: pageBridge() });
    currentPage = page;
    await page.goto(RENDERER_URL);
    await waitForApp(page);
    await use(page);
    currentPage = undefined;
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },

  articlesOnDisk: async ({ dataDir }, use) => {
    await use(async () => {
      const folder = join(dataDir, 'articles');
      const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
      return Promise.all(names.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as Article));
    });
  },

  reopen: async ({ page }, use) => {
    await use(async () => {
      await page.reload();
      await waitForApp(page);
    });
  },
});

export { expect };
