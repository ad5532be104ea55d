/**
 * The one speaker-span walker: what a span is, and that the live document
 * (the panel, lint and colours) and stored JSON (revision diff, export)
 * agree on it, line breaks included.
 */
import { describe, expect, it } from 'vitest';

import { speakerSpansIn } from '../../../src/renderer/speakers/doc-speaker-spans';
import type { NodeJson } from '../../../src/shared/article';
import { collectQuotations } from '../../../src/shared/export/quotations';
import { directQuotations } from '../../../src/shared/quotations';
import { speakerSpansOf, tallySpeakerSpans } from '../../../src/shared/speaker-spans';
import { blockquote, bold, br, doc, italic, mention, p, paraphrase, quote, toDoc } from '../../support/document-builders';

const story = doc(
  p(
    'Foreign Ministry spokesman ',
    mention('hong', 'Hong Lei'),
    ' said the claims were ',
    quote('hong', 'groundless and ', bold('irresponsible')),
    '.',
  ),
  blockquote(p(quote('geng', 'It happens', br(), 'almost every day'))),
  p(paraphrase('geng', 'The army had never backed hacking'), ', ', mention('geng', 'Geng'), ' added.'),
);

describe('the speaker-span walker', () => {
  it('joins text split by other formatting into one span, with its text', () => {
    const quotes = speakerSpansOf(story).filter((span) => span.kind === 'direct' && span.speakerId === 'hong');
    expect(quotes.map((span) => span.text)).toEqual(['groundless and irresponsible']);
  });

  it('keeps a quote set over a line break as one span whose text carries the break', () => {
    expect(collectQuotations(story)).toEqual([
      { speakerId: 'hong', text: 'groundless and irresponsible' },
      { speakerId: 'geng', text: 'It happens\nalmost every day' },
    ]);
  });

  it('ends a span at the end of its paragraph and where another speaker starts', () => {
    const body = doc(p(quote('a', 'first part')), p(quote('a', 'second part'), quote('b', ' and another voice')));
    expect(speakerSpansOf(body).map((span) => `${span.speakerId}:${span.text}`)).toEqual([
      'a:first part',
      'a:second part',
      'b: and another voice',
    ]);
  });

  it('finds the same spans at the same positions in the live document as in stored JSON', () => {
    const live = speakerSpansIn(toDoc(story));
    const stored = speakerSpansOf(story);
    expect(live).toEqual(stored);
    const document = toDoc(story);
    for (const span of live) expect(document.textBetween(span.from, span.to, '\n', '\n')).toBe(span.text);
  });

  it('orders spans by where they start, a quote before a mention inside it', () => {
    const body = doc(p(quote('a', 'Ask ', mention('a', 'Berg'), ' about it')));
    expect(speakerSpansOf(body).map((span) => span.kind)).toEqual(['direct', 'mention']);
  });

  it('counts one span per run, whatever formatting splits it', () => {
    const body = doc(p(mention('a', 'Hong'), mention('a', italic(' Lei')), ' and ', mention('a', 'Hong')));
    expect(tallySpeakerSpans(speakerSpansOf(body)).get('a')).toEqual({ mentions: 2, direct: 0, paraphrases: 0 });
  });

  it('gives the revision diff the same quotes, plus text between quote marks', () => {
    const body: NodeJson = doc(p(quote('a', 'We will respond'), '. Critics called it “a fantasy”.'));
    expect(directQuotations(body)).toEqual(['We will respond', 'a fantasy']);
  });
});
