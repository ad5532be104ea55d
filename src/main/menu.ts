/**
 * The application menu. Desk actions (new article, import, save, find, next and
 * previous article) are not done here: each sends a MenuCommand to the renderer,
 * which owns the editor state; Edit uses Chromium's built-in roles.
 *
 * On macOS the app menu (About, Hide, Quit…) comes first, as Mac users expect;
 * elsewhere Quit sits in File.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/menu-commands';

export interface DeskMenuOptions {
  platform: NodeJS.Platform;
  /** Reload and DevTools appear only in an unpackaged (development) app. */
  isPackaged: boolean;
  /** Sends a command to the desk window's renderer; a no-op when there is no window. */
  sendCommand: (command: MenuCommand) => void;
}

/** The menu as a template: pure data, so tests can read it without Electron. */
export function deskMenuTemplate(options: DeskMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  // "&" marks the Alt-key mnemonic on Windows and Linux; macOS menus have none.
  const label = (text: string): string => (isMac ? text.replace('&', '') : text);
  const command = (text: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label: label(text),
    accelerator,
    click: () => options.sendCommand(name),
  });

  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];

  const fileMenu: MenuItemConstructorOptions = {
    label: label('&File'),
    submenu: [
      command('&New Article', 'CmdOrCtrl+N', 'new-article'),
      command('&Import Briefing…', 'CmdOrCtrl+O', 'import-briefing'),
      { type: 'separator' },
      command('&Save', 'CmdOrCtrl+S', 'save'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: label('&Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];

  const viewMenu: MenuItemConstructorOptions = {
    label: label('&View'),
    submenu: [
      command('&Find', 'CmdOrCtrl+F', 'focus-search'),
      { type: 'separator' },
      // Ctrl/Cmd+Alt+arrows: plain Alt+arrows are ProseMirror's joinUp/joinDown in the editor.
      command('&Next Article', 'CmdOrCtrl+Alt+Down', 'next-article'),
      command('&Previous Article', 'CmdOrCtrl+Alt+Up', 'previous-article'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...developerItems,
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: label('&Help'),
    submenu: [{ role: 'about', label: 'About Newsdesk' }],
  };

  return [...appMenu, fileMenu, editMenu, viewMenu, helpMenu];
}

/** Builds the menu and makes it the application menu. */
export function installDeskMenu(options: DeskMenuOptions): Menu {
  const menu = Menu.buildFromTemplate(deskMenuTemplate(options));
  Menu.setApplicationMenu(menu);
  return menu;
}
