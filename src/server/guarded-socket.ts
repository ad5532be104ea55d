/**
 * The server's WebSocket class (ws's `WebSocket` option): a frame that does not
 * decode as a Hocuspocus message closes this socket with a reason before
 * Hocuspocus sees it, and nothing else is touched. Oversized frames never get
 * here: ws's maxPayload closes the socket with 1009 first.
 */
import { WebSocket } from 'ws';

import { MalformedMessage, readDeskFrame } from './desk-message';
import { CLOSE_CODES } from './refusal';

export class GuardedSocket extends WebSocket {
  /** Called once when this socket is closed for a malformed frame. */
  onMalformed: ((reason: string) => void) | undefined;

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'message' && this.readyState === WebSocket.OPEN) {
      // Hocuspocus re-emits queued frames itself, without ws's isBinary flag.
      const [data, isBinary] = args as [Buffer | ArrayBuffer | Buffer[] | Uint8Array, boolean | undefined];
      const reason = problemOf(data, isBinary);
      if (reason) {
        this.onMalformed?.(reason);
        this.close(CLOSE_CODES.malformed, `malformed-message: ${reason}`.slice(0, 123));
        return false;
      }
    }
    if (event === 'message' && this.readyState !== WebSocket.OPEN) return false;
    return super.emit(event, ...args);
  }
}

function problemOf(data: Buffer | ArrayBuffer | Buffer[] | Uint8Array, isBinary: boolean | undefined): string | undefined {
  if (isBinary === false) return 'text frames are not part of the protocol';
  const bytes = Array.isArray(data)
    ? Buffer.concat(data)
    : Buffer.isBuffer(data)
      ? data
      : data instanceof Uint8Array
        ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
        : Buffer.from(data);
  try {
    readDeskFrame(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return undefined;
  } catch (error) {
    if (error instanceof MalformedMessage) return error.message;
    throw error;
  }
}
