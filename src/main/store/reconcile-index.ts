/**
 * Reading article files as the store trusts them, and making the index agree
 * with them: what an open after a crash (or without desk.json) does.
 */
import * as v from 'valibot';

import { type Article, ArticleSchema, type ArticleSummary, ArticleSummarySchema, summarize } from '../../shared/article';
import { describeIssues } from '../../shared/validation-issues';
import type { Clock } from '../ports';
import { AtomicJsonFile } from './atomic-json-file';
import { quarantineFile } from './quarantine';

/** Reads a file as an article; quarantines it (returning null, a message in `warnings`) if it is not one. Null when missing. */
export async function readValidArticle(path: string, dataDir: string, clock: Clock, warnings: string[]): Promise<Article | null> {
  let data: unknown;
  try {
    data = await new AtomicJsonFile<unknown>(path).read();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    warnings.push(await quarantineFile(dataDir, path, 'it is not valid JSON', clock.now()));
    return null;
  }
  if (data === null) return null;
  const result = v.safeParse(ArticleSchema, data);
  if (result.success) return result.output;
  warnings.push(await quarantineFile(dataDir, path, `it is not a valid article: ${describeIssues(result.issues)}`, clock.now()));
  return null;
}

/**
 * Makes the index rows agree with the article files. With `full`, every file is
 * re-read; otherwise only files the index lacks and rows that fail validation.
 * Returns true when the rows changed.
 */
export async function reconcileIndex(
  rows: Record<string, ArticleSummary>,
  articleIds: readonly string[],
  full: boolean,
  read: (id: string) => Promise<Article | null>,
): Promise<boolean> {
  const onDisk = new Set(articleIds);
  let changed = false;
  for (const id of Object.keys(rows)) {
    if (!onDisk.has(id)) {
      delete rows[id];
      changed = true;
    }
  }
  for (const id of articleIds) {
    const row = rows[id];
    if (!full && row && v.is(ArticleSummarySchema, row) && row.id === id) continue;
    const article = await read(id);
    const fresh = article && article.id === id ? summarize(article) : undefined;
    if (JSON.stringify(fresh) === JSON.stringify(row)) continue;
    if (fresh) rows[id] = fresh;
    else delete rows[id];
    changed = true;
  }
  return changed;
}
