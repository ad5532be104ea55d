import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deskMenuTemplate, installDeskMenu, type DeskMenuOptions } from '../../../src/main/menu';
import { isMenuCommand, MENU_COMMANDS, type MenuCommand } from '../../../src/shared/ipc/menu-commands';
import { Menu, resetFakeElectron } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

function template(overrides: Partial<DeskMenuOptions> = {}): MenuItemConstructorOptions[] {
  return deskMenuTemplate({ platform: 'linux', isPackaged: true, sendCommand: () => undefined, ...overrides });
}

/** Every item of the menu, depth first. */
function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function findItem(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = allItems(items).find((item) => item.label?.replace('&', '') === label);
  if (!found) throw new Error(`The menu has no item labelled "${label}".`);
  return found;
}

function roles(items: MenuItemConstructorOptions[]): string[] {
  return allItems(items).flatMap((item) => (item.role ? [item.role] : []));
}

/** Clicks an item the way Electron calls `click`. */
function click(item: MenuItemConstructorOptions): void {
  item.click?.(undefined as never, undefined, undefined as never);
}

beforeEach(() => resetFakeElectron());

describe('the application menu', () => {
  it.each([
    ['New Article', 'CmdOrCtrl+N', 'new-article'],
    ['Import Briefing…', 'CmdOrCtrl+O', 'import-briefing'],
    ['Save', 'CmdOrCtrl+S', 'save'],
    ['Find', 'CmdOrCtrl+F', 'focus-search'],
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
    for (const item of allItems(template({ sendCommand: (command) => sent.push(command) }))) {
      if (!item.role && item.click) click(item);
    }
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
    expect(sent.every(isMenuCommand)).toBe(true);
  });

  it('lays out File, Edit, View and Help on Windows and Linux, with Quit in File', () => {
    const menu = template({ platform: 'win32' });
    expect(menu.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = menu[0].submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('puts the macOS app menu first, with Quit there instead of in File, and no "&" mnemonics', () => {
    const menu = template({ platform: 'darwin' });
    expect(menu[0].role).toBe('appMenu');
    expect(menu.slice(1).map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(roles(menu[1].submenu as MenuItemConstructorOptions[])).not.toContain('quit');
    expect(allItems(menu).some((item) => item.label?.includes('&'))).toBe(false);
  });

  it('gives Edit the standard undo, redo, cut, copy, paste and select-all roles', () => {
    const edit = template()[1].submenu as MenuItemConstructorOptions[];
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers reload and DevTools only in an unpackaged app', () => {
    expect(roles(template({ isPackaged: true }))).not.toContain('reload');
    expect(roles(template({ isPackaged: true }))).not.toContain('toggleDevTools');
    expect(roles(template({ isPackaged: false }))).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('has an About Newsdesk item in Help', () => {
    expect(findItem(template(), 'About Newsdesk').role).toBe('about');
  });

  it('installs itself as the application menu', () => {
    installDeskMenu({ platform: 'linux', isPackaged: true, sendCommand: () => undefined });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(Menu.applicationMenu?.template).toEqual(Menu.buildFromTemplate.mock.calls[0][0]);
  });
});
