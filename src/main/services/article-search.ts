/**
 * Full-text search over the desk's articles (headline, dateline, byline, body).
 *
 * The index is built on the first query by reading every article once, then
 * kept current by `update`/`remove` on every save, so opening the desk stays
 * fast and searching after that does no I/O.
 */
import MiniSearch from 'minisearch';
import type { Article } from '../../shared/article';
import { bodyToPlainText } from '../../shared/body-text';

interface SearchDocument {
  id: string;
  headline: string;
  dateline: string;
  byline: string;
  text: string;
}

function toDocument(article: Article): SearchDocument {
  const { id, headline, dateline, byline, body } = article;
  return { id, headline, dateline, byline, text: bodyToPlainText(body) };
}

/** Folds case and accents, and treats curly and straight quotes alike. */
function normalizeTerm(term: string): string {
  return term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase();
}

export class ArticleSearch {
  readonly #loadAll: () => Promise<Article[]>;
  #index: MiniSearch<SearchDocument> | undefined;
  #building: Promise<MiniSearch<SearchDocument>> | undefined;
  /** Articles saved (or removed: null) while the index was being built. */
  readonly #changedWhileBuilding = new Map<string, Article | null>();

  /** `loadAll` reads every article; it runs once, on the first search. */
  constructor(loadAll: () => Promise<Article[]>) {
    this.#loadAll = loadAll;
  }

  /** Ids of articles matching every word of `query` (prefix and typo-tolerant), best first. */
  async search(query: string): Promise<string[]> {
    const index = await this.#ready();
    return index
      .search(query, { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND', boost: { headline: 3 } })
      .map((result) => String(result.id));
  }

  /** Adds or replaces an article in the index (remembered while the index is being built). */
  update(article: Article): void {
    if (!this.#index) {
      if (this.#building) this.#changedWhileBuilding.set(article.id, article);
      return;
    }
    if (this.#index.has(article.id)) this.#index.discard(article.id);
    this.#index.add(toDocument(article));
  }

  remove(id: string): void {
    if (!this.#index) {
      if (this.#building) this.#changedWhileBuilding.set(id, null);
      return;
    }
    if (this.#index.has(id)) this.#index.discard(id);
  }

  #ready(): Promise<MiniSearch<SearchDocument>> {
    this.#building ??= this.#build().catch((error: unknown) => {
      // A failed build is not kept: the next search tries again.
      this.#building = undefined;
      throw error;
    });
    return this.#building;
  }

  async #build(): Promise<MiniSearch<SearchDocument>> {
    const index = new MiniSearch<SearchDocument>({
      fields: ['headline', 'dateline', 'byline', 'text'],
      processTerm: (term) => normalizeTerm(term),
    });
    this.#changedWhileBuilding.clear();
    index.addAll((await this.#loadAll()).map(toDocument));
    // Saves that landed while the articles were being read win over what was read.
    for (const [id, article] of this.#changedWhileBuilding) {
      if (index.has(id)) index.discard(id);
      if (article && !article.deletedAt) index.add(toDocument(article));
    }
    this.#changedWhileBuilding.clear();
    this.#index = index;
    return index;
  }
}
