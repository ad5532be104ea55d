/**
 * The app shell's side of the page: what the application menu and the
 * operating system ask the renderer to do, and the little the renderer tells
 * main back so the menu and the next start know what is open.
 *
 *   desk:command       main → page   a MenuCommand name, never data
 *   desk:open-article  main → page   { id }: open this stored article (a file the OS opened, a restore)
 *   desk:view-state    page → main   { articleId }: which article is open (one-way; main checks the sender)
 *
 * The preload checks every message against this file before page code (or
 * main) acts on it, so each side only ever sees a known command or a valid shape.
 */
import * as v from 'valibot';

import { ArticleIdSchema } from '../article';

/** The one IPC channel menu commands travel on (main → renderer). */
export const DESK_COMMAND_CHANNEL = 'desk:command';
/** Main asks the page to open a stored article (main → renderer). */
export const OPEN_ARTICLE_CHANNEL = 'desk:open-article';
/** The page tells main what it shows (renderer → main, `ipcRenderer.send`, no answer). */
export const VIEW_STATE_CHANNEL = 'desk:view-state';

export const MENU_COMMANDS = [
  'new-article',
  'import-briefing',
  'export',
  'open-settings',
  'save',
  'focus-search',
  'find-in-story',
  'find-replace',
  'spelling-suggestions',
  'toggle-list',
  'toggle-side-panel',
  'show-speakers',
  'show-related',
  'toggle-history',
  'save-version',
  'set-status-draft',
  'set-status-editing',
  'set-status-ready',
  'set-status-published',
  'next-article',
  'previous-article',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export const OpenArticleSchema = v.strictObject({ id: ArticleIdSchema });
export type OpenArticle = v.InferOutput<typeof OpenArticleSchema>;

/** What the page shows, as far as the menu and the next start care. */
export const DeskViewStateSchema = v.strictObject({
  /** The open article, or null when none is (the empty editor, the trash). */
  articleId: v.nullable(ArticleIdSchema),
});
export type DeskViewState = v.InferOutput<typeof DeskViewStateSchema>;

/** What the preload exposes as `window.deskCommands`. */
export interface DeskCommands {
  /**
   * Calls `listener` with each menu command main sends, until the returned
   * function is called. Unknown command names are dropped before the listener.
   */
  onCommand(listener: (command: MenuCommand) => void): () => void;
  /** Calls `listener` with each article main asks the page to open; malformed requests are dropped. */
  onOpenArticle(listener: (request: OpenArticle) => void): () => void;
  /** Tells main what the page shows (enables the menu's article items, restores it next start). Invalid states are not sent. */
  reportViewState(state: DeskViewState): void;
}
