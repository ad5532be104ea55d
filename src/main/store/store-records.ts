/**
 * The checks every record passes on its way into or out of the store's
 * in-memory index: articles are valid and loadable by the editor before they
 * are written; lookups by id never reach Object.prototype's members.
 */
import * as v from 'valibot';

import { type Article, ArticleSchema } from '../../shared/article';
import { editorBody } from '../body-policy';

/** An article as the store writes it: valid against the model, its body one the editor can load (see body-policy.ts). */
export function storable(article: Article): Article {
  const valid = v.parse(ArticleSchema, article);
  return { ...valid, body: editorBody(valid.body) };
}

/** The record's own value for `key` — never one inherited from Object.prototype ("constructor", "toString"…). */
export function ownValue<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
