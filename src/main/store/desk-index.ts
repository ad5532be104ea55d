/**
 * The index file `desk.json`: the schema version and a summary of every
 * article, so the desk lists and sorts without opening article files.
 */
import * as v from 'valibot';

import { type ArticleSummarySchema } from '../../shared/article';
import type { Speaker } from '../../shared/speaker';

export const DESK_SCHEMA_VERSION = 1;

export const DeskIndexSchema = v.object({
  schemaVersion: v.literal(DESK_SCHEMA_VERSION),
  // Rows are checked one by one on open (a bad row costs one article, not the desk).
  articles: v.custom<Record<string, unknown>>(isPlainObject, 'Expected an object of article summaries.'),
  speakers: v.optional(v.record(v.string(), v.unknown()), {}),
  mergedSpeakers: v.optional(v.record(v.string(), v.string()), {}),
});

export interface DeskIndex {
  schemaVersion: typeof DESK_SCHEMA_VERSION;
  /** Summaries by article id. Rows are validated one by one on open, so one bad row costs one article. */
  articles: Record<string, v.InferOutput<typeof ArticleSummarySchema>>;
  /** The speaker registry, by speaker id. Shared by every article. */
  speakers: Record<string, Speaker>;
  /** Speaker ids merged away → the id they were merged into, so late saves can be mended. */
  mergedSpeakers: Record<string, string>;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function emptyDeskIndex(): DeskIndex {
  return { schemaVersion: DESK_SCHEMA_VERSION, articles: {}, speakers: {}, mergedSpeakers: {} };
}
