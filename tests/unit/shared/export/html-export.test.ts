import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { importHtmlArticle } from '../../../../src/main/import/html-import';
import type { Article } from '../../../../src/shared/article';
import { articleToHtml } from '../../../../src/shared/export/article-html';
import { contextFor } from '../../../../src/shared/export/export-context';
import { generatedArticles, hostileArticle, nuCheckerErrors, sampleArticles, SPEAKERS } from '../../../support/export-fixtures';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();
const context = contextFor(SPEAKERS, new Map([['article-other', 'a-stored-story']]));

describe('the HTML export', () => {
  it('passes the Nu HTML Checker with no errors for the samples, hostile input and generated bodies', async () => {
    const folder = await newFolder();
    const articles = [...sampleArticles(), hostileArticle(), ...generatedArticles(40)];
    const bare = { ...context, htmlStyle: 'bare' as const };
    const files = await Promise.all(
      articles.flatMap((article) => [
        (async () => {
          const file = join(folder, `${article.id}.html`);
          await writeFile(file, articleToHtml(article, context));
          return file;
        })(),
        (async () => {
          const file = join(folder, `${article.id}.bare.html`);
          await writeFile(file, articleToHtml(article, bare));
          return file;
        })(),
      ]),
    );
    expect(await nuCheckerErrors(files)).toEqual([]);
  }, 120_000);

  it('is a readable page by itself: its own stylesheet with a measure, the dateline and byline set apart, the date shown', () => {
    const sample = sampleArticles()[0];
    const html = articleToHtml(sample, context);
    expect(html).toMatch(/<style>[^<]*article \{ max-width: 38rem;/);
    expect(html).toMatch(/\.dateline \{[^}]*text-transform: uppercase/);
    expect(html).not.toMatch(/<link|@import|url\(/); // self-contained: nothing is fetched
    expect(html).toContain(`<time datetime="${sample.updatedAt}">`);
  });

  it('as bare HTML for a CMS carries the structure without the page stylesheet', () => {
    const html = articleToHtml(sampleArticles()[0], { ...context, htmlStyle: 'bare' });
    expect(html).not.toContain('max-width');
    expect(html).toContain('<h1>');
    expect(html).toContain('<p class="dateline">');
  });

  it('gives JSON-LD a datePublished only once the story is published', () => {
    const sample: Article = { ...sampleArticles()[0], status: 'draft' };
    const jsonLd = (article: Article) =>
      JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(articleToHtml(article, context))![1]);
    expect(jsonLd(sample)).not.toHaveProperty('datePublished');
    expect(articleToHtml(sample, context)).toContain('Last updated <time');
    const published: Article = { ...sample, status: 'published' };
    expect(jsonLd(published).datePublished).toBe(published.updatedAt);
    expect(articleToHtml(published, context)).toContain('Published <time');
  });

  it('exports a hostile headline, byline and body as text, with the JSON-LD block unbroken', () => {
    const html = articleToHtml(hostileArticle(), context);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(jsonLd).not.toMatch(/<|>/);
    expect(JSON.parse(jsonLd).headline).toBe(hostileArticle().headline);
  });

  it('describes the article in JSON-LD: NewsArticle, speakers as Persons with job and employer, quotes as Quotations', () => {
    const sample = sampleArticles().find(
      (article) => article.speakers.includes('speaker-geng') && article.speakers.includes('speaker-hong'),
    )!;
    const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(articleToHtml(sample, context))![1]);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.mentions).toContainEqual(
      expect.objectContaining({
        '@type': 'Person',
        name: 'Hong Lei',
        jobTitle: 'spokesman',
        worksFor: { '@type': 'Organization', name: 'Foreign Ministry' },
      }),
    );
    expect(data.hasPart[0]).toEqual(
      expect.objectContaining({ '@type': 'Quotation', creator: expect.objectContaining({ name: 'Geng Yansheng' }) }),
    );
  });

  it('links related stories: stored ones to their file, external ones to the URL, unresolved ones as text', () => {
    const html = articleToHtml(generatedArticles(1)[0], context);
    expect(html).toContain('<a href="a-stored-story.html">A stored story</a>');
    expect(html).toContain('<a href="https://example.com/story?a=1&amp;b=2" rel="external">An external story</a>');
    expect(html).toContain('<li data-relation="follow-up">An unresolved story</li>');
  });

  it('imports its own export back to the same article: body, marks, speakers, related links and metadata', () => {
    for (const article of [...sampleArticles(), ...generatedArticles(40, 7)]) {
      const back = importHtmlArticle(articleToHtml(article, context));
      expect(back.body).toEqual(article.body);
      expect({ ...back, body: undefined, warnings: undefined }).toEqual({
        headline: article.headline,
        dateline: article.dateline,
        byline: article.byline,
        status: article.status,
        related: article.related,
        speakers: article.speakers
          .map((id) => SPEAKERS.find((speaker) => speaker.id === id)!)
          .map(({ id, name, aliases, role, organization }) => ({ id, name, aliases, role, organization })),
        id: article.id,
        createdAt: article.createdAt,
        updatedAt: article.updatedAt,
        body: undefined,
        warnings: undefined,
      });
    }
  }, 60_000);

  it('keeps the samples readable: a figure for a whole-blockquote quote names its speaker', () => {
    const html = articleToHtml(
      {
        ...sampleArticles()[0],
        body: {
          type: 'doc',
          content: [
            {
              type: 'blockquote',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    {
                      type: 'text',
                      text: 'We oppose it.',
                      marks: [{ type: 'speakerAttribution', attrs: { speakerId: 'speaker-hong', kind: 'direct' } }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
      context,
    );
    expect(html).toContain(
      '<figure data-attribution="direct" data-speaker-id="speaker-hong"><blockquote><p>We oppose it.</p></blockquote><figcaption>— <span data-speaker-id="speaker-hong">Hong Lei, spokesman, Foreign Ministry</span></figcaption></figure>',
    );
  });
});
