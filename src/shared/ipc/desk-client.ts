/**
 * createDeskClient: the typed `window.desk` object over any transport.
 *
 * The preload passes `ipcRenderer.invoke`; the browser tests pass a function
 * bound with Playwright's `exposeBinding`. Either way the handler answers with a
 * DeskResult envelope, which the client unwraps into a value or a thrown DeskError.
 */
import { DeskError, isDeskErrorData } from '../errors';
import { DESK_CHANNELS, type DeskApi, type DeskChannel, deskMethodNames, type DeskResult } from './api';

export type DeskInvoke = (channel: DeskChannel, request: unknown) => Promise<unknown>;

function unwrap(channel: DeskChannel, result: unknown): unknown {
  const envelope = result as DeskResult<unknown> | undefined;
  if (envelope?.ok === true) return envelope.value;
  if (envelope?.ok === false && isDeskErrorData(envelope.error)) throw DeskError.fromData(envelope.error);
  throw new DeskError('internal', `The desk sent an unreadable answer to "${channel}". Restart Newsdesk; your saved work is on disk.`);
}

export function createDeskClient(invoke: DeskInvoke): DeskApi {
  const client: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const channel of DESK_CHANNELS) {
    client[deskMethodNames[channel]] = async (request: unknown) => unwrap(channel, await invoke(channel, request ?? {}));
  }
  return Object.freeze(client) as unknown as DeskApi;
}
