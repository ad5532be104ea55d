/**
 * The part of an article that the shared desk syncs, and the way back from it
 * to a whole stored article. Slug, word count and speaker ids are derived, and
 * updatedAt is the time of the save, so none of them travel.
 */
import type { Article, ArticleStatus, NodeJson } from '../article';
import { countBodyWords } from '../body-text';
import { normalizeBody } from '../import/desk-schema';
import type { NoteThread } from '../notes/note-thread';
import type { RelatedLink } from '../related-link';
import { slugify } from '../slug';
import { speakerIdsInBody } from '../speaker-spans';

export interface ArticleContent {
  headline: string;
  dateline: string;
  byline: string;
  status: ArticleStatus;
  targetWords: number | null;
  related: RelatedLink[];
  body: NodeJson;
  createdAt: string;
  /** Set while the article is in the trash. */
  deletedAt: string | null;
  /** Editorial notes' threads (their anchors are marks in the body); empty when there are none. */
  notes?: NoteThread[];
}

/** What of a stored article syncs (the body normalised as ProseMirror stores it). */
export function contentOfArticle(article: Article): ArticleContent {
  return {
    headline: article.headline,
    dateline: article.dateline,
    byline: article.byline,
    status: article.status,
    targetWords: article.targetWords ?? null,
    related: article.related,
    body: normalizeBody(article.body),
    createdAt: article.createdAt,
    deletedAt: article.deletedAt ?? null,
    ...(article.notes?.length ? { notes: article.notes } : {}),
  };
}

/** The content as one string with its fields in a fixed order: equal contents give equal strings. */
export function contentKey(content: ArticleContent): string {
  const { headline, dateline, byline, status, targetWords, related, body, createdAt, deletedAt, notes } = content;
  const key: unknown[] = [headline, dateline, byline, status, targetWords, related, createdAt, deletedAt, body];
  // Only an article with notes has them in its key: every other article keeps the key (and seed) it had.
  if (notes?.length) key.push(notes);
  return JSON.stringify(key);
}

/** True when two contents are the same article text and fields. */
export function sameContent(first: ArticleContent, second: ArticleContent): boolean {
  return contentKey(first) === contentKey(second);
}

/**
 * The stored article for synced content: `existing` keeps its id; slug, word
 * count and speakers are derived again; updatedAt is `now`. Validation is the
 * store's job (it refuses an article that breaks the model).
 */
export function articleFromContent(id: string, content: ArticleContent, now: string): Article {
  const article: Article = {
    id,
    slug: slugify(content.headline),
    headline: content.headline,
    dateline: content.dateline,
    byline: content.byline,
    status: content.status,
    body: content.body,
    related: content.related,
    speakers: speakerIdsInBody(content.body),
    createdAt: content.createdAt,
    updatedAt: now,
    wordCount: countBodyWords(content.body),
    targetWords: content.targetWords,
  };
  if (content.deletedAt) article.deletedAt = content.deletedAt;
  if (content.notes?.length) article.notes = content.notes;
  return article;
}
