/**
 * The paged article list (channels `articles:page` and `articles:rows`): a view's
 * ids in order plus the summaries of one stretch of them, then more summaries by id.
 */
import * as v from 'valibot';

import { ArticleIdSchema, ArticleStatusSchema, type ArticleSummary } from '../article';

/** The most summaries one reply carries. */
export const MAX_PAGE_ROWS = 500;

export const ArticlePageRequestSchema = v.object({
  query: v.optional(v.pipe(v.string(), v.maxLength(500))),
  status: v.optional(v.union([ArticleStatusSchema, v.literal('all')])),
  /** List the trash instead of the desk. */
  trash: v.optional(v.boolean()),
  /** The first row whose summary the reply carries. */
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** How many summaries the reply carries from `offset`. */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PAGE_ROWS))),
});
export type ArticlePageRequest = v.InferOutput<typeof ArticlePageRequestSchema>;

export const ArticleRowsRequestSchema = v.object({ ids: v.pipe(v.array(ArticleIdSchema), v.maxLength(MAX_PAGE_ROWS)) });

export interface ArticlePage {
  /** Every row of the view, in order (last change first): its length is the total. */
  ids: string[];
  /** Where `rows` starts in `ids`. */
  offset: number;
  /** The summaries of ids[offset], ids[offset + 1], … */
  rows: ArticleSummary[];
}
