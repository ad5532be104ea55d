/**
 * createDeskWindow: the one window of Newsdesk, locked down.
 *
 * The page runs sandboxed with context isolation and no Node; its only way to
 * main is the preload's named functions. It may not navigate away, open
 * windows, embed webviews or be granted permissions (see content-guard.ts).
 */
import { BrowserWindow, type WebPreferences } from 'electron';
import { mainBundleDirectory, preloadPath, type RendererLocation } from './built-files';
import { guardWebContents, refusePermissions } from './content-guard';

/** The window's colour before the page paints; the renderer's page background. */
export const DESK_WINDOW_BACKGROUND = '#f7f6f2';

export interface DeskWindowOptions {
  /** What to load: the dev server or the built page (see resolveRendererLocation). */
  renderer: RendererLocation;
  /** A packaged app gets no DevTools. */
  isPackaged: boolean;
  /** The built main bundle's folder; defaults to the running bundle's. */
  mainDirectory?: string;
}

/** The security settings of every page in the desk. A test checks them one by one. */
export function deskWebPreferences(options: { preload: string; isPackaged: boolean }): WebPreferences {
  return {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    webviewTag: false,
    // The desk's own offline spellcheck (revising/spellcheck.ts) underlines misspellings; Chromium's would
    // double them and flag names and datelines.
    spellcheck: false,
    devTools: !options.isPackaged,
  };
}

/**
 * Makes the desk window, guards it and starts loading the renderer. The window
 * shows itself once the page is ready to paint (no white flash), or at once if
 * the page cannot load, so a broken build is a visible window and a logged
 * reason rather than an app with no window.
 */
export function createDeskWindow(options: DeskWindowOptions): BrowserWindow {
  const mainDirectory = options.mainDirectory ?? mainBundleDirectory();
  const window = new BrowserWindow({
    title: 'Newsdesk',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: DESK_WINDOW_BACKGROUND,
    webPreferences: deskWebPreferences({ preload: preloadPath(mainDirectory), isPackaged: options.isPackaged }),
  });

  guardWebContents(window.webContents, options.renderer.url);
  refusePermissions(window.webContents.session);
  window.once('ready-to-show', () => window.show());

  const { renderer } = options;
  const loading = renderer.kind === 'dev-server' ? window.loadURL(renderer.url) : window.loadFile(renderer.filePath);
  loading.catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Newsdesk could not load its page ${renderer.url}: ${reason}. Run "npm run build" and start again.`);
    if (!window.isDestroyed()) window.show();
  });
  return window;
}
