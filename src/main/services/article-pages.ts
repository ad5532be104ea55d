/**
 * Article pages: the list as the window reads it when the desk holds thousands
 * of stories. A page answers with the ids of every row of the view, in order
 * (so the window knows the length, can move the keyboard to any row and select
 * ranges), and the summaries of one stretch of them; `rows` gives the summaries
 * of more ids as the list scrolls.
 *
 * The first page asked for starts building the search index in the background
 * (article-search.ts), so the first search finds it ready.
 */
import type { ArticleSummary } from '../../shared/article';
import type { ArticlePage, ArticlePageRequest } from '../../shared/ipc/article-page';
import type { ArticleStore } from '../store/article-store';
import type { ArticleService } from './articles';

export type ArticlePageService = ReturnType<typeof createArticlePageService>;

export function createArticlePageService(store: ArticleStore, articles: ArticleService) {
  return {
    async page({ offset = 0, limit = 100, ...query }: ArticlePageRequest): Promise<ArticlePage> {
      articles.warmSearch();
      const rows = await articles.list(query);
      return { ids: rows.map((row) => row.id), offset, rows: rows.slice(offset, offset + limit) };
    },

    /** The summaries of `ids` that are still in the desk, in the order given. */
    rows(ids: readonly string[]): ArticleSummary[] {
      return ids.flatMap((id) => {
        const summary = store.summary(id);
        return summary ? [summary] : [];
      });
    },
  };
}
