/** The smallest valid stored article, for store tests that care about ids, headlines and files rather than content. */
import type { Article } from '../../src/shared/article';
import { paragraphsToBody } from '../../src/shared/body-text';

export const STORED_AT = '2026-11-26T10:00:00.000Z';

/** A one-word draft (`Text`) with no speakers or links, stored at STORED_AT; `overrides` replace any field. */
export function storedArticle(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    slug: id,
    headline: `Story ${id}`,
    dateline: '',
    byline: '',
    status: 'draft',
    body: paragraphsToBody(['Text']),
    related: [],
    speakers: [],
    createdAt: STORED_AT,
    updatedAt: STORED_AT,
    wordCount: 1,
    ...overrides,
  };
}
