/**
 * When the desk takes a revision on its own. A revision is the article as it
 * stood at that moment:
 *
 * - when the status changes: the article at its new status;
 * - while editing, at most once every few minutes: the text as it was before
 *   the edit that arrived (so the first edit of an imported story keeps the
 *   original), unless that text is already the newest revision.
 *
 * Pure, so the policy is tested without a store.
 */
import type { Article } from '../../shared/article';
import type { RevisionReason, RevisionSummary } from '../../shared/revision';

/** At most one automatic revision per this interval while an article is being edited. */
export const REVISION_INTERVAL_MS = 5 * 60 * 1000;

export interface PolicyInput {
  before: Article | undefined;
  after: Article;
  /** The article's newest revision, if any. */
  last: RevisionSummary | undefined;
  /** Fingerprint of an article's editable content (see revisionFingerprint). */
  fingerprint: (article: Article) => string;
  now: Date;
}

export interface RevisionDecision {
  reason: RevisionReason;
  /** Which state to keep: the article before this save, or after it. */
  of: 'before' | 'after';
}

/** What revision to take for a save, or null for none. */
export function automaticRevision({ before, after, last, fingerprint, now }: PolicyInput): RevisionDecision | null {
  if (!before || after.deletedAt || before.deletedAt) return null;
  if (before.status !== after.status) return { reason: 'status-change', of: 'after' };
  const edited = fingerprint(before) !== fingerprint(after);
  if (!edited) return null;
  if (last && fingerprint(before) === last.fingerprint) return null;
  if (last && now.getTime() - Date.parse(last.takenAt) < REVISION_INTERVAL_MS) return null;
  return { reason: last ? 'interval' : 'created', of: 'before' };
}
