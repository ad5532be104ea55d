import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

import { articleToHtml } from '../../../../src/shared/export/article-html';
import { contextFor } from '../../../../src/shared/export/export-context';
import { articleJsonLd } from '../../../../src/shared/export/json-ld';
import { articleToNinjs } from '../../../../src/shared/export/ninjs';
import { nuCheckerErrors, SPEAKERS } from '../../../support/export-fixtures';
import { metadataArticle } from '../../../support/metadata-article';
import { storedArticle } from '../../../support/stored-article';
import { useTempFolders } from '../../../support/temp-folders';

const schema = JSON.parse(readFileSync('../shared/standards/ninjs-schema_3.1.json', 'utf8'));
const newFolder = useTempFolders();
const context = contextFor(SPEAKERS);

function validator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(schema);
}

/** The article's body element, where nothing of the metadata may appear. */
function bodyOf(html: string): string {
  return html.slice(html.indexOf('<div class="article-body">'), html.indexOf('</div>', html.indexOf('<div class="article-body">')));
}

describe('the metadata in ninjs', () => {
  const validate = validator();

  it('is valid ninjs 3.1 with every field set, and with none', () => {
    for (const article of [
      metadataArticle(),
      metadataArticle({ embargo: undefined, corrections: [], headlines: {} }),
      storedArticle('bare-one'),
    ]) {
      validate(articleToNinjs(article, context));
      expect(validate.errors ?? []).toEqual([]);
    }
  });

  it('carries every field where ninjs keeps it', () => {
    const ninjs = articleToNinjs(metadataArticle(), context);
    expect(ninjs).toMatchObject({
      slugline: 'HARBOUR-CHANNEL',
      urgency: 3,
      language: 'en-GB',
      embargoedUntil: '2026-12-01T09:00:00+01:00',
      edNote: 'Check the tonnage figure with the port office before the evening update.',
      genres: [{ name: 'Analysis', literal: 'analysis' }],
      by: 'By Ines Varga and Tomas Oyelaran',
    });
    expect(ninjs.headlines).toEqual([
      { role: 'main', contentType: 'text/plain', value: 'Harbour board votes to widen the eastern channel' },
      { role: 'web', contentType: 'text/plain', value: 'Kalder harbour board backs wider eastern channel' },
      { role: 'print', contentType: 'text/plain', value: 'Harbour votes for wider channel' },
      {
        role: 'social',
        contentType: 'text/plain',
        value: 'Bigger ships are coming to Kalder: the harbour board has voted to widen its eastern channel',
      },
      { role: 'seo', contentType: 'text/plain', value: 'Kalder harbour eastern channel widening vote' },
    ]);
    expect(ninjs.people).toEqual([
      { name: 'Ines Varga', rel: 'author', literal: 'reporter' },
      { name: 'Tomas Oyelaran', rel: 'author', literal: 'photographer' },
    ]);
    expect(ninjs.subjects).toEqual([
      { name: 'Economic sector', rel: 'about', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000209', literal: 'medtop:20000209' },
      { name: 'Labour market', rel: 'about', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000523', literal: 'medtop:20000523' },
      { name: 'dredging', rel: 'keyword' },
      { name: 'Kalder Harbour Board', rel: 'keyword' },
    ]);
    expect(ninjs.descriptions).toEqual([
      {
        role: 'correction',
        contentType: 'text/plain',
        value: 'Correction (2026-11-27): An earlier version gave the channel width in feet; it is 40 metres.',
      },
      {
        role: 'clarification',
        contentType: 'text/plain',
        value: 'Clarification (2026-11-28): The vote was of the full board, not its finance committee.',
      },
    ]);
  });

  it('falls back to the slug and leaves out what the article does not have', () => {
    const ninjs = articleToNinjs(storedArticle('bare-one'), context);
    expect(ninjs.slugline).toBe('bare-one');
    for (const key of ['urgency', 'embargoedUntil', 'edNote', 'subjects', 'genres', 'descriptions']) expect(ninjs).not.toHaveProperty(key);
  });
});

describe('the metadata in HTML', () => {
  it('passes the Nu HTML Checker with every field set', async () => {
    const folder = await newFolder();
    const file = join(folder, 'metadata.html');
    await writeFile(file, articleToHtml(metadataArticle(), context));
    expect(await nuCheckerErrors([file])).toEqual([]);
  }, 120_000);

  it('uses the web headline, puts the social one and the embargo in the head, and never the editor’s note', () => {
    const html = articleToHtml(metadataArticle(), context);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<h1>Kalder harbour board backs wider eastern channel</h1>');
    expect(head).toContain('<title>Kalder harbour eastern channel widening vote</title>');
    expect(head).toContain(
      '<meta property="og:title" content="Bigger ships are coming to Kalder: the harbour board has voted to widen its eastern channel">',
    );
    expect(head).toContain('<meta name="embargo" content="2026-12-01T09:00:00+01:00">');
    expect(head).toContain('<meta name="embargo-time-zone" content="Europe/Paris">');
    expect(head).toContain('<meta name="keywords" content="dredging, Kalder Harbour Board">');
    expect(bodyOf(html)).not.toContain('2026-12-01');
    expect(html).not.toContain('tonnage');
  });

  it('shows the corrections at the foot of the story, dated, after the body', () => {
    const html = articleToHtml(metadataArticle(), context);
    const foot = html.slice(html.indexOf('<section class="corrections"'));
    expect(html.indexOf('<section class="corrections"')).toBeGreaterThan(html.indexOf('<div class="article-body">'));
    expect(foot).toContain('<h2 id="corrections-heading">Corrections</h2>');
    expect(foot).toContain(
      '<li data-kind="correction"><strong>Correction</strong>, <time datetime="2026-11-27T08:15:00.000Z">27 November 2026, 08:15 UTC</time>: An earlier version gave the channel width in feet; it is 40 metres.</li>',
    );
    expect(foot).toContain('<strong>Clarification</strong>');
    expect(articleToHtml(storedArticle('bare-one'), context)).not.toContain('class="corrections"');
  });

  it('gives JSON-LD the corrections, authors with their roles, subjects, keywords and genre', () => {
    const data = articleJsonLd(metadataArticle(), context);
    expect(data).toMatchObject({
      headline: 'Kalder harbour board backs wider eastern channel',
      keywords: ['dredging', 'Kalder Harbour Board'],
      genre: 'Analysis',
      inLanguage: 'en-GB',
      author: [
        { '@type': 'Person', name: 'Ines Varga', jobTitle: 'reporter' },
        { '@type': 'Person', name: 'Tomas Oyelaran', jobTitle: 'photographer' },
      ],
    });
    expect(data.alternativeHeadline).toContain('Harbour board votes to widen the eastern channel');
    expect(data.about).toContainEqual(
      expect.objectContaining({ '@type': 'DefinedTerm', termCode: 'medtop:20000523', name: 'Labour market' }),
    );
    expect(data.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        name: 'Correction',
        text: 'An earlier version gave the channel width in feet; it is 40 metres.',
        datePublished: '2026-11-27T08:15:00.000Z',
      },
      {
        '@type': 'CorrectionComment',
        name: 'Clarification',
        text: 'The vote was of the full board, not its finance committee.',
        datePublished: '2026-11-28T16:40:00.000Z',
      },
    ]);
  });
});
