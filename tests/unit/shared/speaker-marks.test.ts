// @vitest-environment happy-dom
import { generateHTML, generateJSON } from '@tiptap/core';
import { describe, expect, it } from 'vitest';

import type { NodeJson } from '../../../src/shared/article';
import { deskExtensions } from '../../../src/shared/editor-schema';
import { countSpeakerSpans, reassignSpeakerSpans, speakerIdsInBody } from '../../../src/shared/speaker-spans';

const body: NodeJson = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '“' },
        {
          type: 'text',
          text: 'We will respond',
          marks: [{ type: 'speakerAttribution', attrs: { speakerId: 'speaker-a', kind: 'direct' } }],
        },
        { type: 'text', text: ',” said ' },
        { type: 'text', text: 'Hong Lei', marks: [{ type: 'bold' }, { type: 'speakerMention', attrs: { speakerId: 'speaker-a' } }] },
        { type: 'text', text: '. ' },
        {
          type: 'text',
          text: 'Talks would go on',
          marks: [{ type: 'speakerAttribution', attrs: { speakerId: 'speaker-b', kind: 'paraphrase' } }],
        },
        { type: 'text', text: ', according to ' },
        { type: 'text', text: 'Berg', marks: [{ type: 'speakerMention', attrs: { speakerId: 'speaker-b' } }] },
        { type: 'text', text: '.' },
      ],
    },
  ],
};

describe('speaker marks', () => {
  it('render as data-* attributes and parse back to the same body', () => {
    const html = generateHTML(body, deskExtensions());
    expect(html).toContain('data-speaker-id="speaker-a" data-attribution="direct"');
    expect(html).toContain('data-speaker-mention="" data-speaker-id="speaker-a"');
    expect(html).toContain('data-attribution="paraphrase"');
    expect(generateJSON(html, deskExtensions())).toEqual(body);
  });

  it('are counted per speaker and kind', () => {
    const counts = countSpeakerSpans(body);
    expect(counts.get('speaker-a')).toEqual({ mentions: 1, direct: 1, paraphrases: 0 });
    expect(counts.get('speaker-b')).toEqual({ mentions: 1, direct: 0, paraphrases: 1 });
    expect(speakerIdsInBody(body)).toEqual(['speaker-a', 'speaker-b']);
  });

  it('count a span split by other formatting once', () => {
    const split: NodeJson = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Hong', marks: [{ type: 'speakerMention', attrs: { speakerId: 'speaker-a' } }] },
            { type: 'text', text: ' Lei', marks: [{ type: 'italic' }, { type: 'speakerMention', attrs: { speakerId: 'speaker-a' } }] },
          ],
        },
      ],
    };
    expect(countSpeakerSpans(split).get('speaker-a')).toEqual({ mentions: 1, direct: 0, paraphrases: 0 });
  });

  it('move from one speaker to another without touching other marks', () => {
    const moved = reassignSpeakerSpans(body, 'speaker-a', 'speaker-z');
    expect(speakerIdsInBody(moved)).toEqual(['speaker-z', 'speaker-b']);
    expect(JSON.stringify(moved)).toContain('"type":"bold"');
  });
});
