/** Article content for sync tests, and the text edits a typing editor makes on a Y.Doc. */
import { randomUUID } from 'node:crypto';

import * as Y from 'yjs';

import type { ArticleContent } from '../../src/shared/sync/article-content';
import { BODY_FIELD } from '../../src/shared/sync/article-doc';

export function articleContent(paragraphs: string[], headline = 'Council approves the harbour budget'): ArticleContent {
  return {
    headline,
    dateline: 'ELDMOOR',
    byline: 'Desk',
    status: 'draft',
    targetWords: null,
    related: [],
    createdAt: '2026-03-04T09:30:00.000Z',
    deletedAt: null,
    body: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })) },
  };
}

export const newArticleId = (): string => randomUUID();

/** The XmlText of paragraph `index` of the body (created empty paragraphs have none: insert one first). */
export function paragraphText(doc: Y.Doc, index: number): Y.XmlText {
  const paragraph = doc.getXmlFragment(BODY_FIELD).get(index) as Y.XmlElement;
  const first = paragraph.get(0);
  if (first instanceof Y.XmlText) return first;
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  return text;
}

/** The plain text of every paragraph of the body. */
export function paragraphs(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .map((node) =>
      node instanceof Y.XmlElement
        ? node
            .toArray()
            .map((child) =>
              child instanceof Y.XmlText ? (child.toDelta() as { insert: string }[]).map((part) => part.insert).join('') : '',
            )
            .join('')
        : '',
    );
}
