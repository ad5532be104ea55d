/**
 * Full-text search over the desk's articles (headline, dateline, byline, body,
 * and the slugline, keywords and subject labels of their metadata, and the
 * messages of its editorial notes).
 *
 * The index is built once by reading every article, then kept current by
 * `update`/`remove` on every save, so searching does no I/O. `warm()` builds it
 * in the background (the window asks right after the desk opens); otherwise the
 * first search does. The build reads and indexes a few dozen articles at a time
 * and yields between chunks, so saves and other calls never wait behind it for
 * more than one chunk. A save during the build goes straight into the index and
 * the build skips that article (what was saved is newer than what it read).
 */
import MiniSearch from 'minisearch';

import type { Article } from '../../shared/article';
import { bodyToPlainText } from '../../shared/body-text';
import { topicLabel } from '../../shared/metadata/media-topics';
import { notesText } from '../../shared/notes/note-thread';

interface SearchDocument {
  id: string;
  headline: string;
  dateline: string;
  byline: string;
  text: string;
  /** Slugline, keywords and subject labels. */
  tags: string;
  /** The messages of its editorial notes. */
  notes: string;
}

function toDocument(article: Article): SearchDocument {
  const { id, headline, dateline, byline, body } = article;
  const tags = [
    article.slugline?.replace(/[-_]+/g, ' ') ?? '',
    ...(article.keywords ?? []),
    ...(article.subjects ?? []).map(topicLabel),
  ].join('\n');
  return { id, headline, dateline, byline, text: bodyToPlainText(body), tags, notes: notesText(article.notes) };
}

/** Folds case and accents, and treats curly and straight quotes alike. */
function normalizeTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

/** Articles read and indexed between two yields to the event loop. */
const CHUNK_SIZE = 50;

export interface SearchSource {
  /** The ids of the articles to index (trashed ones are skipped when read). */
  ids(): string[];
  /** Reads one article; null when it is gone. */
  read(id: string): Promise<Article | null>;
}

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export class ArticleSearch {
  readonly #source: SearchSource;
  #index: MiniSearch<SearchDocument> | undefined;
  /** The index being built: saves go into it at once. */
  #partial: MiniSearch<SearchDocument> | undefined;
  #building: Promise<MiniSearch<SearchDocument>> | undefined;
  /** Articles saved or removed while the index was being built: the build leaves them alone. */
  readonly #changedWhileBuilding = new Set<string>();

  constructor(source: SearchSource) {
    this.#source = source;
  }

  /** Starts building the index in the background unless it is built or being built. */
  warm(): void {
    this.#ready().catch(() => undefined); // a failed build is retried by the next search, which reports it
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
    const index = this.#index ?? this.#partial;
    if (!index) return;
    if (this.#partial) this.#changedWhileBuilding.add(article.id);
    if (index.has(article.id)) index.discard(article.id);
    index.add(toDocument(article));
  }

  remove(id: string): void {
    const index = this.#index ?? this.#partial;
    if (!index) return;
    if (this.#partial) this.#changedWhileBuilding.add(id);
    if (index.has(id)) index.discard(id);
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
      fields: ['headline', 'dateline', 'byline', 'text', 'tags', 'notes'],
      processTerm: (term) => normalizeTerm(term),
    });
    this.#changedWhileBuilding.clear();
    this.#partial = index;
    try {
      const ids = this.#source.ids();
      for (let start = 0; start < ids.length; start += CHUNK_SIZE) {
        const articles = await Promise.all(ids.slice(start, start + CHUNK_SIZE).map((id) => this.#source.read(id)));
        for (const article of articles) {
          if (!article || article.deletedAt || this.#changedWhileBuilding.has(article.id) || index.has(article.id)) continue;
          index.add(toDocument(article));
        }
        await yieldToOthers();
      }
    } finally {
      this.#partial = undefined;
      this.#changedWhileBuilding.clear();
    }
    this.#index = index;
    return index;
  }
}
