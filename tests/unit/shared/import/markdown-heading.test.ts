import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { leadingHeading } from '../../../../src/shared/import/article-markdown-import';

/** The expression leadingHeading replaced (cubic on long space runs, exact on short input). */
const OLD_HEADING = /^\s*#[ \t]+(.+?)[ \t]*#*[ \t]*(?:\r?\n|$)/;

describe('the leading Markdown heading scan', () => {
  it('finds the same heading text and length as the regular expression it replaced, on short input', () => {
    const pieces = fc.constantFrom(' ', '\t', '#', 'a', 'b', '\n', '\r', '\r\n', '\u2028', '\u00a0', '*');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const markdown = parts.join('');
        const match = OLD_HEADING.exec(markdown);
        expect(leadingHeading(markdown)).toEqual(match ? { text: match[1], length: match[0].length } : null);
      }),
      { numRuns: 5_000 },
    );
  });
});
