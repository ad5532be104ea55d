/**
 * startDeskApp: Newsdesk's life from launch to quit.
 *
 *   1. one instance only: a second launch focuses the first window and quits;
 *   2. every webContents the app ever makes is guarded (second belt to window.ts);
 *   3. open the data folder; if it cannot be opened (another process holds it,
 *      it is unreadable) say so in an error box and quit, before any window;
 *   4. register DeskApi on ipcMain, install the menu, open the window;
 *   5. on quit, close the desk (flush the index, release the folder lock) first.
 */
import { join } from 'node:path';
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { DeskError } from '../shared/errors';
import { EXPORT_PROGRESS_EVENT } from '../shared/ipc/desk-events';
import { DESK_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/menu-commands';
import { mainBundleDirectory, resolveRendererLocation } from './built-files';
import { guardWebContents } from './content-guard';
import { resolveDataDir } from './data-dir';
import { createElectronDialogs } from './electron-dialogs';
import { createElectronShell } from './electron-shell';
import { registerDeskHandlers } from './ipc';
import { installDeskMenu } from './menu';
import { openDesk, type Desk } from './open-desk';
import { isTrustedRendererUrl } from './sender-policy';
import { createDeskWindow } from './window';

export const OPEN_FAILED_TITLE = 'Newsdesk cannot open its data folder';
export const START_FAILED_TITLE = 'Newsdesk could not start';

/**
 * Resolves once the app is running with its window, or has given up and asked to
 * quit. Never rejects: a failure it did not foresee is shown and ends the app,
 * rather than leaving a process with no window.
 */
export async function startDeskApp(): Promise<void> {
  try {
    await runDeskApp();
  } catch (error) {
    console.error(START_FAILED_TITLE, error);
    const reason = error instanceof Error ? error.message : String(error);
    if (app.isReady()) dialog.showErrorBox(START_FAILED_TITLE, reason);
    app.exit(1);
  }
}

async function runDeskApp(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    // Another Newsdesk owns the data folder; it focuses its window (second-instance below).
    app.quit();
    return;
  }

  const renderer = resolveRendererLocation({
    env: process.env,
    isPackaged: app.isPackaged,
    mainDirectory: mainBundleDirectory(),
  });
  let window: BrowserWindow | undefined;
  let desk: Desk | undefined;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, renderer.url));
  app.on('window-all-closed', () => {
    // macOS apps stay open without windows; the Dock icon reopens one ('activate').
    if (process.platform !== 'darwin') app.quit();
  });
  closeDeskBeforeQuit(() => desk);

  await app.whenReady();
  const dataDir = resolveDataDir({
    argv: process.argv,
    env: process.env,
    defaultDir: join(app.getPath('userData'), 'desk'),
  });

  try {
    desk = await openDesk({
      dataDir,
      seedDir: join(app.getAppPath(), 'data'),
      version: app.getVersion(),
      isTrustedSender: (url) => isTrustedRendererUrl(url, renderer.url),
      onUnexpectedError: (channel, error) => console.error(`Unexpected error in "${channel}":`, error),
      ports: {
        dialogs: createElectronDialogs(() => window),
        shell: createElectronShell(),
        onExportProgress: (progress) => {
          if (window && !window.isDestroyed()) window.webContents.send(EXPORT_PROGRESS_EVENT, progress);
        },
      },
    });
  } catch (error) {
    dialog.showErrorBox(OPEN_FAILED_TITLE, describeOpenFailure(error, dataDir));
    app.quit();
    return;
  }

  try {
    registerDeskHandlers(ipcMain, desk.handlers);
    const sendCommand = (command: MenuCommand): void => {
      if (window && !window.isDestroyed()) window.webContents.send(DESK_COMMAND_CHANNEL, command);
    };
    installDeskMenu({ platform: process.platform, isPackaged: app.isPackaged, sendCommand });

    const openWindow = (): void => {
      const opened = createDeskWindow({ renderer, isPackaged: app.isPackaged });
      opened.on('closed', () => {
        if (window === opened) window = undefined;
      });
      window = opened;
    };
    openWindow();
    app.on('activate', () => {
      if (!window) openWindow();
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(START_FAILED_TITLE, `${reason}\n\nYour saved work is on disk in ${dataDir}.`);
    app.quit();
  }
}

/** A DeskError already says what happened and what to do; anything else gets the folder named. */
export function describeOpenFailure(error: unknown, dataDir: string): string {
  if (error instanceof DeskError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `Newsdesk could not open the data folder ${dataDir}: ${reason}\n\nCheck that the folder exists and that you may write to it, then start Newsdesk again.`;
}

/**
 * Holds the quit until the desk is closed: 'will-quit' comes after every window
 * has closed (so no save is still arriving), but it does not wait for promises,
 * so the first one is cancelled, the desk closed, and the quit asked for again.
 */
function closeDeskBeforeQuit(currentDesk: () => Desk | undefined): void {
  let closing: Promise<void> | undefined;
  let closed = false;
  app.on('will-quit', (event) => {
    const desk = currentDesk();
    if (!desk || closed) return;
    event.preventDefault();
    closing ??= desk
      .close()
      .catch((error: unknown) => console.error('Newsdesk could not close its data folder cleanly:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
