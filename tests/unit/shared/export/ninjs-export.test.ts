import { readFileSync } from 'node:fs';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

import { contextFor } from '../../../../src/shared/export/export-context';
import { articleToNinjs } from '../../../../src/shared/export/ninjs';
import { generatedArticles, hostileArticle, sampleArticles, SPEAKERS } from '../../../support/export-fixtures';

const schema = JSON.parse(readFileSync('../shared/standards/ninjs-schema_3.1.json', 'utf8'));

function validator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // ninjs refers to GeoJSON's schema for places; we export no places, so any object will do here (no network).
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(schema);
}

describe('the ninjs export', () => {
  const validate = validator();
  const context = contextFor(SPEAKERS, new Map([['article-other', 'a-stored-story']]));

  it('is valid ninjs 3.1 for the samples, hostile input and generated bodies', () => {
    for (const article of [...sampleArticles(), hostileArticle(), ...generatedArticles(30)]) {
      const valid = validate(articleToNinjs(article, context));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('lists quoted speakers as people with rel "quoted" and related stories as associations', () => {
    const sample = sampleArticles().find(
      (article) => article.speakers.includes('speaker-geng') && article.speakers.includes('speaker-hong'),
    )!;
    const ninjs = articleToNinjs(sample, context) as {
      people: { name: string; rel: string }[];
      associations: { rel: string }[];
      located: string;
      bodies: { wordCount: number }[];
    };
    expect(ninjs.people).toContainEqual(expect.objectContaining({ name: 'Geng Yansheng', rel: 'quoted' }));
    expect(ninjs.people).toContainEqual(expect.objectContaining({ name: 'Hong Lei', rel: 'mentioned' }));
    expect(ninjs.associations.length).toBe(sample.related.length);
    expect(ninjs.located).toBe(sample.dateline);
    expect(ninjs.bodies[0].wordCount).toBe(sample.wordCount);
  });
});
