/**
 * The articles service: list, open, create, edit, trash and restore articles.
 * A plain object of async functions over the store; main's IPC and the CLI both use it.
 */
import { randomUUID } from 'node:crypto';

import * as v from 'valibot';

import {
  type Article,
  type ArticleFields,
  ArticleSchema,
  type ArticleStatus,
  type ArticleSummary,
  emptyBody,
  type NodeJson,
} from '../../shared/article';
import { countBodyWords } from '../../shared/body-text';
import { DeskError } from '../../shared/errors';
import { slugify } from '../../shared/slug';
import type { Speaker } from '../../shared/speaker';
import { reassignSpeakerSpans, speakerIdsInBody } from '../../shared/speaker-spans';
import { describeIssues } from '../../shared/validation-issues';
import type { Clock } from '../ports';
import type { ArticleStore } from '../store/article-store';
import type { ArticleHooks } from './article-hooks';
import { ArticleSearch } from './article-search';
import { applyMetadataRules } from './metadata-rules';

export interface ListQuery {
  query?: string;
  status?: ArticleStatus | 'all';
  trash?: boolean;
}

export type ArticleService = ReturnType<typeof createArticleService>;

/** Newest change first; ties broken by headline so the order is stable. ISO times compare as plain strings (no locale rules: fast on 10,000 rows). */
function byLastChange(a: ArticleSummary, b: ArticleSummary): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.headline.localeCompare(b.headline);
}

/**
 * `hooks` run in order on every save (see article-hooks.ts); `deskLanguage`
 * gives the language a new article is written in when it does not say (the settings').
 */
export function createArticleService(
  store: ArticleStore,
  clock: Clock,
  hooks: ArticleHooks[] = [],
  deskLanguage: () => Promise<string | null> = async () => null,
) {
  const search = new ArticleSearch({
    ids: () => store.summaries().map((summary) => summary.id),
    read: async (id) => {
      try {
        return await store.read(id);
      } catch (error) {
        if (error instanceof DeskError && error.code === 'not-found') return null;
        throw error;
      }
    },
  });

  /** The fields of a new article, in the desk's language unless they name one. */
  async function withDeskLanguage(fields: ArticleFields): Promise<ArticleFields> {
    if (fields.language !== undefined) return fields;
    const language = await deskLanguage().catch(() => null);
    return language ? { ...fields, language } : fields;
  }

  function blank(): Article {
    const now = clock.now().toISOString();
    return {
      id: randomUUID(),
      slug: '',
      headline: '',
      dateline: '',
      byline: '',
      status: 'draft',
      body: emptyBody(),
      related: [],
      speakers: [],
      createdAt: now,
      updatedAt: now,
      wordCount: 0,
    };
  }

  function requireSummary(id: string): ArticleSummary {
    const summary = store.summary(id);
    if (!summary) throw new DeskError('not-found', `No article with id ${id} is in the desk. It may have been deleted; refresh the list.`);
    return summary;
  }

  /** Runs the prepare hooks on a version about to be written. */
  function prepared(article: Article): Article {
    return hooks.reduce((next, hook) => hook.prepare?.(next) ?? next, article);
  }

  /** After a write: keeps the search index current and runs the saved hooks (outside the article's lock). */
  async function afterSave(article: Article, before: Article | undefined): Promise<Article> {
    if (article.deletedAt) search.remove(article.id);
    else search.update(article);
    for (const hook of hooks) await hook.saved?.(article, before);
    return article;
  }

  /** Changes a stored article atomically, then runs what follows from the save. */
  async function modify(id: string, change: (article: Article) => Article): Promise<Article> {
    requireSummary(id);
    const [before, after] = await store.modify(id, (article) => prepared(change(article)));
    return afterSave(after, before);
  }

  /** Points spans at speakers merged away (e.g. from an editor that was open during a merge) to their survivor. */
  function mendMergedSpeakers(body: NodeJson): NodeJson {
    let mended = body;
    for (const id of speakerIdsInBody(body)) {
      const survivor = store.mergedInto(id);
      if (survivor) mended = reassignSpeakerSpans(mended, id, survivor);
    }
    return mended;
  }

  /** Applies edited fields, keeping slug, word count and updatedAt consistent with them. */
  function withFields(article: Article, fields: ArticleFields, isNew = false): Article {
    // A field present but undefined means "not sent": it must not erase the stored value.
    const sent = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as ArticleFields;
    const now = clock.now();
    let next: Article = { ...article, ...sent, updatedAt: now.toISOString() };
    next = applyMetadataRules(next, sent, isNew ? undefined : article, { now, summaries: () => store.summaries() });
    next.body = mendMergedSpeakers(next.body);
    next.slug = slugify(next.headline);
    next.wordCount = countBodyWords(next.body);
    next.speakers = speakerIdsInBody(next.body);
    return checked(next);
  }

  /** One batch may not give two articles the same slugline (the store check sees only stored ones). */
  function refuseRepeatedSluglines(articles: readonly Article[]): void {
    const seen = new Map<string, Article>();
    for (const article of articles) {
      const key = article.slugline?.toLowerCase();
      if (!key) continue;
      const first = seen.get(key);
      if (first) {
        throw new DeskError(
          'invalid-request',
          `“${first.headline || 'Untitled'}” and “${article.headline || 'Untitled'}” both have the slugline ${article.slugline}. Sluglines are unique on the desk: change one and try again.`,
        );
      }
      seen.set(key, article);
    }
  }

  /** Refuses an article that breaks the model, naming the field, before anything is written. */
  function checked(article: Article): Article {
    const result = v.safeParse(ArticleSchema, article);
    if (result.success) return article;
    throw new DeskError(
      'invalid-request',
      `The article was not saved: ${describeIssues(result.issues)}. Shorten or fix that field and try again.`,
    );
  }

  return {
    /** Starts building the search index in the background (the window calls this as the desk opens). */
    warmSearch(): void {
      search.warm();
    },

    /** Summaries sorted by last change; `query` searches headline, dateline, byline and body. */
    async list({ query, status = 'all', trash = false }: ListQuery = {}): Promise<ArticleSummary[]> {
      let rows = store.summaries().filter((row) => Boolean(row.deletedAt) === trash && (status === 'all' || row.status === status));
      const words = query?.trim();
      if (words) {
        const matches = new Set(await search.search(words));
        rows = rows.filter((row) => matches.has(row.id));
      }
      return rows.sort(byLastChange);
    },

    async get(id: string): Promise<Article> {
      requireSummary(id);
      return store.read(id);
    },

    async create(fields: ArticleFields = {}): Promise<Article> {
      const article = prepared(withFields(blank(), await withDeskLanguage(fields), true));
      await store.write(article);
      return afterSave(article, undefined);
    },

    /**
     * Creates several articles, and the registry speakers their bodies name, as
     * one step a crash cannot split (all are in the desk afterwards, or none);
     * then runs each one's save hooks (links in other articles that name them are resolved).
     */
    async createBatch(fieldsList: readonly ArticleFields[], speakers: readonly Speaker[] = []): Promise<Article[]> {
      const withLanguage = await Promise.all(fieldsList.map(withDeskLanguage));
      const created = withLanguage.map((fields) => prepared(withFields(blank(), fields, true)));
      refuseRepeatedSluglines(created);
      await store.writeBatch(created, speakers);
      for (const article of created) await afterSave(article, undefined);
      return created;
    },

    async update(id: string, fields: ArticleFields): Promise<Article> {
      return modify(id, (article) => {
        if (article.deletedAt) {
          throw new DeskError('invalid-request', `“${article.headline || 'Untitled'}” is in the trash. Restore it before editing.`);
        }
        return withFields(article, fields);
      });
    },

    /** Moves an article to the trash; `restore` brings it back unchanged. */
    async remove(id: string): Promise<ArticleSummary> {
      const trashed = await modify(id, (article) => ({ ...article, deletedAt: clock.now().toISOString() }));
      return store.summary(trashed.id) ?? requireSummary(id);
    },

    async restore(id: string): Promise<Article> {
      return modify(id, ({ deletedAt: _deletedAt, ...article }) => article);
    },

    /** Deletes every story in the trash for good (files and revisions); resolves with how many went. */
    async emptyTrash(): Promise<number> {
      const trashed = store.summaries().filter((summary) => summary.deletedAt);
      for (const summary of trashed) {
        search.remove(summary.id);
        await store.purge(summary.id);
      }
      return trashed.length;
    },
  };
}
