import { describe, expect, it } from 'vitest';

import type { NodeJson } from '../../../src/shared/article';
import { paragraphsToBody } from '../../../src/shared/body-text';
import { directQuotations } from '../../../src/shared/quotations';
import type { RevisionSnapshot } from '../../../src/shared/revision';
import { diffRevisions } from '../../../src/shared/revision-diff';

function snapshot(paragraphs: string[], extra: Partial<RevisionSnapshot> = {}): RevisionSnapshot {
  return {
    headline: 'Headline',
    dateline: 'PARIS',
    byline: '',
    status: 'draft',
    body: paragraphsToBody(paragraphs),
    related: [],
    speakers: [],
    ...extra,
  };
}

describe('diffRevisions', () => {
  it('shows inserted and deleted words in order, the rest unchanged', () => {
    const diff = diffRevisions(
      snapshot(['The council approved the plan on Monday.']),
      snapshot(['The city council rejected the plan on Monday.']),
    );
    expect(diff.body.filter((part) => part.kind !== 'equal')).toEqual([
      { kind: 'insert', text: 'city ' },
      { kind: 'delete', text: 'approved' },
      { kind: 'insert', text: 'rejected' },
    ]);
    expect(diff.body.map((part) => (part.kind === 'delete' ? '' : part.text)).join('')).toBe(
      'The city council rejected the plan on Monday.',
    );
  });

  it('lists changed metadata, speakers and related links', () => {
    const before = snapshot(['x'], {
      speakers: ['speaker-a'],
      related: [
        { headline: 'One', articleId: null, url: null, relation: 'see-also' },
        { headline: 'Two', articleId: null, url: null, relation: 'see-also' },
      ],
    });
    const after = snapshot(['x'], {
      headline: 'New headline',
      status: 'ready',
      speakers: ['speaker-b'],
      related: [
        { headline: 'Two', articleId: null, url: null, relation: 'see-also' },
        { headline: 'Three', articleId: null, url: null, relation: 'see-also' },
      ],
    });
    const diff = diffRevisions(before, after);
    expect(diff.fields).toEqual([
      { field: 'headline', before: 'Headline', after: 'New headline' },
      { field: 'status', before: 'draft', after: 'ready' },
    ]);
    expect(diff.speakers).toEqual({ added: ['speaker-b'], removed: ['speaker-a'] });
    expect(diff.related).toEqual({ added: ['Three'], removed: ['One'], reordered: false });
  });

  it('flags a direct quotation whose words changed, pairing it with its new wording', () => {
    const before = snapshot(['“We will not raise taxes this year,” the minister said.', 'Other text.']);
    const after = snapshot(['“We will not raise taxes this term,” the minister said.', 'Other text, edited.']);
    expect(diffRevisions(before, after).quotes).toEqual([
      { before: 'We will not raise taxes this year', after: 'We will not raise taxes this term' },
    ]);
  });

  it('flags a removed quotation and stays quiet when only the text around quotes changes', () => {
    expect(diffRevisions(snapshot(['He said "no comment" today.']), snapshot(['He declined to comment.'])).quotes).toEqual([
      { before: 'no comment', after: null },
    ]);
    expect(diffRevisions(snapshot(['He said "no comment" today.']), snapshot(['He said "no comment" on Friday.'])).quotes).toEqual([]);
  });
});

describe('directQuotations', () => {
  it('finds quotations marked as direct speech and those between curly or straight quote marks', () => {
    const body: NodeJson = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Talks will go on',
              marks: [{ type: 'speakerAttribution', attrs: { speakerId: 'speaker-a', kind: 'direct' } }],
            },
            { type: 'text', text: ', he said.' },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'She called it "a fantasy" and “a distraction,” then left.' }] },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Prices would rise',
              marks: [{ type: 'speakerAttribution', attrs: { speakerId: 'speaker-a', kind: 'paraphrase' } }],
            },
          ],
        },
      ],
    };
    expect(directQuotations(body)).toEqual(['Talks will go on', 'a fantasy', 'a distraction']);
  });
});
