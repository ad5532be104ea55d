/**
 * What the page shows, as it tells main on the one-way `desk:view-state`
 * channel: which article is open. The menu enables its article items from it,
 * crash recovery reopens that article, and the next start restores it.
 *
 * Every report is checked twice before anyone sees it: the sending frame must
 * be the renderer page (the sender policy DeskApi uses), and the payload must
 * match DeskViewStateSchema. Anything else is dropped without a word back.
 */
import type { IpcMain, IpcMainEvent } from 'electron';
import * as v from 'valibot';

import { type DeskViewState, DeskViewStateSchema, VIEW_STATE_CHANNEL } from '../shared/ipc/menu-commands';

/** The parts of ipcMain this file uses (a fake in tests). */
export type ViewStateIpcMain = Pick<IpcMain, 'on' | 'removeListener'>;

export interface ViewStateOptions {
  /** The sender policy: true only for the renderer page's own frame. */
  isTrustedSender: (url: string) => boolean;
  /** Called with each accepted report that differs from the last one. */
  onChange: (state: DeskViewState) => void;
}

/** Listens for the page's reports; returns the function that stops listening. */
export function listenForViewState(ipcMain: ViewStateIpcMain, options: ViewStateOptions): () => void {
  let last: DeskViewState = { articleId: null };
  const receive = (event: IpcMainEvent, payload: unknown): void => {
    if (!options.isTrustedSender(event.senderFrame?.url ?? '')) return;
    const parsed = v.safeParse(DeskViewStateSchema, payload);
    if (!parsed.success || parsed.output.articleId === last.articleId) return;
    last = parsed.output;
    options.onChange(last);
  };
  ipcMain.on(VIEW_STATE_CHANNEL, receive);
  return () => {
    ipcMain.removeListener(VIEW_STATE_CHANNEL, receive);
  };
}
