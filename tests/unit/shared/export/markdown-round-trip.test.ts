import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { bodyToMarkdown } from '../../../../src/shared/export/body-markdown';
import { markdownToBody } from '../../../../src/shared/import/markdown-body';
import { body } from '../../../support/generated-documents';

describe('the Markdown body round trip', () => {
  it('gives back every generated body exactly: blocks, marks, speaker spans and tricky text', () => {
    fc.assert(
      fc.property(body, (original) => {
        expect(markdownToBody(bodyToMarkdown(original))).toEqual(original);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
