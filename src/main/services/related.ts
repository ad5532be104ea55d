/**
 * The related-stories service: links between articles kept consistent as the
 * desk changes.
 *
 * - A new or edited article's unresolved links are resolved against stored
 *   headlines (normalized: case, punctuation, quote style, whitespace).
 * - A stored article whose headline an unresolved link names resolves that link
 *   when it is imported, created or restored.
 * - Trashing an article turns links to it into unresolved links with its last
 *   headline; restoring it relinks them.
 */
import MiniSearch from 'minisearch';

import type { Article, ArticleSummary } from '../../shared/article';
import type { HeadlineMatch } from '../../shared/ipc/api';
import { isUnresolved, normalizeHeadline, type RelatedLink } from '../../shared/related-link';
import type { ArticleStore } from '../store/article-store';
import type { ArticleHooks } from './article-hooks';

export type { HeadlineMatch };

export interface LinkedFrom {
  id: string;
  headline: string;
}

export type RelatedService = ReturnType<typeof createRelatedService>;

const SEARCH_LIMIT = 20;

/** Folds case, accents and quote style of one search term. */
function foldTerm(term: string): string | null {
  const folded = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f’‘'"“”]/g, '')
    .toLowerCase();
  return folded === '' ? null : folded;
}

export function createRelatedService(store: ArticleStore) {
  const headlineIndex = new MiniSearch<HeadlineMatch>({
    fields: ['headline', 'dateline'],
    storeFields: ['headline', 'dateline', 'status'],
    processTerm: foldTerm,
  });
  const liveSummaries = () => store.summaries().filter((row) => !row.deletedAt);
  // Built in chunks right after open, so the first keystroke in the picker finds it ready
  // and main never stalls on a 10,000-headline index.
  const indexReady = headlineIndex.addAllAsync(
    liveSummaries().map(({ id, headline, dateline, status }) => ({ id, headline, dateline, status })),
    { chunkSize: 500 },
  );

  /** Waits for the background load first: adding an id the load is about to add would break the index. */
  async function reindexHeadline(article: Article): Promise<void> {
    await indexReady;
    if (headlineIndex.has(article.id)) headlineIndex.discard(article.id);
    if (!article.deletedAt)
      headlineIndex.add({ id: article.id, headline: article.headline, dateline: article.dateline, status: article.status });
  }

  /** Resolves an article's unresolved links against the stored headlines (never to itself). */
  function resolveOwnLinks(article: Article): Article {
    if (!article.related.some(isUnresolved)) return article;
    const byHeadline = new Map(
      liveSummaries()
        .filter((row) => row.id !== article.id && row.headline.trim())
        .map((row) => [normalizeHeadline(row.headline), row.id]),
    );
    const related = article.related.map((link): RelatedLink => {
      const id = isUnresolved(link) ? byHeadline.get(normalizeHeadline(link.headline)) : undefined;
      return id ? { ...link, articleId: id } : link;
    });
    return { ...article, related };
  }

  /** Rewrites the links of each candidate article, without touching its updatedAt. */
  async function rewriteLinks(candidates: ArticleSummary[], rewrite: (link: RelatedLink) => RelatedLink): Promise<void> {
    for (const row of candidates) {
      await store.modify(row.id, (article) => ({ ...article, related: article.related.map(rewrite) }));
    }
  }

  /** Points unresolved links that name `article`'s headline at it. */
  async function resolveLinksNaming(article: Article): Promise<void> {
    const key = normalizeHeadline(article.headline);
    if (!key) return;
    const naming = store.summaries().filter((row) => row.id !== article.id && row.unresolved.includes(key));
    await rewriteLinks(naming, (link) =>
      isUnresolved(link) && normalizeHeadline(link.headline) === key ? { ...link, articleId: article.id } : link,
    );
  }

  /** Turns links to `article` into unresolved links carrying its last headline. */
  async function unlinkArticle(article: Article): Promise<void> {
    const linking = store.summaries().filter((row) => row.linksTo.includes(article.id));
    await rewriteLinks(linking, (link) =>
      link.articleId === article.id ? { ...link, articleId: null, headline: article.headline.trim() || link.headline } : link,
    );
  }

  const hooks: ArticleHooks = {
    prepare: resolveOwnLinks,
    async saved(article, before) {
      await reindexHeadline(article);
      const trashedNow = Boolean(article.deletedAt) && !before?.deletedAt;
      if (trashedNow) return unlinkArticle(article);
      if (article.deletedAt) return;
      const becameFindable =
        !before || Boolean(before.deletedAt) || normalizeHeadline(before.headline) !== normalizeHeadline(article.headline);
      if (becameFindable) await resolveLinksNaming(article);
    },
  };

  return {
    hooks,

    /** Stored, live articles whose headline matches `query` (prefix and typo tolerant), best first. */
    async searchHeadlines(query: string, excludeId?: string, limit = SEARCH_LIMIT): Promise<HeadlineMatch[]> {
      const words = query.trim();
      if (!words) return [];
      await indexReady;
      return headlineIndex
        .search(words, { prefix: true, fuzzy: (term) => (term.length > 3 ? 0.2 : false), combineWith: 'AND', boost: { headline: 2 } })
        .filter((result) => result.id !== excludeId)
        .slice(0, limit)
        .map((result) => ({ id: String(result.id), headline: result.headline, dateline: result.dateline, status: result.status }));
    },

    /** Live articles that link to `id`, by headline. */
    linkedFrom(id: string): LinkedFrom[] {
      return liveSummaries()
        .filter((row) => row.linksTo.includes(id))
        .map((row) => ({ id: row.id, headline: row.headline }))
        .sort((a, b) => a.headline.localeCompare(b.headline));
    },
  };
}
