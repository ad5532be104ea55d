import { describe, expect, it } from 'vitest';

import { bodyParagraphs, bodyToPlainText, countBodyWords, countWords, paragraphsToBody } from '../../../src/shared/body-text';
import { slugify } from '../../../src/shared/slug';

describe('countWords', () => {
  it('counts contractions, hyphenated words and formatted numbers as one word each', () => {
    expect(countWords("Don't stop cyber-crime: 3,400 people, 1.5 million euros.")).toBe(8);
  });

  it('counts nothing in punctuation and whitespace', () => {
    expect(countWords(' — “ ” … ')).toBe(0);
  });
});

describe('body text', () => {
  const body = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'One ' },
          { type: 'text', text: 'two', marks: [{ type: 'bold' }] },
        ],
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }] }] },
      { type: 'paragraph' },
    ],
  };

  it('gives one line per block, marks ignored', () => {
    expect(bodyToPlainText(body)).toBe('Title\nOne two\nItem');
    expect(countBodyWords(body)).toBe(4);
  });

  it('builds a body from paragraphs and reads the same paragraphs back', () => {
    const paragraphs = ['“Quoted,” she said.', "It's 3,400."];
    expect(bodyParagraphs(paragraphsToBody(paragraphs))).toEqual(paragraphs);
  });
});

describe('slugify', () => {
  it('makes lower-case ASCII slugs with accents folded and quotes dropped', () => {
    expect(slugify('Minister’s “budget” leak — Zürich, 2026!')).toBe('ministers-budget-leak-zurich-2026');
  });

  it('never returns an empty slug', () => {
    expect(slugify('…')).toBe('untitled');
  });
});
