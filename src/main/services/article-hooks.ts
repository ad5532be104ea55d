/**
 * Hooks other services hang on the articles service, so that what follows from
 * a save (links resolved, backlinks unlinked) lives with the capability it
 * belongs to instead of piling up inside articles.ts.
 */
import type { Article } from '../../shared/article';

export interface ArticleHooks {
  /** Adjusts an article just before it is written (pure; no I/O). */
  prepare?(article: Article): Article;
  /** Runs after an article was written; `before` is undefined for a new article. */
  saved?(article: Article, before: Article | undefined): Promise<void>;
}
