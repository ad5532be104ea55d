/**
 * The revisions service: takes revisions (automatically through the articles
 * service's hooks, and by hand), lists them, diffs any two (or one against the
 * current article) and restores one. A restore first keeps the current text as
 * a revision and then records the restored text as one: nothing is ever lost.
 */
import { createHash, randomUUID } from 'node:crypto';

import type { Article } from '../../shared/article';
import { bodyToPlainText, countWords } from '../../shared/body-text';
import { DeskError } from '../../shared/errors';
import type { RevisionReason, RevisionSnapshot, RevisionSummary } from '../../shared/revision';
import { diffRevisions, type RevisionDiff } from '../../shared/revision-diff';
import type { Clock } from '../ports';
import type { RevisionStore } from '../store/revision-store';
import type { ArticleHooks } from './article-hooks';
import type { ArticleService } from './articles';
import { automaticRevision } from './revision-policy';

export const CURRENT = 'current';

export type RevisionService = ReturnType<typeof createRevisionService>;

export function snapshotOf(article: Article): RevisionSnapshot {
  const { headline, dateline, byline, status, body, related, speakers } = article;
  return { headline, dateline, byline, status, body, related, speakers };
}

/** A short hash of what an editor can change (status aside), to spot unchanged texts. */
export function revisionFingerprint(article: Pick<Article, 'headline' | 'dateline' | 'byline' | 'body' | 'related'>): string {
  const { headline, dateline, byline, body, related } = article;
  return createHash('sha1')
    .update(JSON.stringify([headline, dateline, byline, body, related]))
    .digest('base64url')
    .slice(0, 16);
}

/** Who is editing now (the settings' display name), null when nobody has said. */
export type CurrentAuthor = () => Promise<string | null>;

export function createRevisionService(revisions: RevisionStore, clock: Clock, author: CurrentAuthor = async () => null) {
  let articles: ArticleService | undefined;
  /** Articles being restored: the restore takes its own revisions, so the save hook stands aside. */
  const restoring = new Set<string>();

  async function take(article: Article, reason: RevisionReason, label = ''): Promise<RevisionSummary> {
    const text = bodyToPlainText(article.body);
    const editing = await author();
    const summary: RevisionSummary = {
      id: randomUUID(),
      takenAt: clock.now().toISOString(),
      reason,
      label: label.trim(),
      status: article.status,
      headline: article.headline,
      wordCount: countWords(text),
      characterCount: text.replace(/\n/g, '').length,
      fingerprint: revisionFingerprint(article),
      ...(editing ? { author: editing } : {}),
    };
    await revisions.append(article.id, summary, snapshotOf(article));
    return summary;
  }

  function requireArticles(): ArticleService {
    if (!articles) throw new DeskError('internal', 'Revisions are not connected to the articles service.');
    return articles;
  }

  async function resolveSnapshot(articleId: string, revisionId: string): Promise<RevisionSnapshot> {
    if (revisionId === CURRENT) return snapshotOf(await requireArticles().get(articleId));
    return revisions.snapshot(articleId, revisionId);
  }

  const hooks: ArticleHooks = {
    async saved(article, before) {
      if (restoring.has(article.id)) return;
      const list = await revisions.list(article.id);
      const decision = automaticRevision({ before, after: article, last: list.at(-1), fingerprint: revisionFingerprint, now: clock.now() });
      if (decision) await take(decision.of === 'before' && before ? before : article, decision.reason);
    },
  };

  return {
    hooks,

    /** Connects the articles service (they depend on each other: restore writes an article). */
    connect(service: ArticleService): void {
      articles = service;
    },

    /** Newest first. */
    async list(articleId: string): Promise<RevisionSummary[]> {
      await requireArticles().get(articleId);
      return (await revisions.list(articleId)).reverse();
    },

    /** "Save version": a revision of the article as it is now, with an optional label. */
    async saveVersion(articleId: string, label = ''): Promise<RevisionSummary> {
      return take(await requireArticles().get(articleId), 'manual', label);
    },

    /** What changed from `fromId` to `toId` (either may be "current"). */
    async diff(articleId: string, fromId: string, toId: string): Promise<RevisionDiff> {
      const [from, to] = await Promise.all([resolveSnapshot(articleId, fromId), resolveSnapshot(articleId, toId)]);
      return diffRevisions(from, to);
    },

    /** Restores a revision: keeps the current text first, then records the restored one. */
    async restore(articleId: string, revisionId: string): Promise<Article> {
      const service = requireArticles();
      const current = await service.get(articleId);
      if (current.deletedAt) {
        throw new DeskError(
          'invalid-request',
          `“${current.headline || 'Untitled'}” is in the trash. Restore the article first, then restore a revision.`,
        );
      }
      const snapshot = await revisions.snapshot(articleId, revisionId);
      const chosen = (await revisions.list(articleId)).find((revision) => revision.id === revisionId);
      await take(current, 'before-restore');
      const { headline, dateline, byline, status, body, related } = snapshot;
      restoring.add(articleId);
      let restored: Article;
      try {
        restored = await service.update(articleId, { headline, dateline, byline, status, body, related });
      } finally {
        restoring.delete(articleId);
      }
      const when = chosen ? chosen.takenAt : '';
      await take(restored, 'restored', chosen?.label ? `From “${chosen.label}”` : when ? `From ${when}` : '');
      return restored;
    },
  };
}
