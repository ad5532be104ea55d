/**
 * registerDeskHandlers: puts every DeskApi channel on ipcMain.
 *
 * The handlers (desk-handlers.ts) check the sender and validate the payload;
 * this file only carries the call across: it hands each handler the payload and
 * the URL of the frame that sent it, and always answers with a DeskResult.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';

import { DESK_CHANNELS, type DeskChannel, type DeskResult } from '../shared/ipc/api';
import type { DeskHandlers } from './desk-handlers';

/** The parts of ipcMain this file uses (a fake in tests). */
export type DeskIpcMain = Pick<IpcMain, 'handle' | 'removeHandler'>;

/**
 * Registers one `ipcMain.handle` per DeskApi channel. Returns a function that
 * removes them all again. A channel without a handler is a programming error
 * and throws at start-up rather than at the editor's first click.
 */
export function registerDeskHandlers(ipcMain: DeskIpcMain, handlers: DeskHandlers): () => void {
  const missing = DESK_CHANNELS.filter((channel) => typeof handlers[channel] !== 'function');
  if (missing.length > 0) throw new Error(`No desk handler for the channels ${missing.join(', ')}.`);
  for (const channel of DESK_CHANNELS) {
    const handler = handlers[channel];
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) =>
      answer(channel, () => handler(payload, { url: senderUrl(event) })),
    );
  }
  return () => {
    for (const channel of DESK_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** The sending frame's URL; '' when the frame has gone, which no sender policy trusts. */
function senderUrl(event: IpcMainInvokeEvent): string {
  return event.senderFrame?.url ?? '';
}

/**
 * Handlers never throw by contract; if one does anyway, Electron would send the
 * renderer a bare "Error invoking remote method" instead of a DeskResult, so
 * the throw becomes an `internal` error the client can show.
 */
async function answer(channel: DeskChannel, call: () => Promise<DeskResult<unknown>>): Promise<DeskResult<unknown>> {
  try {
    return await call();
  } catch (error) {
    console.error(`The desk handler for "${channel}" threw:`, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Newsdesk hit an internal error. Your saved work is on disk; try again, or restart Newsdesk.' },
    };
  }
}
