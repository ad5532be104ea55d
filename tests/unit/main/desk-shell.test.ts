/**
 * The desk shell through the whole app (startDeskApp on a fake Electron):
 * files from the OS, the menu following the page, window state across
 * restarts, crash recovery and the log.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { startDeskApp } from '../../../src/main/app-lifecycle';
import { LOG_FILE_NAME } from '../../../src/main/main-log';
import { menuItems } from '../../../src/main/menu';
import { MAX_OPEN_FILE_BYTES } from '../../../src/main/open-files';
import { WINDOW_STATE_FILE } from '../../../src/main/window-state';
import type { Article, ArticleSummary } from '../../../src/shared/article';
import type { DeskResult } from '../../../src/shared/ipc/api';
import { OPEN_ARTICLE_CHANNEL, VIEW_STATE_CHANNEL } from '../../../src/shared/ipc/menu-commands';
import { REPOSITORY_ROOT } from '../../support/built-output';
import {
  app,
  dialog,
  FakeBrowserWindow,
  FakeEvent,
  type FakeMenu,
  ipcMain,
  Menu,
  resetFakeElectron,
  screen,
} from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

const BRIEFING = join(REPOSITORY_ROOT, 'tests', 'fixtures', 'briefings', 'portvale-container-traffic-hits-record.txt');
const BRIEFING_HEADLINE = 'Portvale container traffic hits record';

let root: string;
let dataDir: string;
const { warn, error } = console;
const { argv } = process;

beforeEach(async () => {
  resetFakeElectron();
  app.appPath = REPOSITORY_ROOT;
  root = await mkdtemp(join(tmpdir(), 'newsdesk-shell-'));
  dataDir = join(root, 'desk');
  app.userDataPath = root;
  vi.stubEnv('NEWSDESK_DATA_DIR', dataDir);
});

afterEach(async () => {
  await quitApp();
  process.argv = argv;
  vi.unstubAllEnvs();
  Object.assign(console, { warn, error });
  await rm(root, { recursive: true, force: true });
});

async function quitApp(): Promise<void> {
  const quitsBefore = app.quit.mock.calls.length;
  const event = new FakeEvent();
  app.emit('will-quit', event);
  if (event.defaultPrevented) await vi.waitFor(() => expect(app.quit.mock.calls.length).toBeGreaterThan(quitsBefore), { timeout: 5_000 });
}

/** Starts the app, as a fresh launch would, and returns its window. */
async function start(): Promise<FakeBrowserWindow> {
  await startDeskApp();
  const window = FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('The app opened no window.');
  return window;
}

function pageUrl(window: FakeBrowserWindow): string {
  return pathToFileURL(window.loadedFile ?? '').href;
}

async function invoke<T>(window: FakeBrowserWindow, channel: string, payload: unknown): Promise<T> {
  const result = (await ipcMain.handlers.get(channel)?.({ senderFrame: { url: pageUrl(window) } }, payload)) as DeskResult<T>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The articles main asked the page to open, in order. */
function openRequests(window: FakeBrowserWindow): unknown[] {
  return window.webContents.send.mock.calls.filter(([channel]) => channel === OPEN_ARTICLE_CHANNEL).map(([, request]) => request);
}

function reportView(window: FakeBrowserWindow, articleId: string | null, url = pageUrl(window)): void {
  ipcMain.emit(VIEW_STATE_CHANNEL, { senderFrame: { url } }, { articleId });
}

function menuItem(id: string): MenuItemConstructorOptions {
  const template = (Menu.applicationMenu as FakeMenu).template as MenuItemConstructorOptions[];
  const item = menuItems(template).find((each) => each.id === id || each.label === id);
  if (!item) throw new Error(`The menu has no item ${id}.`);
  return item;
}

async function quitAndRestart(): Promise<FakeBrowserWindow> {
  FakeBrowserWindow.instances.at(-1)?.close();
  await quitApp();
  resetFakeElectron();
  app.appPath = REPOSITORY_ROOT;
  app.userDataPath = root;
  return start();
}

describe('files from the operating system', () => {
  it('imports a briefing named on the command line and opens it once the page has loaded', async () => {
    process.argv = ['/opt/Newsdesk/newsdesk', BRIEFING];
    const window = await start();
    expect(openRequests(window)).toEqual([]);
    window.webContents.finishLoad();
    const [request] = openRequests(window) as { id: string }[];
    const article = await invoke<Article>(window, 'articles:get', { id: request.id });
    expect(article.headline).toBe(BRIEFING_HEADLINE);
  });

  it('imports the file a second launch names into the running window, and keeps it in Open Recent and with the OS', async () => {
    const window = await start();
    window.webContents.finishLoad();
    window.minimized = true;
    app.emit(
      'second-instance',
      new FakeEvent(),
      ['/opt/Newsdesk/newsdesk', '--data-dir', '/elsewhere', 'portvale-container-traffic-hits-record.txt'],
      join(BRIEFING, '..'),
    );
    await vi.waitFor(() => expect(openRequests(window)).toHaveLength(1), { timeout: 10_000 }); // the import worker starts first
    expect(window.restore).toHaveBeenCalled();
    expect(app.addRecentDocument).toHaveBeenCalledExactlyOnceWith(BRIEFING);
    const recent = (menuItem('Open &Recent') as { submenu: MenuItemConstructorOptions[] }).submenu;
    expect(recent[0]).toMatchObject({ label: 'portvale-container-traffic-hits-record.txt' });
    const listed = await invoke<ArticleSummary[]>(window, 'articles:list', {});
    expect(listed.filter((summary) => summary.headline === BRIEFING_HEADLINE)).toHaveLength(1);
  });

  it('refuses a file over 10 MB or of another kind with a message naming it, importing nothing', async () => {
    const large = join(root, 'huge.txt');
    await writeFile(large, Buffer.alloc(MAX_OPEN_FILE_BYTES + 1, 0x61));
    const window = await start();
    window.webContents.finishLoad();
    const before = (await invoke<ArticleSummary[]>(window, 'articles:list', {})).length;
    app.emit('open-file', new FakeEvent(), large);
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled(), { timeout: 5_000 });
    expect(JSON.stringify(dialog.showMessageBox.mock.calls[0])).toContain('huge.txt');
    expect(JSON.stringify(dialog.showMessageBox.mock.calls[0])).toContain('10 MB');
    expect(await invoke<ArticleSummary[]>(window, 'articles:list', {})).toHaveLength(before);
    expect(openRequests(window)).toEqual([]);
    expect(app.addRecentDocument).not.toHaveBeenCalled();
  });
});

describe('the menu following the page', () => {
  it('enables the article items once the page says an article is open, and disables them when none is', async () => {
    const window = await start();
    expect(menuItem('save').enabled).toBe(false);
    reportView(window, 'article-1');
    expect(menuItem('save').enabled).toBe(true);
    expect(menuItem('set-status-ready').enabled).toBe(true);
    reportView(window, null);
    expect(menuItem('save').enabled).toBe(false);
  });

  it('ignores view reports from any frame but its page, and malformed ones', async () => {
    const window = await start();
    reportView(window, 'article-1', 'https://example.com/');
    ipcMain.emit(VIEW_STATE_CHANNEL, { senderFrame: { url: pageUrl(window) } }, { articleId: '../../etc/passwd' });
    ipcMain.emit(VIEW_STATE_CHANNEL, { senderFrame: null }, { articleId: 'article-1' });
    expect(menuItem('save').enabled).toBe(false);
  });
});

describe('the window across restarts', () => {
  it('reopens at the size, place and maximized state it closed with, and reopens the article that was open', async () => {
    const first = await start();
    const [article] = await invoke<ArticleSummary[]>(first, 'articles:list', {});
    first.moveTo({ x: 200, y: 150, width: 1100, height: 760 });
    first.maximize();
    reportView(first, article.id);

    const second = await quitAndRestart();
    expect(second.options).toMatchObject({ x: 200, y: 150, width: 1100, height: 760 });
    second.emit('ready-to-show');
    expect(second.maximized).toBe(true);
    second.webContents.finishLoad();
    expect(openRequests(second)).toEqual([{ id: article.id }]);
  });

  it('opens at the default size on the screen it has when the display it was on is gone', async () => {
    screen.displays = [
      { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } },
      { id: 2, workArea: { x: 1920, y: 0, width: 2560, height: 1440 } },
    ];
    const first = await start();
    first.moveTo({ x: 2400, y: 200, width: 1400, height: 900 });
    first.close();
    await vi.waitFor(async () => expect(JSON.parse(await readFile(join(root, WINDOW_STATE_FILE), 'utf8')).bounds.x).toBe(2400), {
      timeout: 5_000,
    });

    screen.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
    await quitApp();
    resetFakeElectron();
    app.appPath = REPOSITORY_ROOT;
    app.userDataPath = root;
    const second = await start();
    expect(second.options).toMatchObject({ width: 1280, height: 820 });
    expect(second.options.x).toBeUndefined();
  });
});

describe('when the page crashes', () => {
  it('reloads the page and reopens the article that was open', async () => {
    const window = await start();
    window.webContents.finishLoad();
    reportView(window, 'article-7');
    window.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 139 });
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    expect(openRequests(window)).toEqual([]); // not to the dead page
    window.webContents.emit('did-start-loading');
    window.webContents.finishLoad();
    expect(openRequests(window)).toEqual([{ id: 'article-7' }]);
  });

  it('logs the crash in the rotating log beside the data folder, and never the text of an article', async () => {
    const window = await start();
    const secret = `A confidential paragraph nobody may log. ${'x'.repeat(400)}`;
    // A handler failing with an article's text in its error must not copy that text into the log.
    console.error('A failure while saving:', new Error(secret), secret);
    window.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'oom', exitCode: 1 });
    const logFile = join(root, 'logs', LOG_FILE_NAME);
    await vi.waitFor(() => expect(existsSync(logFile)).toBe(true), { timeout: 5_000 });
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain('oom (exit code 1)');
    expect(log).toContain('characters, not logged');
    expect(log).not.toContain('confidential');
  });
});
