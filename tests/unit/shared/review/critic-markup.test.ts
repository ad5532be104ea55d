import { describe, expect, it } from 'vitest';

import type { Article } from '../../../../src/shared/article';
import { articleToReviewMarkdown } from '../../../../src/shared/export/article-markdown';
import { contextFor } from '../../../../src/shared/export/export-context';
import { importMarkdownArticle } from '../../../../src/shared/import/article-markdown-import';
import { normalizeBody } from '../../../../src/shared/import/desk-schema';
import type { NoteThread } from '../../../../src/shared/notes/note-thread';
import { bold, del, doc, ins, note, p } from '../../../support/document-builders';

const AT = '2026-11-29T10:00:00.000Z';
const ana = { id: 'sug-1', author: 'Ana Ruiz', at: AT };

function article(body: Article['body'], notes: NoteThread[] = []): Article {
  return {
    id: 'article-1',
    slug: 'port-dues',
    headline: 'Port dues rise',
    dateline: 'KALDER',
    byline: '',
    status: 'editing',
    body,
    related: [],
    speakers: [],
    createdAt: AT,
    updatedAt: AT,
    wordCount: 3,
    notes,
  };
}

const thread = (id: string, ...texts: string[]): NoteThread => ({
  id,
  resolved: false,
  messages: texts.map((text, index) => ({ author: index === 0 ? 'Ines Duarte' : 'Ana Ruiz', at: AT, text })),
});

describe('review copies in CriticMarkup', () => {
  it('write a replacement, an insertion and a note with authors and times', () => {
    const body = doc(
      p('Fees rise by ', del(ana, '4%'), ins(ana, '5%'), ' this year', ins({ ...ana, id: 'sug-2' }, ', the board said'), '.'),
      p(note('note-figure', 'The ', bold('harbour')), ' board met.'),
    );
    const markdown = articleToReviewMarkdown(article(body, [thread('note-figure', 'Which board?', 'The harbour board.')]), contextFor([]));
    expect(markdown).toContain('review-copy: true');
    expect(markdown).toContain('Fees rise by {~~4%~>5%~~}{>>#sug-1 Ana Ruiz (2026-11-29T10:00:00.000Z)<<} this year');
    expect(markdown).toContain('{++, the board said++}{>>#sug-2 Ana Ruiz (2026-11-29T10:00:00.000Z)<<}.');
    expect(markdown).toContain(
      '{==The **harbour**==}{>>#note-figure Ines Duarte (2026-11-29T10:00:00.000Z): Which board?<<}{>>Ana Ruiz (2026-11-29T10:00:00.000Z): The harbour board.<<} board met.',
    );
  });

  it('read back into the same suggestions and notes', () => {
    const body = normalizeBody(
      doc(p('Fees rise by ', del(ana, '4%'), ins(ana, '5%'), '.'), p(note('note-figure', 'The board'), ' met {quietly} ~ today.')),
    );
    const notes = [thread('note-figure', 'Which board?')];
    const imported = importMarkdownArticle(articleToReviewMarkdown(article(body, notes), contextFor([])), 'review.md');
    expect(imported.body).toEqual(body);
    expect(imported.notes).toEqual(notes);
  });

  it('keep an orphaned note in a closing paragraph of comments, and read it back without a paragraph', () => {
    const body = normalizeBody(doc(p('Nothing marked.')));
    const notes = [thread('note-orphan', 'Its words were cut.')];
    const markdown = articleToReviewMarkdown(article(body, notes), contextFor([]));
    expect(markdown.trimEnd().split('\n').at(-1)).toBe('{>>#note-orphan Ines Duarte (2026-11-29T10:00:00.000Z): Its words were cut.<<}');
    const imported = importMarkdownArticle(markdown, 'review.md');
    expect(imported.body).toEqual(body);
    expect(imported.notes).toEqual(notes);
  });

  it("import anyone's CriticMarkup as suggestions and notes by the front matter's review author", () => {
    const source =
      '---\ntitle: Ferry times\nreview-author: Tomas Berg\n---\n\nThe ferry {--now --}leaves at {~~six~>seven~~}.{++ Tickets cost more.++} {==Late==}{>>Is this still true?<<}\n';
    const imported = importMarkdownArticle(source, 'ferry.md', { now: AT });
    const marks = (imported.body.content![0].content ?? []).flatMap((node) =>
      (node.marks ?? []).map((mark) => [node.text, mark.type, mark.attrs?.author]),
    );
    expect(marks).toEqual([
      ['now ', 'suggestedDeletion', 'Tomas Berg'],
      ['six', 'suggestedDeletion', 'Tomas Berg'],
      ['seven', 'suggestedInsertion', 'Tomas Berg'],
      [' Tickets cost more.', 'suggestedInsertion', 'Tomas Berg'],
      ['Late', 'note', undefined],
    ]);
    expect(imported.notes).toEqual([
      { id: expect.stringMatching(/^note-/), resolved: false, messages: [{ author: 'Tomas Berg', at: AT, text: 'Is this still true?' }] },
    ]);
  });

  it('sign unsigned changes "imported" when the file names no review author', () => {
    const imported = importMarkdownArticle('A {++new++} word.\n', 'plain.md', { now: AT });
    expect(imported.body.content![0].content![1].marks).toEqual([
      { type: 'suggestedInsertion', attrs: { id: expect.any(String), author: 'imported', at: AT } },
    ]);
  });
});
