/** The desk server's list of article ids (`GET /articles` with the editor's token). */
import * as v from 'valibot';

import { ServerUnreachable, SyncRefused } from './sync-errors';

const ListingSchema = v.object({
  articles: v.array(v.object({ id: v.string(), updatedAt: v.nullable(v.string()) })),
});
export type ServerArticle = v.InferOutput<typeof ListingSchema>['articles'][number];

/** `serverUrl` is the ws:// (or wss://) address; the listing is on the same host over http(s). */
export async function fetchServerArticles(serverUrl: string, token: string): Promise<ServerArticle[]> {
  const url = new URL('/articles', serverUrl.replace(/^ws/, 'http'));
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    throw new ServerUnreachable(serverUrl, cause?.code ?? (error as Error).message);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 401) {
    const reason = typeof body === 'object' && body && 'error' in body ? String(body.error) : 'refused';
    throw new SyncRefused(reason);
  }
  const listing = v.safeParse(ListingSchema, body);
  if (!response.ok || !listing.success)
    throw new ServerUnreachable(serverUrl, `it answered ${response.status} without an article list; is that a desk server?`);
  return listing.output.articles;
}
