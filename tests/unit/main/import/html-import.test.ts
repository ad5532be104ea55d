import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { htmlToBody, importHtmlArticle } from '../../../../src/main/import/html-import';
import { MAX_IMPORTED_PICTURES } from '../../../../src/main/import/html-sanitize';
import { bodyToPlainText } from '../../../../src/shared/body-text';

const fixture = (name: string) => readFileSync(`tests/fixtures/html/${name}`, 'utf8');

describe('importing HTML from elsewhere', () => {
  it('reads a Google Docs paste: its bold and italic survive, its not-bold wrapper does not embolden everything', () => {
    const body = htmlToBody(fixture('google-docs.html'));
    const json = JSON.stringify(body);
    expect(bodyToPlainText(body)).toContain('The council said on Tuesday it would review the plan.');
    expect(json).toContain('{"type":"text","marks":[{"type":"bold"}],"text":"on Tuesday"}');
    expect(json).toContain('"type":"italic"');
    expect(body.content?.[0].content?.[0]).toEqual({ type: 'text', text: 'The council said ' });
    expect(json).toContain('"type":"heading"');
    expect(json).toContain('"type":"bulletList"');
  });

  it('reads a Word paste without its styles, conditional comments or Office tags', () => {
    const body = htmlToBody(fixture('word.html'));
    expect(bodyToPlainText(body)).toBe('Minister rejects budget leak claims\nThe minister said the figures were “entirely wrong”.');
    expect(JSON.stringify(body)).not.toMatch(/mso|Office|margin/);
  });

  it('reads a web page: headline from the h1, scripts, handlers, frames and javascript: links gone, text and safe links kept', () => {
    const article = importHtmlArticle(fixture('web-page.html'));
    const json = JSON.stringify(article.body);
    expect(article.headline).toBe('Harbor authority defends dredging plan');
    expect(json).not.toMatch(/javascript|onclick|onerror|iframe|tracker|steal/);
    expect(json).toContain('https://example.com/plan');
    expect(bodyToPlainText(article.body)).toContain('The authority said the plan is safe.');
    expect(json).toContain('"type":"blockquote"');
  });

  it('survives broken HTML and keeps its text', () => {
    const body = htmlToBody('<p>Unclosed <b>bold <i>and italic<p>Next</div></span> paragraph &amp; <notatag>kept</notatag>');
    expect(bodyToPlainText(body)).toContain('Unclosed bold and italic');
    expect(bodyToPlainText(body)).toContain('paragraph & kept');
  });

  it('imports a 5 MB paste without running anything and without losing text', () => {
    const paragraph =
      '<p>Paragraph with <b>bold</b> text <img src=x onerror="globalThis.ran = true"><script>globalThis.ran = true</script></p>';
    const html = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const body = htmlToBody(html);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
    expect(body.content?.filter((node) => node.type === 'paragraph').length).toBe(Math.ceil(5_000_000 / paragraph.length));
    // Each <img> names a picture to bring in, up to the cap per document; past it an image keeps only its alt text.
    expect(body.content?.filter((node) => node.type === 'figure').length).toBe(MAX_IMPORTED_PICTURES);
    expect(bodyToPlainText(body).split('\n')[0]).toBe('Paragraph with bold text');
  }, 60_000);
});
