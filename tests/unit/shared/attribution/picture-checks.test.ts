import { describe, expect, it } from 'vitest';

import { pictureFindings } from '../../../../src/shared/attribution/picture-checks';
import { deskSchema } from '../../../../src/shared/import/desk-schema';

const src = `media/${'c'.repeat(64)}.jpg`;

function doc(content: object[]) {
  return deskSchema().nodeFromJSON({ type: 'doc', content });
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('the picture check', () => {
  it('flags each picture without alt text, naming it by its caption and pointing at it', () => {
    const body = doc([
      paragraph('First.'),
      { type: 'figure', attrs: { src, caption: 'Ferries at the quay' } },
      paragraph('Second.'),
      { type: 'figure', attrs: { src, alt: '   ' } },
      { type: 'figure', attrs: { src, alt: 'Two ferries at a stone quay' } },
    ]);
    const findings = pictureFindings(body);
    expect(findings.map(({ rule, message, paragraph }) => ({ rule, message, paragraph }))).toEqual([
      {
        rule: 'missing-alt-text',
        message: 'Picture (“Ferries at the quay”) has no alt text — describe it for readers who cannot see it',
        paragraph: 1,
      },
      { rule: 'missing-alt-text', message: 'Picture has no alt text — describe it for readers who cannot see it', paragraph: 2 },
    ]);
    expect(body.nodeAt(findings[0].position!)?.type.name).toBe('figure');
    expect(body.nodeAt(findings[1].position!)?.attrs.alt).toBe('   ');
  });

  it('finds nothing in a story whose pictures all have alt text', () => {
    expect(pictureFindings(doc([paragraph('Text.'), { type: 'figure', attrs: { src, alt: 'A quay' } }]))).toEqual([]);
  });
});
