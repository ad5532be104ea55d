import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import {
  acceleratorLabel,
  type DeskMenuOptions,
  deskMenuTemplate,
  EMPTY_MENU_STATE,
  installDeskMenu,
  menuItems,
  shortcutLines,
} from '../../../src/main/menu';
import { isMenuCommand, MENU_COMMANDS, type MenuCommand } from '../../../src/shared/ipc/menu-commands';
import { REPOSITORY_ROOT } from '../../support/built-output';
import { Menu, resetFakeElectron } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

function template(overrides: Partial<DeskMenuOptions> = {}): MenuItemConstructorOptions[] {
  return deskMenuTemplate({
    platform: 'linux',
    developerTools: false,
    state: { articleOpen: true, recentFiles: [] },
    sendCommand: () => undefined,
    openRecent: () => undefined,
    clearRecent: () => undefined,
    showShortcuts: () => undefined,
    ...overrides,
  });
}

function findItem(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = menuItems(items).find((item) => item.label?.replace('&', '') === label);
  if (!found) throw new Error(`The menu has no item labelled "${label}".`);
  return found;
}

function roles(items: MenuItemConstructorOptions[]): string[] {
  return menuItems(items).flatMap((item) => (item.role ? [item.role] : []));
}

function submenuOf(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return findItem(items, label).submenu as MenuItemConstructorOptions[];
}

/** Clicks an item the way Electron calls `click`. */
function click(item: MenuItemConstructorOptions): void {
  item.click?.(undefined as never, undefined, undefined as never);
}

/**
 * The README's keyboard table: for each row, the "Does" text (parentheses
 * dropped) and the keys cell as written.
 */
function readmeShortcuts(): { does: string; keys: string }[] {
  const readme = readFileSync(join(REPOSITORY_ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| Keys (Cmd on macOS) | Does |'));
  return table
    .split('\n')
    .slice(2)
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map(([, keys, does]) => ({ keys, does: does.replace(/\s*\([^)]*\)/g, '') }));
}

/** Which README row documents each command's shortcut (by its "Does" text). */
const README_ROW: Partial<Record<MenuCommand, string>> = {
  'new-article': 'new article',
  'import-briefing': 'import a file',
  export: 'export',
  save: 'save now',
  'open-settings': 'settings: your name, the language of new stories, the desk time zone',
  'focus-search': 'search the desk',
  'toggle-list': 'show or hide the article list / the side panel',
  'toggle-side-panel': 'show or hide the article list / the side panel',
  'find-in-story': 'find and replace in the story',
  'find-replace': 'find and replace in the story',
  'spelling-suggestions': 'spelling suggestions for the word at the cursor',
  'toggle-history': 'history / save a version',
  'save-version': 'history / save a version',
  'next-article': 'next / previous article',
  'previous-article': 'next / previous article',
};

beforeEach(() => resetFakeElectron());

describe('the application menu', () => {
  it.each([
    ['New Article', 'CmdOrCtrl+N', 'new-article'],
    ['Import…', 'CmdOrCtrl+O', 'import-briefing'],
    ['Export…', 'CmdOrCtrl+Shift+E', 'export'],
    ['Save', 'CmdOrCtrl+S', 'save'],
    ['Settings…', 'CmdOrCtrl+,', 'open-settings'],
    ['Find…', 'CmdOrCtrl+F', 'find-in-story'],
    ['Search the Desk', 'CmdOrCtrl+K', 'focus-search'],
    ['Replace…', 'CmdOrCtrl+H', 'find-replace'],
    ['Spelling Suggestions', 'CmdOrCtrl+.', 'spelling-suggestions'],
    ['History', 'CmdOrCtrl+Alt+H', 'toggle-history'],
    ['Save Version…', 'CmdOrCtrl+Alt+S', 'save-version'],
    ['Next Article', 'CmdOrCtrl+Alt+Down', 'next-article'],
    ['Previous Article', 'CmdOrCtrl+Alt+Up', 'previous-article'],
  ] as const)('sends "%s" (%s) to the renderer as the command %s', (label, accelerator, command) => {
    const sendCommand = vi.fn<(command: MenuCommand) => void>();
    const item = findItem(template({ sendCommand }), label);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(sendCommand).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('has an item for every menu command, and sends only known commands', () => {
    const sent: unknown[] = [];
    for (const item of menuItems(template({ sendCommand: (command) => sent.push(command) }))) {
      if (!item.role && item.id) click(item);
    }
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
    expect(sent.every(isMenuCommand)).toBe(true);
  });

  it('gives no two items the same accelerator, on any platform and with the developer items shown', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const accelerators = menuItems(template({ platform, developerTools: true })).flatMap((item) =>
        item.accelerator ? [String(item.accelerator)] : [],
      );
      expect(accelerators.length).toBeGreaterThan(15);
      expect(accelerators.filter((accelerator, index) => accelerators.indexOf(accelerator) !== index)).toEqual([]);
    }
  });

  it("uses for every desk command the keys the README's keyboard table gives it", () => {
    const rows = readmeShortcuts();
    expect(rows.length).toBeGreaterThan(5);
    const mismatches: string[] = [];
    for (const item of menuItems(template())) {
      if (!item.id || !item.accelerator || !isMenuCommand(item.id)) continue;
      const row = rows.find((each) => each.does === README_ROW[item.id as MenuCommand]);
      const keys = acceleratorLabel(String(item.accelerator), 'linux');
      const listed = row ? new RegExp(`(^|[\\s(,])${keys.replace(/[.+*?^$()[\]{}|\\]/g, '\\$&')}($|[\\s),])`).test(row.keys) : false;
      if (!listed)
        mismatches.push(
          `${item.id}: the menu says ${keys}, the README row "${README_ROW[item.id as MenuCommand] ?? '(none)'}" says ${row?.keys ?? 'nothing'}`,
        );
    }
    expect(mismatches).toEqual([]);
  });

  it('lays out File, Edit, View, Article, Window and Help on Windows and Linux, with Quit in File', () => {
    const menu = template({ platform: 'win32' });
    expect(menu.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Article', '&Window', '&Help']);
    const file = menu[0].submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('puts the macOS app menu first, with Quit there instead of in File, and no "&" mnemonics', () => {
    const menu = template({ platform: 'darwin' });
    expect(menu[0].role).toBe('appMenu');
    expect(menu.slice(1).map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Article', 'Window', 'Help']);
    expect(roles(menu[1].submenu as MenuItemConstructorOptions[])).not.toContain('quit');
    expect(menuItems(menu).some((item) => item.label?.includes('&'))).toBe(false);
  });

  it('gives Edit the standard undo, redo, cut, copy, paste and select-all roles, then Find, Search the Desk, Replace and Spelling', () => {
    const edit = template()[1].submenu as MenuItemConstructorOptions[];
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(edit.filter((item) => item.id).map((item) => item.id)).toEqual([
      'find-in-story',
      'focus-search',
      'find-replace',
      'spelling-suggestions',
    ]);
  });

  it('offers the four status moves and Save Version in Article', () => {
    const article = submenuOf(template(), 'Article');
    expect(article.filter((item) => item.id?.startsWith('set-status-') || item.id === 'save-version').map((item) => item.id)).toEqual([
      'set-status-draft',
      'set-status-editing',
      'set-status-ready',
      'set-status-published',
      'save-version',
    ]);
  });

  it('disables what acts on an article while none is open, and keeps the desk-wide items enabled', () => {
    const items = menuItems(template({ state: EMPTY_MENU_STATE })).filter((item) => item.id && isMenuCommand(item.id));
    const disabled = items.filter((item) => item.enabled === false).map((item) => item.id);
    expect(disabled.sort()).toEqual(
      [
        'save',
        'find-in-story',
        'find-replace',
        'spelling-suggestions',
        'toggle-side-panel',
        'show-speakers',
        'show-related',
        'toggle-history',
        'save-version',
        'set-status-draft',
        'set-status-editing',
        'set-status-ready',
        'set-status-published',
      ].sort(),
    );
    expect(menuItems(template()).filter((item) => item.id && item.enabled === false)).toEqual([]);
  });

  it('lists recent files in Open Recent, newest first, and imports the one clicked', () => {
    const openRecent = vi.fn<(path: string) => void>();
    const recent = submenuOf(
      template({ openRecent, state: { articleOpen: false, recentFiles: ['/desk/b.md', '/desk/a.txt'] } }),
      'Open Recent',
    );
    expect(recent.map((item) => item.label ?? item.type)).toEqual(['b.md', 'a.txt', 'separator', 'Clear Recent']);
    click(recent[1]);
    expect(openRecent).toHaveBeenCalledExactlyOnceWith('/desk/a.txt');
  });

  it('says there are no recent files, with Clear Recent disabled, when the list is empty', () => {
    const recent = submenuOf(template({ state: EMPTY_MENU_STATE }), 'Open Recent');
    expect(recent[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(recent.at(-1)).toMatchObject({ label: 'Clear Recent', enabled: false });
  });

  it('offers reload and DevTools only when development tools are on', () => {
    expect(roles(template({ developerTools: false }))).not.toContain('reload');
    expect(roles(template({ developerTools: false }))).not.toContain('toggleDevTools');
    expect(roles(template({ developerTools: true }))).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('has Keyboard Shortcuts and About Newsdesk in Help', () => {
    const showShortcuts = vi.fn();
    click(findItem(template({ showShortcuts }), 'Keyboard Shortcuts'));
    expect(showShortcuts).toHaveBeenCalledOnce();
    expect(findItem(template(), 'About Newsdesk').role).toBe('about');
  });

  it('lists the shortcuts from the same template, in the platform’s words', () => {
    expect(shortcutLines(template(), 'linux')).toEqual(expect.arrayContaining(['Export — Ctrl+Shift+E', 'Next Article — Ctrl+Alt+↓']));
    expect(shortcutLines(template({ platform: 'darwin' }), 'darwin')).toContain('Save Version — Cmd+Alt+S');
  });

  it('installs itself as the application menu', () => {
    installDeskMenu({
      platform: 'linux',
      developerTools: false,
      state: EMPTY_MENU_STATE,
      sendCommand: () => undefined,
      openRecent: () => undefined,
      clearRecent: () => undefined,
      showShortcuts: () => undefined,
    });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(Menu.applicationMenu?.template).toEqual(Menu.buildFromTemplate.mock.calls[0][0]);
  });
});
