/**
 * The renderer's one door to main: `window.desk`, the DeskApi client the
 * preload (or the e2e harness) exposes, `window.deskCommands`, the menu's
 * commands, and `window.deskEvents`, events main sends on its own. No other renderer module reads either; they import from here.
 */
import { DeskError } from '../shared/errors';
import type { BatchExportProgress } from '../shared/export/batch-export-contract';
import { type DeskApi, deskMethodNames } from '../shared/ipc/api';
import type { DeskEvents } from '../shared/ipc/desk-events';
import type { DeskCommands, DeskViewState, MenuCommand, OpenArticle } from '../shared/ipc/menu-commands';

declare global {
  interface Window {
    /** Set by the preload with contextBridge; absent when the page runs without it. */
    readonly desk?: DeskApi;
    /** Set by the preload in Electron; absent in a browser (tests), where shortcuts arrive as key events. */
    readonly deskCommands?: DeskCommands;
    /** Set by the preload (or the test harness): events main sends on its own. */
    readonly deskEvents?: DeskEvents;
  }
}

/** Calls `listener` with each batch-export progress report main sends; returns the unsubscribe function. */
export function onExportProgress(listener: (progress: BatchExportProgress) => void): () => void {
  return window.deskEvents?.onExportProgress(listener) ?? (() => undefined);
}

/**
 * Calls `listener` with each application-menu command. Returns the unsubscribe
 * function; a no-op where there is no menu (the browser tests).
 */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.deskCommands?.onCommand(listener) ?? (() => undefined);
}

/** Calls `listener` with each article main asks the page to open (a file the OS opened, a restore); a no-op without Electron. */
export function onOpenArticle(listener: (request: OpenArticle) => void): () => void {
  return window.deskCommands?.onOpenArticle(listener) ?? (() => undefined);
}

/** Tells main which article is open (its menu and the next start use it); a no-op without Electron. */
export function reportViewState(state: DeskViewState): void {
  window.deskCommands?.reportViewState(state);
}

type DeskMethod = keyof DeskApi;

/** Looks the bridge up on each call, so one installed after this module loads (as a harness may) is found. */
async function call(method: DeskMethod, request: unknown): Promise<unknown> {
  const bridge = window.desk;
  if (!bridge) {
    throw new DeskError('internal', 'Newsdesk could not reach its data store. Restart Newsdesk; your saved work is on disk.');
  }
  return (bridge[method] as (request: unknown) => Promise<unknown>)(request);
}

/** The DeskApi: every method forwards to `window.desk`; failures arrive as rejected DeskErrors. */
export const desk = Object.fromEntries(
  Object.values(deskMethodNames).map((method) => [method, (request: unknown) => call(method, request)]),
) as unknown as DeskApi;

/** The message to show a person for any failure: a DeskError's own words, or a plain fallback. */
/** The technical details a DeskError carries (errno, path), or ''. */
export function detailsOf(error: unknown): string {
  const details = (error as { details?: unknown } | null)?.details;
  return typeof details === 'string' ? details : '';
}

export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return 'Something went wrong. Try again; if it keeps happening, restart Newsdesk.';
}
