/**
 * `desk sync`'s engine: syncs every article of a data folder with the desk
 * server once — the ones this folder has, the ones the server has — a few at
 * a time over one WebSocket, and says what went each way.
 */
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';

import { isArticleDocumentName } from '../../shared/sync/document-name';
import { ArticleStore } from '../store/article-store';
import { YjsStateFiles } from '../store/yjs-state-files';
import { type ArticleSyncResult, syncArticle } from './article-sync';
import { NodeWebSocket } from './node-websocket';
import { fetchServerArticles } from './server-articles';
import { SyncRefused } from './sync-errors';

export interface DeskSyncOptions {
  /** ws://host:port of the desk server. */
  serverUrl: string;
  token: string;
  dataDir: string;
  /** Articles synced at once (each is one document connection). */
  concurrency?: number;
  timeoutMs?: number;
}

export interface DeskSyncReport {
  server: string;
  pushed: { id: string; headline: string }[];
  pulled: { id: string; headline: string }[];
  unchanged: number;
  failed: { id: string; reason: string }[];
}

/** Throws SyncRefused (bad token) or ServerUnreachable before touching any article; one article failing is reported, not thrown. */
export async function syncDeskFolder(options: DeskSyncOptions): Promise<DeskSyncReport> {
  const serverArticles = await fetchServerArticles(options.serverUrl, options.token);
  const store = await ArticleStore.open({ dataDir: options.dataDir });
  const files = new YjsStateFiles(options.dataDir);
  const socket = new HocuspocusProviderWebsocket({ url: options.serverUrl, WebSocketPolyfill: NodeWebSocket, maxAttempts: 3 });
  const report: DeskSyncReport = { server: options.serverUrl, pushed: [], pulled: [], unchanged: 0, failed: [] };
  try {
    const serverUpdatedAt = new Map(serverArticles.map((article) => [article.id, article.updatedAt]));
    const ids = [...new Set([...store.summaries().map((summary) => summary.id), ...serverUpdatedAt.keys()])].filter(isArticleDocumentName);
    const pending = [...ids];
    let refused: SyncRefused | undefined;
    const worker = async () => {
      for (let id = pending.shift(); id !== undefined && !refused; id = pending.shift()) {
        try {
          record(
            report,
            await syncArticle(id, {
              socket,
              token: options.token,
              store,
              files,
              serverUpdatedAt: serverUpdatedAt.get(id) ?? null,
              timeoutMs: options.timeoutMs ?? 30_000,
            }),
          );
        } catch (error) {
          if (error instanceof SyncRefused) refused = error;
          else report.failed.push({ id, reason: (error as Error).message });
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
    if (refused) throw refused;
    return report;
  } finally {
    socket.destroy();
    await files.idle();
    await store.close();
  }
}

function record(report: DeskSyncReport, result: ArticleSyncResult): void {
  const row = { id: result.id, headline: result.headline };
  if (result.pushed) report.pushed.push(row);
  if (result.pulled) report.pulled.push(row);
  if (!result.pushed && !result.pulled) report.unchanged++;
}
