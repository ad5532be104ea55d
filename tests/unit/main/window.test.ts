import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { preloadPath, rendererHtmlPath, type RendererLocation, resolveRendererLocation } from '../../../src/main/built-files';
import { createDeskWindow, DESK_WINDOW_BACKGROUND } from '../../../src/main/window';
import { BUILT_MAIN_DIRECTORY, readBuiltFile } from '../../support/built-output';
import { FakeBrowserWindow, FakeEvent, resetFakeElectron } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

const MAIN_DIRECTORY = '/app/out/main';
const BUILT_PAGE: RendererLocation = resolveRendererLocation({ env: {}, development: false, mainDirectory: MAIN_DIRECTORY });
const DEV_SERVER: RendererLocation = { kind: 'dev-server', url: 'http://localhost:5173/' };

function openWindow(renderer: RendererLocation = BUILT_PAGE, developerTools = false): FakeBrowserWindow {
  createDeskWindow({ renderer, developerTools, mainDirectory: MAIN_DIRECTORY });
  const window = FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('createDeskWindow made no BrowserWindow.');
  return window;
}

/** Fires a navigation-like event the way Electron does and says whether it was prevented. */
function isPrevented(window: FakeBrowserWindow, eventName: string, fields: Record<string, unknown> = {}): boolean {
  const event = new FakeEvent(fields);
  window.webContents.emit(eventName, event, fields.url);
  return event.defaultPrevented;
}

beforeEach(() => resetFakeElectron());
afterEach(() => vi.restoreAllMocks());

describe('the desk window', () => {
  it('runs its page sandboxed and context-isolated, with no Node, no webviews and no insecure content', () => {
    const window = openWindow();
    expect(window.options.webPreferences).toEqual({
      preload: join(MAIN_DIRECTORY, '..', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
      nodeIntegrationInWorker: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: false,
    });
  });

  it('allows DevTools only when development tools are asked for', () => {
    const window = openWindow(BUILT_PAGE, true);
    expect(window.options.webPreferences).toMatchObject({ devTools: true, sandbox: true, contextIsolation: true });
  });

  it('is titled Newsdesk, 1280×820 with a 900×600 minimum, painted in the app background', () => {
    const window = openWindow();
    expect(window.options).toMatchObject({
      title: 'Newsdesk',
      width: 1280,
      height: 820,
      minWidth: 900,
      minHeight: 600,
      backgroundColor: DESK_WINDOW_BACKGROUND,
    });
  });

  it('opens where it was left, maximized again if it was', () => {
    createDeskWindow({
      renderer: BUILT_PAGE,
      developerTools: false,
      mainDirectory: MAIN_DIRECTORY,
      placement: { x: 40, y: 30, width: 1000, height: 700, maximized: true },
    });
    const window = FakeBrowserWindow.instances[0];
    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
    window.emit('ready-to-show');
    expect(window.maximized).toBe(true);
  });

  it('stays hidden until the page is ready to show, then shows itself', () => {
    const window = openWindow();
    expect(window.options.show).toBe(false);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('loads the built index.html from disk when there is no dev server', () => {
    const window = openWindow();
    expect(window.loadedFile).toBe(join(MAIN_DIRECTORY, '..', 'renderer', 'index.html'));
    expect(window.loadedUrl).toBeUndefined();
  });

  it('loads the dev server URL during development', () => {
    const window = openWindow(DEV_SERVER, true);
    expect(window.loadedUrl).toBe('http://localhost:5173/');
    expect(window.loadedFile).toBeUndefined();
  });

  it('shows itself and logs what to do when its page cannot load', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    FakeBrowserWindow.loadOutcome = () => Promise.reject(new Error('ERR_FILE_NOT_FOUND (-6) loading index.html'));
    const window = openWindow();
    await vi.waitFor(() => expect(window.visible).toBe(true));
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('npm run build'));
  });
});

describe('navigation and new windows', () => {
  const rendererUrl = BUILT_PAGE.url;

  it('prevents navigating to another site', () => {
    expect(isPrevented(openWindow(), 'will-navigate', { url: 'https://example.com/' })).toBe(true);
  });

  it('prevents navigating to another file on disk', () => {
    expect(isPrevented(openWindow(), 'will-navigate', { url: pathToFileURL('/etc/passwd').href })).toBe(true);
  });

  it('lets the renderer page navigate to itself', () => {
    expect(isPrevented(openWindow(), 'will-navigate', { url: `${rendererUrl}#article-1` })).toBe(false);
  });

  it('prevents a redirect away from the renderer', () => {
    expect(isPrevented(openWindow(DEV_SERVER, true), 'will-redirect', { url: 'https://example.com/' })).toBe(true);
  });

  it('prevents attaching a webview', () => {
    expect(isPrevented(openWindow(), 'will-attach-webview')).toBe(true);
  });

  it('denies window.open for every URL', () => {
    const handler = openWindow().webContents.windowOpenHandler;
    expect(handler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: rendererUrl })).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it('refuses every permission request', () => {
    const { session } = openWindow().webContents;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with no', () => {
    const { session } = openWindow().webContents;
    expect(session.permissionCheckHandler?.({}, 'clipboard-sanitized-write', 'file://', {})).toBe(false);
    expect(session.permissionCheckHandler?.({}, 'media', 'file://', {})).toBe(false);
  });
});

describe('the renderer location', () => {
  it('uses ELECTRON_RENDERER_URL in development', () => {
    const location = resolveRendererLocation({
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
      development: true,
      mainDirectory: MAIN_DIRECTORY,
    });
    expect(location).toEqual({ kind: 'dev-server', url: 'http://localhost:5173' });
  });

  it('ignores ELECTRON_RENDERER_URL in production', () => {
    const location = resolveRendererLocation({
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
      development: false,
      mainDirectory: MAIN_DIRECTORY,
    });
    expect(location.kind).toBe('file');
  });

  it('ignores an ELECTRON_RENDERER_URL that is not on this machine', () => {
    const location = resolveRendererLocation({
      env: { ELECTRON_RENDERER_URL: 'https://attacker.example/' },
      development: true,
      mainDirectory: MAIN_DIRECTORY,
    });
    expect(location).toEqual({
      kind: 'file',
      filePath: join(MAIN_DIRECTORY, '..', 'renderer', 'index.html'),
      url: pathToFileURL(join(MAIN_DIRECTORY, '..', 'renderer', 'index.html')).href,
    });
  });
});

describe('the built app', () => {
  it('has the preload the window names: one CommonJS file, as a sandboxed preload must be', () => {
    const preload = readBuiltFile(preloadPath(BUILT_MAIN_DIRECTORY));
    expect(preload).not.toMatch(/^\s*import[\s{*"']/m);
    expect(preload).not.toMatch(/^\s*export[\s{*]/m);
    expect(preload).toContain('exposeInMainWorld("desk"');
    expect(preload).toContain('exposeInMainWorld("deskCommands"');
  });

  it('has a preload that requires nothing but electron, the only module a sandboxed preload may load', () => {
    const preload = readBuiltFile(preloadPath(BUILT_MAIN_DIRECTORY));
    const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(required.length).toBeGreaterThan(0);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('builds main into one flat folder, out/main/index.js with its worker entries and chunks beside it, so preload, renderer and worker paths resolve from out/main', () => {
    readBuiltFile(join(BUILT_MAIN_DIRECTORY, 'index.js'));
    const scripts = readdirSync(BUILT_MAIN_DIRECTORY, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.js'));
    expect(scripts.filter((name) => /[\\/]/.test(name))).toEqual([]);
    expect(scripts).toEqual(expect.arrayContaining(['index.js', 'import-worker.js', 'spelling-worker.js']));
  });

  it('has the renderer page the window loads', () => {
    expect(readBuiltFile(rendererHtmlPath(BUILT_MAIN_DIRECTORY))).toContain('<nd-app');
  });
});
