import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';

import { OPEN_FAILED_TITLE, startDeskApp } from '../../../src/main/app-lifecycle';
import { openDesk } from '../../../src/main/open-desk';
import type { ArticleSummary } from '../../../src/shared/article';
import { DESK_CHANNELS, type DeskResult } from '../../../src/shared/ipc/api';
import { DESK_COMMAND_CHANNEL } from '../../../src/shared/ipc/menu-commands';
import { REPOSITORY_ROOT } from '../../support/built-output';
import type * as FakeElectron from '../../support/fake-electron';
import {
  app,
  dialog,
  FakeBrowserWindow,
  FakeEvent,
  type FakeMenu,
  FakeWebContents,
  ipcMain,
  Menu,
  resetFakeElectron,
} from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

let root: string;
let dataDir: string;
const { warn, error } = console;

beforeEach(async () => {
  resetFakeElectron();
  app.appPath = REPOSITORY_ROOT; // so the seed folder is the repository's data/
  // The data folder inside a temp folder: the log goes beside it (logs/), window state in userData.
  root = await mkdtemp(join(tmpdir(), 'newsdesk-main-'));
  dataDir = join(root, 'desk');
  app.userDataPath = root;
  vi.stubEnv('NEWSDESK_DATA_DIR', dataDir);
});

afterEach(async () => {
  await quitApp();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  Object.assign(console, { warn, error }); // the app sends main's console to its log file
  await rm(root, { recursive: true, force: true });
});

/** Asks the app to quit as Electron would and waits until it is let go (the desk closed). */
async function quitApp(): Promise<void> {
  const quitsBefore = app.quit.mock.calls.length;
  const event = new FakeEvent();
  app.emit('will-quit', event);
  if (event.defaultPrevented) await vi.waitFor(() => expect(app.quit.mock.calls.length).toBeGreaterThan(quitsBefore));
}

function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  return FakeBrowserWindow.instances[0];
}

/** The URL the window's page has, as its frame would report it when calling DeskApi. */
function pageUrl(window: FakeBrowserWindow): string {
  return window.loadedUrl ?? pathToFileURL(window.loadedFile ?? '').href;
}

async function invoke<T>(channel: string, payload: unknown, senderUrl: string): Promise<DeskResult<T>> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`Nothing is registered on "${channel}".`);
  return (await handler({ senderFrame: { url: senderUrl } }, payload)) as DeskResult<T>;
}

/** Runs the rest of the test as if on `platform`. */
function withPlatform(platform: NodeJS.Platform): void {
  const original = Object.getOwnPropertyDescriptor(process, 'platform');
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
  onTestFinished(() => {
    if (original) Object.defineProperty(process, 'platform', original);
  });
}

describe('starting Newsdesk', () => {
  it('quits at once when another instance is running, without opening the data folder or a window', async () => {
    app.hasSingleInstanceLock = false;
    await startDeskApp();
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    // The folder stayed free: this process can still open it.
    const desk = await openDesk({ dataDir });
    await desk.close();
  });

  it('brings the running window forward when a second instance is launched', async () => {
    await startDeskApp();
    const window = onlyWindow();
    window.minimized = true;
    app.emit('second-instance', new FakeEvent(), ['newsdesk'], process.cwd());
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('registers every DeskApi channel on ipcMain and opens one window', async () => {
    await startDeskApp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...DESK_CHANNELS].sort());
    onlyWindow();
  });

  it('opens the data folder NEWSDESK_DATA_DIR names, seeded with the sample briefings', async () => {
    await startDeskApp();
    const listed = await invoke<ArticleSummary[]>('articles:list', {}, pageUrl(onlyWindow()));
    expect(listed.ok).toBe(true);
    const headlines = listed.ok ? listed.value.map((article) => article.headline) : [];
    expect(headlines).toEqual(expect.arrayContaining(['Minister rejects budget leak claims', 'Harbor authority defends dredging plan']));
    const info = await invoke<{ dataDir: string }>('desk:info', {}, pageUrl(onlyWindow()));
    expect(info.ok && info.value.dataDir).toBe(dataDir);
  });

  it('answers only the page its window loaded, refusing calls from any other frame', async () => {
    await startDeskApp();
    const refused = await invoke('articles:list', {}, 'https://example.com/');
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('shows an error box and quits, with no window, when another process holds the data folder', async () => {
    const holder = await openDesk({ dataDir });
    try {
      await startDeskApp();
      expect(dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(OPEN_FAILED_TITLE, expect.stringContaining('already open'));
      expect(app.quit).toHaveBeenCalled();
      expect(FakeBrowserWindow.instances).toHaveLength(0);
      expect(ipcMain.handlers.size).toBe(0);
    } finally {
      await holder.close();
    }
  });

  it('installs the menu, whose commands reach the window over desk:command', async () => {
    await startDeskApp();
    const template = (Menu.applicationMenu as FakeMenu).template as {
      label?: string;
      submenu?: { label?: string; click?: () => void }[];
    }[];
    const save = template.flatMap((menu) => menu.submenu ?? []).find((item) => item.label === '&Save');
    save?.click?.();
    expect(onlyWindow().webContents.send).toHaveBeenCalledExactlyOnceWith(DESK_COMMAND_CHANNEL, 'save');
  });
});

describe('every webContents', () => {
  it('is guarded when created: no navigation away and no window.open', async () => {
    await startDeskApp();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), contents);
    const navigation = new FakeEvent({ url: 'https://example.com/' });
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('windows closing and quitting', () => {
  it('quits when the last window closes on Windows and Linux', async () => {
    withPlatform('linux');
    await startDeskApp();
    onlyWindow().close();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });

  it('stays open without windows on macOS and reopens the window when the Dock icon is clicked', async () => {
    withPlatform('darwin');
    await startDeskApp();
    onlyWindow().close();
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('activate');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });

  it('holds the quit until the desk is closed, which releases the data folder', async () => {
    await startDeskApp();
    const firstQuit = new FakeEvent();
    app.emit('will-quit', firstQuit);
    expect(firstQuit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());

    const secondQuit = new FakeEvent();
    app.emit('will-quit', secondQuit);
    expect(secondQuit.defaultPrevented).toBe(false);
    const reopened = await openDesk({ dataDir });
    await reopened.close();
  });
});

describe('the entry point', () => {
  it('starts the app when Electron loads it', async () => {
    vi.resetModules();
    const electron = (await import('electron')) as unknown as typeof FakeElectron;
    electron.resetFakeElectron();
    electron.app.appPath = REPOSITORY_ROOT;
    await import('../../../src/main/index');
    await vi.waitFor(() => expect(electron.FakeBrowserWindow.instances).toHaveLength(1));
    expect(electron.ipcMain.handlers.size).toBe(DESK_CHANNELS.length);
    // Close this desk through the same fake the entry point used.
    const event = new electron.FakeEvent();
    electron.app.emit('will-quit', event);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  });
});
