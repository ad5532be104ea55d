/**
 * DeskShortcuts: the desk's keyboard shortcuts and Electron menu commands, as a
 * Lit reactive controller on <nd-app>. Both arrive as a MenuCommand and go to
 * the host's `run`; Ctrl/Cmd+E (and Shift+Ctrl/Cmd+E, for the body, where Mod+E
 * is inline code) goes to `openExport`.
 *
 * Listens on the window in the capture phase, so the desk's shortcuts work
 * wherever the focus is; a chord an element claims (`data-claims-keys`,
 * ui/shortcuts.ts) is left to it, and nothing is handled while `isModal` is true.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MenuCommand } from '../../shared/ipc/menu-commands';
import { onMenuCommand } from '../desk';
import { isClaimedLocally, matchesShortcut } from '../ui/shortcuts';

export interface DeskShortcutsOptions {
  /** Does what a menu command or its shortcut asks. */
  run: (command: MenuCommand) => void;
  openExport: () => void;
  /** True while a modal dialog is open: the desk's shortcuts wait. */
  isModal: () => boolean;
  /** True while a story is open: Mod+F then finds in the story (revising), not in the desk. */
  findsInStory: () => boolean;
}

/** Finds in the open story when there is one; searches the desk otherwise. */
const FIND = 'Mod+F';

/** Key events the desk handles itself (in Electron the menu catches most of them first and sends the command). */
const SHORTCUTS: [shortcut: string, command: MenuCommand][] = [
  ['Mod+N', 'new-article'],
  ['Mod+O', 'import-briefing'],
  ['Mod+S', 'save'],
  ['Mod+K', 'focus-search'],
  ['Mod+Shift+F', 'focus-search'],
  [FIND, 'focus-search'],
  ['Alt+ArrowDown', 'next-article'],
  ['Mod+Alt+ArrowDown', 'next-article'],
  ['Mod+]', 'next-article'],
  ['Alt+ArrowUp', 'previous-article'],
  ['Mod+Alt+ArrowUp', 'previous-article'],
  ['Mod+[', 'previous-article'],
];

export class DeskShortcuts implements ReactiveController {
  private stopMenuCommands: () => void = () => undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DeskShortcutsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeydown, true);
    this.stopMenuCommands = onMenuCommand((command) => this.options.run(command));
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeydown, true);
    this.stopMenuCommands();
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (this.options.isModal()) return;
    if ((matchesShortcut(event, 'Mod+E') || matchesShortcut(event, 'Mod+Shift+E')) && !isClaimedLocally(event)) {
      event.preventDefault();
      event.stopPropagation();
      return this.options.openExport();
    }
    const [shortcut, command] = SHORTCUTS.find(([candidate]) => matchesShortcut(event, candidate)) ?? [];
    if (!command || isClaimedLocally(event) || (shortcut === FIND && this.options.findsInStory())) return;
    event.preventDefault();
    event.stopPropagation();
    this.options.run(command);
  };
}
