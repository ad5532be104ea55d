/**
 * Revisions: snapshots of an article taken when its status changes, before a
 * restore overwrites it, every few minutes while it is edited, and by hand.
 * Nothing is ever lost: restoring a revision takes one of the current text first.
 */
import * as v from 'valibot';

import { ArticleStatusSchema, BodySchema } from './article';
import { idSchema } from './record-key';
import { RelatedLinkSchema } from './related-link';
import { TimestampSchema } from './timestamp';

export const REVISION_REASONS = ['status-change', 'interval', 'manual', 'before-restore', 'restored', 'created'] as const;
export const RevisionReasonSchema = v.picklist(REVISION_REASONS);
export type RevisionReason = v.InferOutput<typeof RevisionReasonSchema>;

export const RevisionIdSchema = idSchema('A revision');

/** The part of an article a revision keeps: everything an editor can change. */
export const RevisionSnapshotSchema = v.object({
  headline: v.string(),
  dateline: v.string(),
  byline: v.string(),
  status: ArticleStatusSchema,
  body: BodySchema,
  related: v.array(RelatedLinkSchema),
  speakers: v.array(v.string()),
});
export type RevisionSnapshot = v.InferOutput<typeof RevisionSnapshotSchema>;

/** What the revisions list shows, without opening the snapshot. */
export const RevisionSummarySchema = v.object({
  id: RevisionIdSchema,
  takenAt: TimestampSchema,
  reason: RevisionReasonSchema,
  label: v.pipe(v.string(), v.maxLength(200)),
  status: ArticleStatusSchema,
  headline: v.string(),
  wordCount: v.number(),
  characterCount: v.number(),
  /** Identifies the snapshot's content, so an unchanged text is not kept twice. */
  fingerprint: v.string(),
  /** Who was editing when it was taken (the display name); absent in revisions from before names were asked. */
  author: v.optional(v.pipe(v.string(), v.maxLength(80))),
});
export type RevisionSummary = v.InferOutput<typeof RevisionSummarySchema>;

/** Words a person reads for each reason, in the revisions list. */
export const REVISION_REASON_LABELS: Record<RevisionReason, string> = {
  'status-change': 'Status changed',
  interval: 'Autosaved version',
  manual: 'Saved by hand',
  'before-restore': 'Before a restore',
  restored: 'Restored',
  created: 'First version',
};
