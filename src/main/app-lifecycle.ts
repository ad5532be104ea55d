/**
 * startDeskApp: Newsdesk's life from launch to quit.
 *
 *   1. one instance only: a second launch hands its files to the first and quits;
 *   2. every webContents the app ever makes is guarded (second belt to window.ts);
 *   3. open the data folder; if it cannot be opened (another process holds it,
 *      it is unreadable) say so in an error box and quit, before any window;
 *   4. start the log beside the data folder, register DeskApi on ipcMain, and
 *      open the desk shell (desk-shell.ts: window, menu, files from the OS, recovery);
 *   5. on quit, close the desk (flush the index, release the folder lock) first.
 */
import { join } from 'node:path';

import { app, dialog, ipcMain } from 'electron';

import { DeskError } from '../shared/errors';
import { EXPORT_PROGRESS_EVENT } from '../shared/ipc/desk-events';
import { mainBundleDirectory, resolveRendererLocation } from './built-files';
import { guardWebContents } from './content-guard';
import { resolveDataDir } from './data-dir';
import { createDeskShell, type DeskShell } from './desk-shell';
import { createElectronDialogs } from './electron-dialogs';
import { createElectronShell } from './electron-shell';
import { registerDeskHandlers } from './ipc';
import { captureConsole, logFolderFor, startMainLog } from './main-log';
import { type Desk, openDesk } from './open-desk';
import { filesInArgv } from './open-files';
import { isDevelopment } from './run-mode';
import { isTrustedRendererUrl } from './sender-policy';

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
    // Another Newsdesk owns the data folder; Electron hands it this launch's argv ('second-instance' below).
    app.quit();
    return;
  }

  const development = isDevelopment({ isPackaged: app.isPackaged, env: process.env });
  const renderer = resolveRendererLocation({ env: process.env, development, mainDirectory: mainBundleDirectory() });
  let desk: Desk | undefined;
  let shell: DeskShell | undefined;
  // Files named before the shell is ready (the command line, macOS 'open-file' at launch) wait here.
  const waitingFiles = filesInArgv(process.argv, process.cwd());
  const openFile = (path: string): void => {
    if (shell) void shell.openFile(path);
    else waitingFiles.push(path);
  };

  app.on('second-instance', (_event, argv: string[], workingDirectory: string) => {
    const window = shell?.window();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    }
    for (const file of filesInArgv(argv, workingDirectory)) openFile(file);
  });
  app.on('open-file', (event, path: string) => {
    event.preventDefault();
    openFile(path);
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
  const log = startMainLog(logFolderFor(dataDir));
  captureConsole(log);
  log.info(
    `Newsdesk ${app.getVersion()} starting${app.isPackaged ? '' : ' (unpackaged)'}${development ? ' in development' : ''}; data folder ${dataDir}.`,
  );

  try {
    desk = await openDesk({
      dataDir,
      seedDir: join(app.getAppPath(), 'data'),
      version: app.getVersion(),
      isTrustedSender: (url) => isTrustedRendererUrl(url, renderer.url),
      onUnexpectedError: (channel, error) => log.error(`Unexpected error in "${channel}":`, error),
      ports: {
        dialogs: createElectronDialogs(() => shell?.window()),
        shell: createElectronShell(),
        onExportProgress: (progress) => {
          const window = shell?.window();
          if (window && !window.isDestroyed()) window.webContents.send(EXPORT_PROGRESS_EVENT, progress);
        },
      },
    });
  } catch (error) {
    log.error(OPEN_FAILED_TITLE, error);
    dialog.showErrorBox(OPEN_FAILED_TITLE, describeOpenFailure(error, dataDir));
    app.quit();
    return;
  }

  try {
    registerDeskHandlers(ipcMain, desk.handlers);
    const opened = await createDeskShell({ desk, renderer, development, log, stateFolder: app.getPath('userData') });
    shell = opened;
    opened.openWindow();
    app.on('activate', () => {
      if (!opened.window()) opened.openWindow();
    });
    for (const file of waitingFiles.splice(0)) await opened.openFile(file);
  } catch (error) {
    log.error(START_FAILED_TITLE, error);
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
