/**
 * The application menu, from one declarative template.
 *
 * Desk actions are not done here: each item sends the MenuCommand its page
 * shortcut runs (desk-shortcuts.ts in the renderer), with the same accelerator
 * (the README's keyboard table; tests/unit/main/menu.test.ts compares them).
 * Items that act on the open article are disabled while none is open; main
 * learns which article is open from the page (view-state.ts) and rebuilds the menu.
 * Edit uses Chromium's roles; Open Recent, Keyboard Shortcuts and About are main's own.
 *
 * On macOS the app menu (About, Hide, Quit…) comes first, as Mac users expect;
 * elsewhere Quit sits in File.
 */
import { basename } from 'node:path';

import { Menu, type MenuItemConstructorOptions } from 'electron';

import type { MenuCommand } from '../shared/ipc/menu-commands';

/** What the menu shows that changes while the app runs. */
export interface DeskMenuState {
  /** An article is open: Save, Replace, Spelling, the panels, History, status and Save Version apply. */
  articleOpen: boolean;
  /** Files opened from the OS or the menu, newest first (recent-files.ts). */
  recentFiles: readonly string[];
}

export interface DeskMenuOptions {
  platform: NodeJS.Platform;
  /** Reload and DevTools appear only in development (run-mode.ts), never in a packaged app. */
  developerTools: boolean;
  state: DeskMenuState;
  /** Sends a command to the desk window's renderer; a no-op when there is no window. */
  sendCommand: (command: MenuCommand) => void;
  /** Imports a file from Open Recent. */
  openRecent: (path: string) => void;
  clearRecent: () => void;
  /** Help ▸ Keyboard Shortcuts. */
  showShortcuts: () => void;
}

export const EMPTY_MENU_STATE: DeskMenuState = { articleOpen: false, recentFiles: [] };

/** The menu as a template: pure data, so tests can read it without Electron. */
export function deskMenuTemplate(options: DeskMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const { articleOpen } = options.state;
  // "&" marks the Alt-key mnemonic on Windows and Linux; macOS menus have none.
  const label = (text: string): string => (isMac ? text.replace('&', '') : text);
  const command = (text: string, name: MenuCommand, accelerator?: string, needsArticle = false): MenuItemConstructorOptions => ({
    id: name,
    label: label(text),
    ...(accelerator ? { accelerator } : {}),
    enabled: !needsArticle || articleOpen,
    click: () => options.sendCommand(name),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const recentItems: MenuItemConstructorOptions[] =
    options.state.recentFiles.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : options.state.recentFiles.map((path) => ({ label: basename(path), toolTip: path, click: () => options.openRecent(path) }));

  const fileMenu: MenuItemConstructorOptions = {
    label: label('&File'),
    submenu: [
      command('&New Article', 'new-article', 'CmdOrCtrl+N'),
      command('&Import…', 'import-briefing', 'CmdOrCtrl+O'),
      command('&Export…', 'export', 'CmdOrCtrl+Shift+E'),
      {
        label: label('Open &Recent'),
        submenu: [
          ...recentItems,
          separator,
          { label: 'Clear Recent', enabled: options.state.recentFiles.length > 0, click: options.clearRecent },
        ],
      },
      separator,
      command('&Save', 'save', 'CmdOrCtrl+S', true),
      command('Se&ttings…', 'open-settings', 'CmdOrCtrl+,'),
      separator,
      { role: 'close', label: label('&Close Window'), accelerator: 'CmdOrCtrl+W' },
      ...(isMac ? [] : [separator, { role: 'quit', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: label('&Edit'),
    submenu: [
      { role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', accelerator: 'CmdOrCtrl+Shift+Z' },
      separator,
      { role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      separator,
      command('&Find…', 'find-in-story', 'CmdOrCtrl+F', true),
      command('Search the &Desk', 'focus-search', 'CmdOrCtrl+K'),
      command('&Replace…', 'find-replace', 'CmdOrCtrl+H', true),
      command('S&pelling Suggestions', 'spelling-suggestions', 'CmdOrCtrl+.', true),
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.developerTools
    ? [
        separator,
        { role: 'reload', accelerator: 'CmdOrCtrl+R' },
        { role: 'forceReload', accelerator: 'CmdOrCtrl+Shift+R' },
        { role: 'toggleDevTools', accelerator: isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' },
      ]
    : [];

  const viewMenu: MenuItemConstructorOptions = {
    label: label('&View'),
    submenu: [
      command('Article &List', 'toggle-list', 'CmdOrCtrl+Alt+L'),
      command('Side &Panel', 'toggle-side-panel', 'CmdOrCtrl+Alt+P', true),
      separator,
      command('&Speakers', 'show-speakers', undefined, true),
      command('&Related Stories', 'show-related', undefined, true),
      command('&History', 'toggle-history', 'CmdOrCtrl+Alt+H', true),
      separator,
      { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      separator,
      { role: 'togglefullscreen', accelerator: isMac ? 'Ctrl+Cmd+F' : 'F11' },
      ...developerItems,
    ],
  };

  const articleMenu: MenuItemConstructorOptions = {
    label: label('&Article'),
    submenu: [
      // Ctrl/Cmd+Alt+arrows: plain Alt+arrows are ProseMirror's joinUp/joinDown in the editor.
      command('&Next Article', 'next-article', 'CmdOrCtrl+Alt+Down'),
      command('&Previous Article', 'previous-article', 'CmdOrCtrl+Alt+Up'),
      separator,
      command('Move to &Draft', 'set-status-draft', undefined, true),
      command('Move to &Editing', 'set-status-editing', undefined, true),
      command('Mark Rea&dy', 'set-status-ready', undefined, true),
      command('P&ublish', 'set-status-published', undefined, true),
      separator,
      command('Save &Version…', 'save-version', 'CmdOrCtrl+Alt+S', true),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    role: 'window',
    label: label('&Window'),
    submenu: [
      { role: 'minimize', accelerator: 'CmdOrCtrl+M' },
      ...(isMac ? [{ role: 'zoom' } as const, separator, { role: 'front' } as const] : []),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: label('&Help'),
    submenu: [{ label: label('&Keyboard Shortcuts'), click: options.showShortcuts }, separator, { role: 'about', label: 'About Newsdesk' }],
  };

  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, fileMenu, editMenu, viewMenu, articleMenu, windowMenu, helpMenu];
}

/** Every item of a template, depth first. */
export function menuItems(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? menuItems(item.submenu) : [])]);
}

/** An accelerator as people read it on `platform`: "CmdOrCtrl+Alt+Down" → "Ctrl+Alt+↓" (or "Cmd+Alt+↓" on macOS). */
export function acceleratorLabel(accelerator: string, platform: NodeJS.Platform): string {
  const words: Record<string, string> = { CmdOrCtrl: platform === 'darwin' ? 'Cmd' : 'Ctrl', Down: '↓', Up: '↑', Plus: '+' };
  return accelerator
    .split('+')
    .map((part) => words[part] ?? part)
    .join('+');
}

/**
 * The lines Help ▸ Keyboard Shortcuts shows: each labelled item that has an
 * accelerator, as "Label — Keys", read from the same template as the menu.
 */
export function shortcutLines(template: readonly MenuItemConstructorOptions[], platform: NodeJS.Platform): string[] {
  return menuItems(template)
    .filter((item) => item.accelerator && item.label && item.type !== 'separator')
    .map((item) => `${(item.label ?? '').replace('&', '').replace('…', '')} — ${acceleratorLabel(String(item.accelerator), platform)}`);
}

/** Builds the menu and makes it the application menu. Call again whenever the state changes. */
export function installDeskMenu(options: DeskMenuOptions): Menu {
  const menu = Menu.buildFromTemplate(deskMenuTemplate(options));
  Menu.setApplicationMenu(menu);
  return menu;
}
