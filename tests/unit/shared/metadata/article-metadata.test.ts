import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { ArticleFieldsSchema, ArticleSchema, summarize } from '../../../../src/shared/article';
import { metadataArticle } from '../../../support/metadata-article';
import { storedArticle } from '../../../support/stored-article';

describe('the article model with newsroom metadata', () => {
  it('loads an article stored before the metadata existed, turning its byline into people', () => {
    const old = storedArticle('old-story', { byline: 'By Jane Roe and Ali Khan' });
    const loaded = v.parse(ArticleSchema, old);
    expect(loaded.bylines).toEqual([
      { name: 'Jane Roe', role: '' },
      { name: 'Ali Khan', role: '' },
    ]);
    expect(loaded.slugline).toBeUndefined();
    expect(loaded.embargo).toBeUndefined();
  });

  it('keeps every metadata field of a stored article', () => {
    const article = metadataArticle();
    expect(v.parse(ArticleSchema, article)).toEqual(article);
  });

  it.each([
    ['slugline', 'two words'],
    ['urgency', 0],
    ['urgency', 10],
    ['urgency', 2.5],
    ['language', 'english please'],
    ['genre', 'gossip'],
    ['subjects', ['sport']],
    ['embargo', { until: '2026-12-01T09:00:00', timeZone: 'Europe/Paris' }],
    ['embargo', { until: '2026-12-01T09:00:00+01:00', timeZone: 'Mars/Olympus' }],
    ['corrections', [{ date: '2026-11-27T08:15:00.000Z', kind: 'retraction', text: 'x' }]],
    ['corrections', [{ date: '2026-11-27T08:15:00.000Z', kind: 'correction', text: '  ' }]],
    ['bylines', [{ name: '', role: 'reporter' }]],
    ['headlines', { web: 'x'.repeat(501) }],
  ])('refuses a patch whose %s is %j', (field, value) => {
    expect(v.safeParse(ArticleFieldsSchema, { [field]: value }).success).toBe(false);
  });

  it('accepts null to clear urgency, language, genre and the embargo', () => {
    expect(v.parse(ArticleFieldsSchema, { urgency: null, language: null, genre: null, embargo: null })).toEqual({
      urgency: null,
      language: null,
      genre: null,
      embargo: null,
    });
  });

  it('puts the slugline, urgency and embargo in the index row, and nothing for an article without them', () => {
    const summary = summarize(metadataArticle());
    expect(summary).toMatchObject({
      slugline: 'HARBOUR-CHANNEL',
      urgency: 3,
      embargo: { until: '2026-12-01T09:00:00+01:00', timeZone: 'Europe/Paris' },
    });
    expect(Object.keys(summarize(storedArticle('plain')))).not.toContain('embargo');
  });
});
