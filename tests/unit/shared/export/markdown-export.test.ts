import { describe, expect, it } from 'vitest';

import { bodyToPlainText } from '../../../../src/shared/body-text';
import { articleToMarkdown } from '../../../../src/shared/export/article-markdown';
import { contextFor } from '../../../../src/shared/export/export-context';
import { importMarkdownArticle } from '../../../../src/shared/import/article-markdown-import';
import { generatedArticles, hostileArticle, sampleArticles, SPEAKERS } from '../../../support/export-fixtures';

const context = contextFor(SPEAKERS, new Map([['article-other', 'a-stored-story']]));

describe('the Markdown export', () => {
  it('imports its own export back to the same article: samples and generated bodies', () => {
    for (const article of [...sampleArticles(), ...generatedArticles(150, 11)]) {
      const back = importMarkdownArticle(articleToMarkdown(article, context));
      expect(back).toEqual({
        headline: article.headline,
        dateline: article.dateline,
        byline: article.byline,
        status: article.status,
        body: article.body,
        related: article.related,
        speakers: article.speakers
          .map((id) => SPEAKERS.find((speaker) => speaker.id === id)!)
          .map(({ id, name, aliases, role, organization }) => ({ id, name, aliases, role, organization })),
        id: article.id,
        createdAt: article.createdAt,
        updatedAt: article.updatedAt,
        warnings: [],
      });
    }
  }, 60_000);

  it('writes YAML front matter with speakers and related links above a CommonMark body', () => {
    const sample = sampleArticles().find(
      (article) => article.speakers.includes('speaker-geng') && article.speakers.includes('speaker-hong'),
    )!;
    const markdown = articleToMarkdown(sample, context);
    expect(markdown).toMatch(/^---\nid: sample-article-\d\ntitle: /);
    expect(markdown).toContain('speakers:\n  - id: speaker-hong\n    name: Hong Lei');
    expect(markdown).toContain('<span data-speaker-mention data-speaker-id="speaker-hong">Hong Lei</span>');
    expect(markdown).toContain('related:\n  - headline:');
  });

  it('reads Markdown from elsewhere: a leading # heading is the headline and raw HTML never survives as markup', () => {
    const back = importMarkdownArticle(
      '# Council *cuts* budget\n\nText with <script>alert(1)</script> and <img src=x onerror=alert(1)>.\n\n<div onclick="x()">A block</div>\n',
    );
    expect(back.headline).toBe('Council cuts budget');
    expect(JSON.stringify(back.body)).not.toMatch(/script|onerror|onclick/);
    expect(JSON.stringify(back.body)).toContain('A block');
  });
});

describe('the Markdown export of hostile text', () => {
  it('keeps every character of the text and drops only the unsafe link', () => {
    const article = hostileArticle();
    const back = importMarkdownArticle(articleToMarkdown(article, contextFor(SPEAKERS)));
    expect(back.headline).toBe(article.headline);
    expect(back.byline).toBe(article.byline);
    expect(bodyToPlainText(back.body)).toBe(bodyToPlainText(article.body));
    expect(JSON.stringify(back.body)).not.toContain('javascript:');
  });
});

describe('the Markdown export of link titles and addresses', () => {
  it('cannot be broken out of with carriage returns: a Markdown viewer renders no HTML from a title', async () => {
    const { default: MarkdownIt } = await import('markdown-it');
    const article = sampleArticles()[0];
    const hostileTitle = 'a\r\r<img src=x onerror=alert(1)>';
    article.body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'source', marks: [{ type: 'link', attrs: { href: 'https://example.com/a\rb', title: hostileTitle } }] },
          ],
        },
      ],
    };
    const markdown = articleToMarkdown(article, contextFor(SPEAKERS));
    const rendered = new MarkdownIt({ html: true }).render(markdown.slice(markdown.indexOf('\n---', 3) + 4));
    expect(rendered).not.toMatch(/<img/);
    expect(rendered).toContain('onerror=alert(1)');
  });
});
