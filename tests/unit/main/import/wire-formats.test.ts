// @vitest-environment node
/**
 * The two interchange formats a desk receives from wires: ninjs JSON (the one
 * the desk exports, so export then import gives the story back) and NITF XML.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { importNinjsArticle } from '../../../../src/main/import/ninjs-import';
import { importNitfArticle } from '../../../../src/main/import/nitf-import';
import { documentFormatOf } from '../../../../src/main/import/parse-import';
import type { Article } from '../../../../src/shared/article';
import { bodyToPlainText } from '../../../../src/shared/body-text';
import { contextFor } from '../../../../src/shared/export/export-context';
import { articleToNinjs } from '../../../../src/shared/export/ninjs';
import { speakerIdsInBody } from '../../../../src/shared/speaker-spans';
import { doc, h2, mention, p, quote } from '../../../support/document-builders';

const speakers = [
  {
    id: 'vrana',
    name: 'Ilse Vrana',
    aliases: [],
    role: 'chair',
    organization: 'Kalder harbour board',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
];

const article: Article = {
  id: 'levy-vote',
  slug: 'harbour-board-delays-levy-vote',
  headline: 'Harbour board delays levy vote',
  dateline: 'KALDER (Reuters)',
  byline: 'By Mara Lindgren',
  status: 'published',
  body: doc(
    p(mention('vrana', 'Ilse Vrana'), ' said ', quote('vrana', 'nobody wants to lose a box'), '.'),
    h2('Next steps'),
    p('The vote is now set for March.'),
  ),
  related: [
    { headline: 'Orsund port cuts fees', articleId: null, url: 'https://example.org/orsund-fees', relation: 'background' },
    { headline: 'Kalder harbour traffic record', articleId: 'traffic-record', url: null, relation: 'see-also' },
  ],
  speakers: ['vrana'],
  createdAt: '2026-11-28T09:00:00.000Z',
  updatedAt: '2026-11-28T10:00:00.000Z',
  wordCount: 17,
};

describe('importing ninjs', () => {
  it('gives back what the desk exported: headline, dateline, byline, body with its speaker marks, people, related links and publication', () => {
    const exported = JSON.stringify(articleToNinjs(article, contextFor(speakers)));
    const imported = importNinjsArticle(exported, 'levy.json');
    expect(imported).toMatchObject({ headline: article.headline, dateline: article.dateline, byline: article.byline, status: 'published' });
    expect(bodyToPlainText(imported.body)).toBe(bodyToPlainText(article.body));
    expect(speakerIdsInBody(imported.body)).toEqual(['vrana']);
    expect(imported.speakers).toEqual([{ id: 'vrana', name: 'Ilse Vrana', aliases: [], role: 'chair', organization: '' }]);
    expect(imported.related).toEqual(article.related);
  });

  it('reads an older feed with body_html, and says why a file is not ninjs', () => {
    const old = importNinjsArticle(
      JSON.stringify({ headline: 'Dam inspectors report', body_html: '<p>The dam is sound.</p>', pubstatus: 'usable' }),
    );
    expect(old).toMatchObject({ headline: 'Dam inspectors report', status: 'published' });
    expect(bodyToPlainText(old.body)).toBe('The dam is sound.');
    expect(() => importNinjsArticle('{"headline": ', 'broken.json')).toThrow(/"broken.json" is not valid JSON/);
    expect(() => importNinjsArticle('{"colour": "blue"}', 'other.json')).toThrow('neither a headline nor a body');
  });
});

describe('importing NITF', () => {
  const xml = readFileSync(resolve('tests/fixtures/wire/levee-repairs.xml'), 'utf8');

  it('reads the headline, byline with its title, dateline and the story, subheads included', () => {
    const imported = importNitfArticle(xml, 'levee-repairs.xml');
    expect(imported).toMatchObject({
      headline: 'Levee repairs fall behind schedule',
      byline: 'By Ana Ruiz, Korvin Courier',
      dateline: 'KORVIN, Nov 28',
    });
    expect(imported.body.content?.map((block) => block.type)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(bodyToPlainText(imported.body)).toContain('Repairs to the Lenna river levees are six weeks behind');
  });

  it('keeps no script and no handler from the file', () => {
    const body = JSON.stringify(importNitfArticle(xml).body);
    expect(body).not.toContain('alert');
    expect(body).not.toContain('steal');
  });

  it('refuses XML that is not NITF, saying so', () => {
    expect(() => importNitfArticle('<?xml version="1.0"?><rss><channel/></rss>', 'feed.xml')).toThrow('"feed.xml" is XML but not NITF');
  });

  it('is chosen by the file name, as Markdown and HTML are', () => {
    expect(['a.json', 'a.xml', 'a.md', 'a.htm', 'a.txt'].map(documentFormatOf)).toEqual(['ninjs', 'nitf', 'md', 'html', null]);
  });
});
