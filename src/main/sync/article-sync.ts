/**
 * Syncs one article of a data folder with the desk server, once:
 * load its Yjs state (kept beside the article files), fold in what was edited
 * in the JSON since the last sync, exchange updates with the server, wait until
 * the server has acknowledged every local change, then write the merged
 * article back as JSON and keep the merged Yjs state.
 *
 * An article this folder has never synced has no Yjs state: if the server has
 * no content for it either, it is seeded from the JSON (the same seed any other
 * client or the server makes from the same JSON, so two seeds of one article
 * merge into one copy); if the server has content, the newer side wins.
 */
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';

import { articleFromContent, contentOfArticle, sameContent } from '../../shared/sync/article-content';
import { readArticleContent, seedOnce, writeArticleContent } from '../../shared/sync/article-doc';
import type { ArticleStore } from '../store/article-store';
import type { YjsStateFiles } from '../store/yjs-state-files';
import { SyncRefused } from './sync-errors';

export interface ArticleSyncContext {
  socket: HocuspocusProviderWebsocket;
  token: string;
  store: ArticleStore;
  files: YjsStateFiles;
  /** When the server last stored this article's JSON (null: never, or not known). */
  serverUpdatedAt: string | null;
  timeoutMs: number;
}

export interface ArticleSyncResult {
  id: string;
  headline: string;
  pushed: boolean;
  pulled: boolean;
}

export async function syncArticle(id: string, context: ArticleSyncContext): Promise<ArticleSyncResult> {
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: context.socket, name: id, document: doc, token: context.token });
  try {
    const stored = await context.files.load(id);
    Y.transact(doc, () => stored.forEach((update) => Y.applyUpdate(doc, update)));
    const local = context.store.summary(id) ? await context.store.read(id) : undefined;
    const localContent = local ? contentOfArticle(local) : undefined;
    let pushed = false;
    if (stored.length > 0 && localContent) {
      const lastSynced = readArticleContent(doc);
      if (!lastSynced || !sameContent(lastSynced, localContent)) {
        writeArticleContent(doc, localContent);
        pushed = true;
      }
    }
    provider.attach();
    await firstSync(provider, id, context.timeoutMs);
    if (stored.length === 0 && local && localContent) {
      const onServer = readArticleContent(doc);
      if (!onServer) pushed = seedOnce(doc, localContent);
      else if (!sameContent(onServer, localContent) && (context.serverUpdatedAt === null || local.updatedAt > context.serverUpdatedAt)) {
        writeArticleContent(doc, localContent);
        pushed = true;
      }
    }
    await acknowledged(provider, id, context.timeoutMs);
    const merged = readArticleContent(doc);
    const pulled = Boolean(merged && (!localContent || !sameContent(merged, localContent)));
    if (merged && pulled) await context.store.write(articleFromContent(id, merged, new Date().toISOString()));
    await context.files.compact(id, Y.encodeStateAsUpdate(doc));
    return { id, headline: merged?.headline ?? local?.headline ?? '', pushed, pulled };
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

function firstSync(provider: HocuspocusProvider, id: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The desk server did not send article ${id} within ${timeoutMs / 1000} s.`)),
      timeoutMs,
    );
    provider.on('synced', () => (clearTimeout(timer), resolve()));
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      clearTimeout(timer);
      reject(
        reason.startsWith('missing-token') || reason.startsWith('unknown-token')
          ? new SyncRefused(reason)
          : new Error(`The desk server refused article ${id}: ${reason}`),
      );
    });
    provider.on('close', ({ event }: { event: { reason: string } }) => {
      clearTimeout(timer);
      reject(new Error(`The desk server closed article ${id}: ${event.reason || 'no reason given'}.`));
    });
  });
}

function acknowledged(provider: HocuspocusProvider, id: string, timeoutMs: number): Promise<void> {
  if (!provider.hasUnsyncedChanges) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The desk server did not acknowledge the changes to article ${id} within ${timeoutMs / 1000} s.`)),
      timeoutMs,
    );
    const listener = ({ number }: { number: number }) => {
      if (number > 0) return;
      clearTimeout(timer);
      provider.off('unsyncedChanges', listener);
      resolve();
    };
    provider.on('unsyncedChanges', listener);
  });
}
