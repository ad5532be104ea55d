import { describe, expect, it } from 'vitest';

import type { NodeJson } from '../../../../src/shared/article';
import type { ArticleContent } from '../../../../src/shared/sync/article-content';
import { reviewMerge } from '../../../../src/shared/sync/merge-review';

const SPEAKER = 'speaker-hong-lei';
const OTHER = 'speaker-ana-ruiz';

/** A body of one paragraph: prose, then a direct quote by `speakerId`, then prose. */
function article(headline: string, quote: string, prose = 'the spokesman said.', speakerId = SPEAKER): ArticleContent {
  const body: NodeJson = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: quote, marks: [{ type: 'speakerAttribution', attrs: { speakerId, kind: 'direct' } }] },
          { type: 'text', text: `, ${prose}` },
        ],
      },
    ],
  };
  return {
    headline,
    dateline: '',
    byline: '',
    status: 'draft',
    targetWords: null,
    related: [],
    createdAt: '2026-03-04T09:30:00.000Z',
    deletedAt: null,
    body,
  };
}

describe('reviewMerge', () => {
  it('lists a quote both sides changed as a conflict, with every version of its text', () => {
    const items = reviewMerge({
      base: article('Inquiry opens', 'The allegations are groundless'),
      mine: article('Inquiry opens', 'The allegations are baseless'),
      theirs: article('Inquiry opens', 'The allegations are unfounded'),
      merged: article('Inquiry opens', 'The allegations are unfoundedbaseless'),
    });
    expect(items).toEqual([
      {
        part: 'direct quote',
        ordinal: 1,
        conflict: true,
        base: 'The allegations are groundless',
        mine: 'The allegations are baseless',
        theirs: 'The allegations are unfounded',
        merged: 'The allegations are unfoundedbaseless',
      },
    ]);
  });

  it('lists a headline both sides changed as a conflict even when they agree', () => {
    const items = reviewMerge({
      base: article('Inquiry opens', 'Q'),
      mine: article('Inquiry opens today', 'Q'),
      theirs: article('Inquiry opens today', 'Q'),
      merged: article('Inquiry opens today', 'Q'),
    });
    expect(items.map(({ part, conflict }) => ({ part, conflict }))).toEqual([{ part: 'headline', conflict: true }]);
  });

  it('lists a speaker changed only on the other side as a change to review, not a conflict', () => {
    const items = reviewMerge({
      base: article('H', 'Q'),
      mine: article('H', 'Q'),
      theirs: article('H', 'Q', undefined, OTHER),
      merged: article('H', 'Q', undefined, OTHER),
    });
    expect(items).toEqual([{ part: 'direct quote', ordinal: 1, conflict: false, base: 'Q', mine: 'Q', theirs: 'Q', merged: 'Q' }]);
  });

  it('lists nothing when only prose outside quotes changed, on either side', () => {
    const items = reviewMerge({
      base: article('H', 'Q', 'he said.'),
      mine: article('H', 'Q', 'he said on Monday.'),
      theirs: article('H', 'Q', 'he told reporters.'),
      merged: article('H', 'Q', 'he told reporters on Monday.'),
    });
    expect(items).toEqual([]);
  });
});
