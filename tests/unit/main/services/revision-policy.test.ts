import { describe, expect, it } from 'vitest';

import { automaticRevision, REVISION_INTERVAL_MS } from '../../../../src/main/services/revision-policy';
import { revisionFingerprint } from '../../../../src/main/services/revisions';
import type { Article } from '../../../../src/shared/article';
import { paragraphsToBody } from '../../../../src/shared/body-text';
import type { RevisionSummary } from '../../../../src/shared/revision';

const T0 = Date.parse('2026-11-26T09:00:00.000Z');

function article(text: string, status: Article['status'] = 'draft'): Article {
  return {
    id: 'article-1',
    slug: 's',
    headline: 'H',
    dateline: '',
    byline: '',
    status,
    body: paragraphsToBody([text]),
    related: [],
    speakers: [],
    createdAt: new Date(T0).toISOString(),
    updatedAt: new Date(T0).toISOString(),
    wordCount: 1,
  };
}

function revisionOf(text: string, minutesAfterT0: number): RevisionSummary {
  return {
    id: 'revision-1',
    takenAt: new Date(T0 + minutesAfterT0 * 60_000).toISOString(),
    reason: 'interval',
    label: '',
    status: 'draft',
    headline: 'H',
    wordCount: 1,
    characterCount: 1,
    fingerprint: revisionFingerprint(article(text)),
  };
}

const decide = (before: Article | undefined, after: Article, last: RevisionSummary | undefined, minutesAfterT0: number) =>
  automaticRevision({ before, after, last, fingerprint: revisionFingerprint, now: new Date(T0 + minutesAfterT0 * 60_000) });

describe('the automatic revision policy', () => {
  it('keeps the article at its new status whenever the status changes', () => {
    expect(decide(article('a'), article('a', 'ready'), revisionOf('a', 0), 1)).toEqual({ reason: 'status-change', of: 'after' });
  });

  it('keeps the original text when the first edit arrives', () => {
    expect(decide(article('imported'), article('imported, edited'), undefined, 0)).toEqual({ reason: 'created', of: 'before' });
  });

  it('takes at most one revision per interval while editing', () => {
    const last = revisionOf('v1', 0);
    expect(decide(article('v2'), article('v3'), last, 2)).toBeNull();
    expect(decide(article('v2'), article('v3'), last, REVISION_INTERVAL_MS / 60_000)).toEqual({ reason: 'interval', of: 'before' });
  });

  it('does not keep the same text twice, and ignores saves that change nothing', () => {
    expect(decide(article('v1'), article('v2'), revisionOf('v1', 0), 60)).toBeNull();
    expect(decide(article('same'), article('same'), revisionOf('old', 0), 60)).toBeNull();
  });

  it('takes nothing for a new article or for the trash', () => {
    expect(decide(undefined, article('new'), undefined, 0)).toBeNull();
    expect(decide(article('a'), { ...article('b'), deletedAt: new Date(T0).toISOString() }, undefined, 60)).toBeNull();
  });
});
