import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { readArticleContent, seedOnce, seedUpdate, writeArticleContent } from '../../../../src/shared/sync/article-doc';
import { articleContent, paragraphs } from '../../../support/sync-articles';

const exchange = (first: Y.Doc, second: Y.Doc) => {
  Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
};

describe('the article Y.Doc', () => {
  it('gives back the article it was seeded with', () => {
    const content = articleContent(['First paragraph.', 'Second paragraph.']);
    const doc = new Y.Doc();
    expect(seedOnce(doc, content)).toBe(true);
    expect(readArticleContent(doc)).toEqual(content);
    expect(seedOnce(doc, articleContent(['Another seed.']))).toBe(false);
  });

  it('keeps one copy when two clients seed the same article and then merge', () => {
    const [first, second] = [new Y.Doc(), new Y.Doc()];
    seedOnce(first, articleContent(['Only once.']));
    seedOnce(second, articleContent(['Only once.']));
    exchange(first, second);
    expect(paragraphs(first)).toEqual(['Only once.']);
    expect(seedUpdate(articleContent(['Only once.']))).toEqual(seedUpdate(articleContent(['Only once.'])));
  });

  it('merges edits written as whole contents on two sides, paragraph by paragraph', () => {
    const [first, second] = [new Y.Doc(), new Y.Doc()];
    seedOnce(first, articleContent(['One.', 'Two.']));
    exchange(first, second);
    writeArticleContent(first, articleContent(['One, edited here.', 'Two.']));
    writeArticleContent(second, articleContent(['One.', 'Two, edited there.'], 'A new headline'));
    exchange(first, second);
    expect(readArticleContent(first)).toEqual(articleContent(['One, edited here.', 'Two, edited there.'], 'A new headline'));
    expect(readArticleContent(second)).toEqual(readArticleContent(first));
  });

  it('holds no article until seeded', () => {
    expect(readArticleContent(new Y.Doc())).toBeUndefined();
  });
});
