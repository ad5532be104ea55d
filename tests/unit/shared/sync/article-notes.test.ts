import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import type { Article } from '../../../../src/shared/article';
import type { NoteThread } from '../../../../src/shared/notes/note-thread';
import { articleFromContent, contentKey, contentOfArticle } from '../../../../src/shared/sync/article-content';
import { readArticleContent, seedOnce, writeArticleContent } from '../../../../src/shared/sync/article-doc';
import { doc, note, p } from '../../../support/document-builders';

const AT = '2026-11-29T10:00:00.000Z';
const notes: NoteThread[] = [{ id: 'note-figure', resolved: false, messages: [{ author: 'Ines Duarte', at: AT, text: 'Source?' }] }];
const article: Article = {
  id: 'article-notes',
  slug: 'port-dues-rise',
  headline: 'Port dues rise',
  dateline: 'KALDER',
  byline: '',
  status: 'editing',
  body: doc(p(note('note-figure', 'Fees'), ' rise.')),
  related: [],
  speakers: [],
  createdAt: AT,
  updatedAt: AT,
  wordCount: 2,
  notes,
};

describe('notes on the shared desk', () => {
  it('travel with the article through its Yjs document and back to a stored article', () => {
    const ydoc = new Y.Doc();
    seedOnce(ydoc, contentOfArticle(article));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    expect(articleFromContent(article.id, readArticleContent(copy)!, AT).notes).toEqual(notes);

    const replied = [{ ...notes[0], messages: [...notes[0].messages, { author: 'Ana Ruiz', at: AT, text: 'The port office.' }] }];
    writeArticleContent(ydoc, contentOfArticle({ ...article, notes: replied }));
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    expect(readArticleContent(copy)!.notes).toEqual(replied);
  });

  it('leave the content key of an article without notes as it was (its seed does not change)', () => {
    const { notes: _notes, ...plain } = article;
    expect(JSON.parse(contentKey(contentOfArticle(plain)))).toHaveLength(9);
    expect(JSON.parse(contentKey(contentOfArticle(article)))).toHaveLength(10);
  });
});
