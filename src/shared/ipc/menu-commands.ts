/**
 * Menu commands: what the application menu asks the renderer to do.
 *
 * Main sends one of these names on the single `desk:command` channel; the
 * preload checks the name against this list before any page code sees it, so
 * the renderer only ever receives a known command, never arbitrary data.
 */

/** The one IPC channel menu commands travel on (main → renderer). */
export const DESK_COMMAND_CHANNEL = 'desk:command';

export const MENU_COMMANDS = [
  'new-article',
  'import-briefing',
  'save',
  'focus-search',
  'next-article',
  'previous-article',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What the preload exposes as `window.deskCommands`. */
export interface DeskCommands {
  /**
   * Calls `listener` with each menu command main sends, until the returned
   * function is called. Unknown command names are dropped before the listener.
   */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}
