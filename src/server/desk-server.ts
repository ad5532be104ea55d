/**
 * The desk server: Hocuspocus over a Newsdesk data folder of its own, on an
 * HTTP server bound to the given host (127.0.0.1 unless told otherwise).
 *
 *     ws://host:port          Hocuspocus (one socket, many article documents)
 *     GET /articles           the article ids it holds (Bearer token)
 *
 * `redisUrl` adds Hocuspocus's Redis extension, so several instances share
 * documents and presence while they have them loaded.
 */
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

import { Redis } from '@hocuspocus/extension-redis';
import { type Extension, Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';

import { ArticleStore } from '../main/store/article-store';
import { YjsStateFiles } from '../main/store/yjs-state-files';
import { DeskError } from '../shared/errors';
import type { Editor } from '../shared/sync/editors-file';
import { ArticlePersistence } from './article-persistence';
import { createArticlesEndpoint } from './articles-endpoint';
import { DEFAULT_LIMITS, DeskGuard, type DeskLimits } from './desk-guard';
import { EditorRegistry } from './editor-registry';
import { GuardedSocket } from './guarded-socket';
import { createServerLog, type LogWrite, type ServerLog } from './server-log';

export interface DeskServerOptions {
  dataDir: string;
  editors: readonly Editor[];
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** redis://host:port of a Redis shared by every instance. */
  redisUrl?: string;
  limits?: Partial<DeskLimits>;
  /** Where log lines go (one per call, no newline). */
  log?: LogWrite;
  /** How long to wait for the lock of a crashed server on the same folder to go stale (ms). */
  lockWaitMs?: number;
  /** How long Hocuspocus gathers changes before storing the article JSON (ms). */
  storeDebounceMs?: number;
}

export interface RunningDeskServer {
  host: string;
  port: number;
  /** ws://host:port */
  url: string;
  /** Closes every connection, stores every loaded document, releases the data folder. */
  close(): Promise<void>;
}

/** Throws DeskError('store-locked') when another process has the data folder open. */
export async function startDeskServer(options: DeskServerOptions): Promise<RunningDeskServer> {
  const host = options.host ?? '127.0.0.1';
  const limits: DeskLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = createServerLog(options.log ?? ((line) => process.stdout.write(`${line}\n`)));
  const store = await openStoreWaitingForStaleLock(options.dataDir, options.lockWaitMs ?? 15_000, log);
  const files = new YjsStateFiles(options.dataDir);
  const editors = new EditorRegistry(options.editors);
  const persistence = new ArticlePersistence(store, files, log);
  const extensions: Extension[] = [new DeskGuard(editors, limits, log), persistence];
  if (options.redisUrl) extensions.push(redisExtension(options.redisUrl));
  const hocuspocus = new Hocuspocus({
    name: 'newsdesk',
    quiet: true,
    debounce: options.storeDebounceMs ?? 2000,
    maxDebounce: 10_000,
    extensions,
  });

  const webSockets = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, WebSocket: GuardedSocket });
  const answer = createArticlesEndpoint(store, files, editors, log);
  const http = createServer((request, response) => void answer(request, response));
  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    webSockets.handleUpgrade(request, socket, head, (webSocket) => {
      const guarded = webSocket as GuardedSocket;
      const remote = request.socket.remoteAddress ?? 'unknown address';
      guarded.onMalformed = (reason) => log.refuse(undefined, `the socket from ${remote}`, `malformed-message: ${reason}`);
      guarded.on('error', (error: Error & { code?: string }) => {
        const reason =
          error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
            ? `message-too-large: more than ${limits.maxMessageBytes} bytes`
            : error.message;
        log.refuse(undefined, `the socket from ${remote}`, reason);
      });
      hocuspocus.handleConnection(guarded, request);
    });
  });
  await listen(http, host, options.port ?? 4410);
  const port = (http.address() as AddressInfo).port;
  log.note(
    `desk server listening on ws://${host}:${port} (data ${options.dataDir}${options.redisUrl ? `, redis ${options.redisUrl}` : ''}; limits ${JSON.stringify(limits)})`,
  );

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      http.close();
      await persistence.stop(hocuspocus.documents);
      hocuspocus.closeConnections();
      webSockets.close();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await store.close();
      log.note('desk server stopped');
    })());
  return { host, port, url: `ws://${host}:${port}`, close };
}

/** A server killed mid-run leaves its folder lock behind until it goes stale (10 s): a restart waits for that. */
async function openStoreWaitingForStaleLock(dataDir: string, waitMs: number, log: ServerLog): Promise<ArticleStore> {
  const giveUpAt = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await ArticleStore.open({ dataDir });
    } catch (error) {
      if (!(error instanceof DeskError && error.code === 'store-locked') || Date.now() >= giveUpAt) throw error;
      if (attempt === 0)
        log.note(`the data folder is locked; waiting up to ${Math.round(waitMs / 1000)} s in case a crashed server left the lock`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function listen(http: HttpServer, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
}

function redisExtension(redisUrl: string): Redis {
  const url = new URL(redisUrl);
  if (url.protocol !== 'redis:') throw new Error(`--redis takes a redis://host:port URL (got ${redisUrl}).`);
  return new Redis({ host: url.hostname, port: Number(url.port || 6379), prefix: 'newsdesk' });
}
