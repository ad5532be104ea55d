/**
 * A Node client of the desk server for tests: HocuspocusProvider over `ws`,
 * one Y.Doc per article, with promises for the signals a test waits on.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';

import { NodeWebSocket } from '../../src/main/sync/node-websocket';

export interface DeskClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  /** Resolves with the reason when the server refuses the token or the document. */
  refused: Promise<string>;
  /** Resolves with the reason of the first close of the document connection or socket. */
  closed: Promise<string>;
  /** Resolves once the server has acknowledged every local change. */
  acknowledged(): Promise<void>;
  /** Resolves once `check(doc)` is true (checked now and after every change). */
  until(check: (doc: Y.Doc) => boolean, timeoutMs?: number): Promise<void>;
  destroy(): void;
}

export function connectDeskClient(url: string, token: string | null, article: string, options: { doc?: Y.Doc } = {}): DeskClient {
  const doc = options.doc ?? new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: NodeWebSocket,
    maxAttempts: 0,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
  });
  let refuse!: (reason: string) => void;
  let close!: (reason: string) => void;
  const refused = new Promise<string>((resolve) => (refuse = resolve));
  const closed = new Promise<string>((resolve) => (close = resolve));
  let markSynced!: () => void;
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: article,
    document: doc,
    token,
    onSynced: () => markSynced(),
    onAuthenticationFailed: ({ reason }) => refuse(reason),
    onClose: ({ event }) => close(`${event.code} ${event.reason}`),
  });
  // A provider on a socket it does not own attaches itself only when told.
  provider.attach();
  socket.on('close', ({ event }: { event: { code: number; reason: string } }) => close(`${event.code} ${event.reason}`));
  return {
    doc,
    provider,
    socket,
    synced,
    refused,
    closed,
    acknowledged: () =>
      new Promise((resolve) => {
        if (!provider.hasUnsyncedChanges) return resolve();
        const listener = ({ number }: { number: number }) => {
          if (number > 0) return;
          provider.off('unsyncedChanges', listener);
          resolve();
        };
        provider.on('unsyncedChanges', listener);
      }),
    until: (check, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        if (check(doc)) return resolve();
        const timer = setTimeout(() => {
          doc.off('update', listener);
          reject(new Error(`The document did not reach the expected state within ${timeoutMs} ms.`));
        }, timeoutMs);
        const listener = () => {
          if (!check(doc)) return;
          clearTimeout(timer);
          doc.off('update', listener);
          resolve();
        };
        doc.on('update', listener);
      }),
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}
