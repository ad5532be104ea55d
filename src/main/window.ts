/**
 * createDeskWindow: the one window of Newsdesk, locked down.
 *
 * The page runs sandboxed with context isolation and no Node; its only way to
 * main is the preload's named functions. It may not navigate away, open
 * windows, embed webviews or be granted permissions (see content-guard.ts).
 *
 * The security settings are written out in the `new BrowserWindow` call itself,
 * not built elsewhere, so a reader and a static checker (Electronegativity, in
 * tests/unit/main/electronegativity.test.ts) see every one of them in one place.
 */
import { BrowserWindow } from 'electron';

import { mainBundleDirectory, preloadPath, type RendererLocation } from './built-files';
import { guardWebContents, refusePermissions } from './content-guard';
import { DEFAULT_WINDOW_SIZE, MINIMUM_WINDOW_SIZE, type WindowPlacement } from './window-state';

/** The window's colour before the page paints; the renderer's page background. */
export const DESK_WINDOW_BACKGROUND = '#f7f6f2';

export interface DeskWindowOptions {
  /** What to load: the dev server or the built page (see resolveRendererLocation). */
  renderer: RendererLocation;
  /** DevTools only in development (run-mode.ts); a packaged app never has them. */
  developerTools: boolean;
  /** Size, position and maximized state (window-state.ts); the default size, centred, when absent. */
  placement?: WindowPlacement;
  /** The built main bundle's folder; defaults to the running bundle's. */
  mainDirectory?: string;
}

/**
 * Makes the desk window, guards it and starts loading the renderer. The window
 * shows itself once the page is ready to paint (no white flash), or at once if
 * the page cannot load, so a broken build is a visible window and a logged
 * reason rather than an app with no window.
 */
export function createDeskWindow(options: DeskWindowOptions): BrowserWindow {
  const mainDirectory = options.mainDirectory ?? mainBundleDirectory();
  const placement = options.placement ?? { ...DEFAULT_WINDOW_SIZE, maximized: false };
  const window = new BrowserWindow({
    title: 'Newsdesk',
    width: placement.width,
    height: placement.height,
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
    show: false,
    backgroundColor: DESK_WINDOW_BACKGROUND,
    webPreferences: {
      // Electronegativity flags every preload for review. Reviewed: it exposes named functions only (contextBridge),
      // never ipcRenderer, and checks every message main sends (tests/unit/main/preload.test.ts).
      preload: preloadPath(mainDirectory), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
      // A middle click on a link asks for a new window; window.open is denied anyway, this keeps the click inert.
      disableBlinkFeatures: 'Auxclick',
      // The desk's own offline spellcheck (revising/spellcheck.ts) underlines misspellings; Chromium's would
      // double them and flag names and datelines.
      spellcheck: false,
      devTools: options.developerTools,
    },
  });

  guardWebContents(window.webContents, options.renderer.url);
  refusePermissions(window.webContents.session);
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });

  const { renderer } = options;
  const loading = renderer.kind === 'dev-server' ? window.loadURL(renderer.url) : window.loadFile(renderer.filePath);
  loading.catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Newsdesk could not load its page ${renderer.url}: ${reason}. Run "npm run build" and start again.`);
    if (!window.isDestroyed()) window.show();
  });
  return window;
}
