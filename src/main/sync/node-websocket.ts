/**
 * The WebSocket the HocuspocusProvider gets in Node (main process, `desk sync`):
 * ws's, with an error listener of its own. The provider removes its listeners
 * before closing a socket, and ws emits 'error' when a socket still connecting
 * is closed; with no listener left that error would crash the process. The
 * provider learns of failures through its own listeners and close events.
 */
import { WebSocket } from 'ws';

export class NodeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}
