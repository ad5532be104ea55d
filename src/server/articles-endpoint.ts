/**
 * `GET /articles` with `Authorization: Bearer <token>`: the ids of every article
 * the desk server holds (stored, or received and not yet stored), so a
 * headless client knows what to pull. The same token check as the WebSocket.
 *
 *     200 {"articles": [{"id": "…", "updatedAt": "…" | null}]}
 *     401 {"error": "unknown-token: …"}
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { ArticleStore } from '../main/store/article-store';
import type { YjsStateFiles } from '../main/store/yjs-state-files';
import type { EditorRegistry } from './editor-registry';
import type { ServerLog } from './server-log';

export interface ArticleListing {
  id: string;
  /** When the server last stored its JSON; null while only its Yjs state is there. */
  updatedAt: string | null;
}

export function createArticlesEndpoint(store: ArticleStore, files: YjsStateFiles, editors: EditorRegistry, log: ServerLog) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      response.end(JSON.stringify(body));
    };
    const path = new URL(request.url ?? '/', 'http://desk').pathname;
    if (request.method !== 'GET' || path !== '/articles') {
      reply(404, { error: 'not-found: this desk server answers GET /articles and WebSocket connections' });
      return;
    }
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const editor = token ? editors.editorOfToken(token) : undefined;
    if (!editor) {
      const reason = token
        ? 'unknown-token: no editor of this desk has that token; ask the desk chief for yours'
        : 'missing-token: send Authorization: Bearer <token>';
      log.refuse(undefined, 'the article list', reason);
      reply(401, { error: reason });
      return;
    }
    const listed = new Map<string, ArticleListing>();
    for (const id of await files.ids()) listed.set(id, { id, updatedAt: null });
    for (const summary of store.summaries()) listed.set(summary.id, { id: summary.id, updatedAt: summary.updatedAt });
    reply(200, { articles: [...listed.values()] });
  };
}
