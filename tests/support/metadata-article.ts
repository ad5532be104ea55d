/** A stored article with every newsroom metadata field set, for model, export and round-trip tests. */
import type { Article } from '../../src/shared/article';
import { paragraphsToBody } from '../../src/shared/body-text';
import { storedArticle } from './stored-article';

export function metadataArticle(overrides: Partial<Article> = {}): Article {
  return storedArticle('article-metadata', {
    headline: 'Harbour board votes to widen the eastern channel',
    dateline: 'KALDER, March 4',
    byline: 'By Ines Varga and Tomas Oyelaran',
    status: 'published',
    body: paragraphsToBody([
      'The Kalder Harbour Board voted on Tuesday to widen the eastern channel before the spring shipping season.',
      'Members of the Kalder Harbour Board said dredging would start within weeks.',
    ]),
    wordCount: 29,
    slugline: 'HARBOUR-CHANNEL',
    keywords: ['dredging', 'Kalder Harbour Board'],
    subjects: ['medtop:20000209', 'medtop:20000523'],
    urgency: 3,
    language: 'en-GB',
    genre: 'analysis',
    ednote: 'Check the tonnage figure with the port office before the evening update.',
    embargo: { until: '2026-12-01T09:00:00+01:00', timeZone: 'Europe/Paris' },
    corrections: [
      { date: '2026-11-27T08:15:00.000Z', kind: 'correction', text: 'An earlier version gave the channel width in feet; it is 40 metres.' },
      { date: '2026-11-28T16:40:00.000Z', kind: 'clarification', text: 'The vote was of the full board, not its finance committee.' },
    ],
    headlines: {
      web: 'Kalder harbour board backs wider eastern channel',
      print: 'Harbour votes for wider channel',
      social: 'Bigger ships are coming to Kalder: the harbour board has voted to widen its eastern channel',
      seo: 'Kalder harbour eastern channel widening vote',
    },
    bylines: [
      { name: 'Ines Varga', role: 'reporter' },
      { name: 'Tomas Oyelaran', role: 'photographer' },
    ],
    firstPublishedAt: '2026-11-26T12:00:00.000Z',
    ...overrides,
  });
}
