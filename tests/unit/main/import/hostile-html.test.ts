import { describe, expect, it } from 'vitest';

import { importHtmlArticle } from '../../../../src/main/import/html-import';
import { estimateHtmlDepth } from '../../../../src/main/import/html-nesting';
import { bodyToPlainText } from '../../../../src/shared/body-text';

describe('HTML import of deeply nested markup', () => {
  it('keeps the text of a page nested 500 levels deep', () => {
    const imported = importHtmlArticle(`<h1>Deep</h1>${'<div><span>'.repeat(250)}Still here${'</span></div>'.repeat(250)}`);
    expect(imported.headline).toBe('Deep');
    expect(bodyToPlainText(imported.body)).toContain('Still here');
  });

  it('refuses a page nested deeper than any article, naming the file and saying what to do', () => {
    expect(() => importHtmlArticle(`${'<b>'.repeat(5_000)}x`, 'deep.html')).toThrow(
      /"deep\.html" nests its elements more than 1,000 levels deep.*paste it into a new article/,
    );
  });

  it('counts no level for unclosed paragraphs, list items, void elements, comments or script text', () => {
    const html = `${'<p>para'.repeat(3_000)}${'<li>item<br><img src=x>'.repeat(3_000)}<!-- ${'<div>'.repeat(3_000)} --><script>${'<div>'.repeat(3_000)}</script><div><div>x</div></div>`;
    expect(estimateHtmlDepth(html)).toBe(2);
    expect(bodyToPlainText(importHtmlArticle(html).body)).toContain('item');
  });
});
