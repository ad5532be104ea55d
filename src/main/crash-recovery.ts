/**
 * When the page's process dies (a renderer crash, out of memory, killed),
 * reload it and reopen the article that was open. Autosave has stored the text
 * up to about a second before the crash; what the page had not saved yet is the
 * recovery journal's to bring back (the renderer's save-failure handling).
 *
 * A page that keeps dying is not reloaded for ever: after MAX_RELOADS within
 * RELOAD_WINDOW_MS the app says so and stops trying.
 */
import type { RenderProcessGoneDetails } from 'electron';

import type { DeskLog } from './main-log';
import type { PageOpener } from './page-opener';

export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 60_000;

/** The parts of a webContents recovery uses (a fake in tests). */
export interface RecoverableContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
  reload(): void;
  isDestroyed(): boolean;
}

export interface CrashRecoveryOptions {
  log: DeskLog;
  opener: PageOpener;
  /** The article the page last said was open (view-state.ts). */
  openArticleId: () => string | null;
  /** Told when the page died too often to reload again; shows the person what to do. */
  onGiveUp: (reason: string) => void;
  now?: () => number;
}

export function recoverFromCrashes(contents: RecoverableContents, options: CrashRecoveryOptions): void {
  const now = options.now ?? Date.now;
  let reloads: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    const reason = `${details.reason} (exit code ${details.exitCode})`;
    if (details.reason === 'clean-exit' || contents.isDestroyed()) {
      options.log.info(`The page's process ended: ${reason}.`);
      return;
    }
    reloads = reloads.filter((time) => now() - time < RELOAD_WINDOW_MS);
    if (reloads.length >= MAX_RELOADS) {
      options.log.error(`The page's process died again: ${reason}. It died ${MAX_RELOADS} times in a minute; not reloading.`);
      options.onGiveUp(reason);
      return;
    }
    reloads.push(now());
    const articleId = options.openArticleId();
    options.log.warn(`The page's process died: ${reason}. Reloading${articleId ? ` and reopening article ${articleId}` : ''}.`);
    contents.reload();
    if (articleId) options.opener.open(articleId);
  });
}
