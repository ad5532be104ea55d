/**
 * Reading a Hocuspocus frame far enough to judge it: the document name, the
 * message type and, for a Yjs sync update, the update itself. Anything that
 * does not decode is malformed.
 *
 *     [document name: varString][type: varUint] …
 *     Sync / SyncReply: [step: varUint 0|1|2][payload: varUint8Array]
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Message types of the Hocuspocus protocol (3.x). */
export const MESSAGE_TYPES = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
  syncStatus: 8,
} as const;
const SYNC_STEP_ONE = 0;

export interface DeskFrame {
  documentName: string;
  type: number;
  /** The Yjs update a sync step 2 or update message carries. */
  update?: Uint8Array;
}

export class MalformedMessage extends Error {}

/** Decodes a frame; throws MalformedMessage saying what did not decode. */
export function readDeskFrame(data: Uint8Array, checkUpdate = false): DeskFrame {
  const decoder = decoding.createDecoder(data);
  let documentName: string;
  let type: number;
  try {
    documentName = decoding.readVarString(decoder);
    type = decoding.readVarUint(decoder);
  } catch {
    throw new MalformedMessage('the message does not start with a document name and a type');
  }
  if (!Object.values(MESSAGE_TYPES).includes(type as never)) throw new MalformedMessage(`unknown message type ${type}`);
  if (type !== MESSAGE_TYPES.sync && type !== MESSAGE_TYPES.syncReply) return { documentName, type };
  let step: number;
  let payload: Uint8Array;
  try {
    step = decoding.readVarUint(decoder);
    payload = decoding.readVarUint8Array(decoder);
  } catch {
    throw new MalformedMessage('a sync message without its payload');
  }
  if (step > 2) throw new MalformedMessage(`unknown sync step ${step}`);
  if (step === SYNC_STEP_ONE) return { documentName, type };
  if (checkUpdate) {
    try {
      Y.decodeUpdate(payload);
    } catch {
      throw new MalformedMessage('a sync message whose update is not a Yjs update');
    }
  }
  return { documentName, type, update: payload };
}
