/**
 * The desk shell: everything main keeps around the page once the desk is open —
 * the window and its remembered place, the menu and what it enables, files the
 * OS hands the app, the recent-files list, and recovery when the page crashes.
 *
 * app-lifecycle.ts makes one after opening the data folder; tests drive it with
 * a fake Electron.
 */
import { join } from 'node:path';

import { app, type BrowserWindow, dialog, ipcMain, screen } from 'electron';

import type { DeskViewState, MenuCommand } from '../shared/ipc/menu-commands';
import { DESK_COMMAND_CHANNEL } from '../shared/ipc/menu-commands';
import type { RendererLocation } from './built-files';
import { recoverFromCrashes } from './crash-recovery';
import type { DeskLog } from './main-log';
import { type DeskMenuOptions, deskMenuTemplate, installDeskMenu, shortcutLines } from './menu';
import type { Desk } from './open-desk';
import { importOpenedFile } from './open-files';
import { createPageOpener, type PageOpener } from './page-opener';
import { openRecentFiles, RECENT_FILES_FILE } from './recent-files';
import { isTrustedRendererUrl } from './sender-policy';
import { listenForViewState } from './view-state';
import { createDeskWindow } from './window';
import { placeWindow, readWindowState, rememberWindowState, WINDOW_STATE_FILE, type WindowState } from './window-state';

export interface DeskShellOptions {
  desk: Desk;
  renderer: RendererLocation;
  /** run-mode.ts: DevTools and Reload in the window and the menu. */
  development: boolean;
  log: DeskLog;
  /** Where window-state.json and recent-files.json live (Electron's userData). */
  stateFolder: string;
}

export interface DeskShell {
  /** Opens the desk window (again, on macOS, after it was closed). */
  openWindow(): void;
  /** The open desk window, if any. */
  window(): BrowserWindow | undefined;
  /** Imports a file the OS named and shows it; a failure is shown in a message box and logged. */
  openFile(path: string): Promise<void>;
}

export async function createDeskShell(options: DeskShellOptions): Promise<DeskShell> {
  const { desk, renderer, log } = options;
  const windowStatePath = join(options.stateFolder, WINDOW_STATE_FILE);
  const [savedState, recent] = await Promise.all([
    readWindowState(windowStatePath),
    openRecentFiles(join(options.stateFolder, RECENT_FILES_FILE), app, (error) =>
      log.error('Could not save the recent files list:', error),
    ),
  ]);

  let window: BrowserWindow | undefined;
  let opener: PageOpener | undefined;
  let saveWindowState: () => Promise<void> = () => Promise.resolve();
  let view: DeskViewState = { articleId: null };

  const sendCommand = (command: MenuCommand): void => {
    if (window && !window.isDestroyed()) window.webContents.send(DESK_COMMAND_CHANNEL, command);
  };
  const menuOptions = (): DeskMenuOptions => ({
    platform: process.platform,
    developerTools: options.development,
    state: { articleOpen: view.articleId !== null, recentFiles: recent.list() },
    sendCommand,
    openRecent: (path) => void shell.openFile(path),
    clearRecent: () => void recent.clear().then(refreshMenu),
    showShortcuts,
  });
  const refreshMenu = (): void => void installDeskMenu(menuOptions());

  function showShortcuts(): void {
    const lines = shortcutLines(deskMenuTemplate(menuOptions()), process.platform);
    const box = { type: 'info' as const, title: 'Keyboard shortcuts', message: 'Keyboard shortcuts', detail: lines.join('\n') };
    void (window ? dialog.showMessageBox(window, box) : dialog.showMessageBox(box));
  }

  listenForViewState(ipcMain, {
    isTrustedSender: (url) => isTrustedRendererUrl(url, renderer.url),
    onChange: (state) => {
      view = state;
      refreshMenu();
      void saveWindowState();
    },
  });

  /** The article to reopen at start: the one open last time in this data folder, if it is still on the desk. */
  const restorableArticle = (saved: WindowState | null): string | null => {
    const record = saved?.openArticle;
    if (!record || record.dataDir !== desk.dataDir) return null;
    const summary = desk.store.summary(record.articleId);
    return summary && !summary.deletedAt ? summary.id : null;
  };

  const shell: DeskShell = {
    openWindow() {
      const first = window === undefined && opener === undefined;
      const opened = createDeskWindow({
        renderer,
        developerTools: options.development,
        placement: placeWindow(savedState, screen.getAllDisplays()),
      });
      // The opener listens first, so a crash marks the page unloaded before recovery asks it to reopen anything.
      const pageOpener = createPageOpener(opened.webContents);
      recoverFromCrashes(opened.webContents, {
        log,
        opener: pageOpener,
        openArticleId: () => view.articleId,
        onGiveUp: (reason) =>
          dialog.showErrorBox(
            'Newsdesk keeps crashing',
            `The Newsdesk window stopped working several times in a minute (${reason}). Your saved work is on disk in ${desk.dataDir}. Quit Newsdesk and start it again.`,
          ),
      });
      saveWindowState = rememberWindowState(opened, windowStatePath, {
        openArticle: () => (view.articleId ? { dataDir: desk.dataDir, articleId: view.articleId } : null),
        onError: (error) => log.error('Could not save the window state:', error),
      });
      opened.on('closed', () => {
        if (window === opened) window = undefined;
      });
      window = opened;
      opener = pageOpener;
      const restore = first ? restorableArticle(savedState) : null;
      if (restore) pageOpener.open(restore);
    },
    window: () => window,
    async openFile(path) {
      const outcome = await importOpenedFile(path, desk.handlers, renderer.url);
      if (!outcome.ok) {
        log.warn(`Could not import a file the OS opened: ${outcome.message}`);
        const box = {
          type: 'warning' as const,
          title: 'Newsdesk',
          message: 'Newsdesk could not import that file',
          detail: outcome.message,
        };
        void (window ? dialog.showMessageBox(window, box) : dialog.showMessageBox(box));
        return;
      }
      log.info(`Imported a file the OS opened as article ${outcome.articleId}.`);
      await recent.add(path);
      refreshMenu();
      if (!window) shell.openWindow();
      opener?.open(outcome.articleId);
    },
  };

  refreshMenu();
  return shell;
}
