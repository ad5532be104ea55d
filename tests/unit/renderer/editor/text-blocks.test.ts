import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';

import { offsetsOfRange, rangeOfOffsets, textBlocks } from '../../../../src/renderer/editor/text-blocks';
import { speakerSpansIn } from '../../../../src/renderer/speakers/doc-speaker-spans';
import { deskExtensions } from '../../../../src/shared/editor-schema';

const schema = getSchema(deskExtensions());
const doc = (json: object) => ProseMirrorNode.fromJSON(schema, json);
const text = (value: string, marks?: object[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });

const body = doc({
  type: 'doc',
  content: [
    paragraph(text('BEIJING - China refuted the claims.')),
    { type: 'heading', attrs: { level: 2 }, content: [text('Reaction')] },
    paragraph(
      text('"Firmly opposing cyber attacks," '),
      text('Hong', [{ type: 'speakerMention', attrs: { speakerId: 'hong-lei-1' } }]),
      text(' said.'),
    ),
    { type: 'paragraph' },
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('one'), { type: 'hardBreak' }, text('two'))] }] },
  ],
});

describe('text blocks', () => {
  it('lists every textblock in order, empty ones included, a hard break reading as a space', () => {
    expect(textBlocks(body).map((block) => block.text)).toEqual([
      'BEIJING - China refuted the claims.',
      'Reaction',
      '"Firmly opposing cyber attacks," Hong said.',
      '',
      'one two',
    ]);
  });

  it('maps paragraph offsets to the positions of exactly those characters', () => {
    const blocks = textBlocks(body);
    const range = rangeOfOffsets(blocks, 2, 33, 37);
    expect(range).not.toBeNull();
    expect(body.textBetween(range!.from, range!.to)).toBe('Hong');
    const inList = rangeOfOffsets(blocks, 4, 4, 7);
    expect(body.textBetween(inList!.from, inList!.to)).toBe('two');
  });

  it('maps a range back to its paragraph offsets', () => {
    const blocks = textBlocks(body);
    const range = rangeOfOffsets(blocks, 0, 10, 15)!;
    expect(offsetsOfRange(blocks, range)).toEqual({ paragraph: 0, start: 10, end: 15 });
  });

  it('refuses offsets outside the paragraph and ranges that span two blocks', () => {
    const blocks = textBlocks(body);
    expect(rangeOfOffsets(blocks, 1, 0, 99)).toBeNull();
    expect(rangeOfOffsets(blocks, 9, 0, 1)).toBeNull();
    expect(offsetsOfRange(blocks, { from: blocks[0].from, to: blocks[1].from + 2 })).toBeNull();
  });
});

describe('speaker spans of a document', () => {
  it('joins adjacent text nodes with the same mark into one span and keeps nested marks apart', () => {
    const quote = { type: 'speakerAttribution', attrs: { speakerId: 'hong-lei-1', kind: 'direct' } };
    const mention = { type: 'speakerMention', attrs: { speakerId: 'hong-lei-1' } };
    const tagged = doc({
      type: 'doc',
      content: [
        paragraph(text('Firmly ', [quote]), text('opposing', [quote, { type: 'bold' }]), text(' Hong', [quote, mention]), text(' said.')),
      ],
    });
    const spans = speakerSpansIn(tagged);
    expect(spans.map((span) => [span.kind, tagged.textBetween(span.from, span.to)])).toEqual([
      ['direct', 'Firmly opposing Hong'],
      ['mention', ' Hong'],
    ]);
  });
});
