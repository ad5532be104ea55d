import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { NodeJson } from '../../../../src/shared/article';
import { articleToReviewMarkdown } from '../../../../src/shared/export/article-markdown';
import { contextFor } from '../../../../src/shared/export/export-context';
import { importMarkdownArticle } from '../../../../src/shared/import/article-markdown-import';
import { normalizeBody } from '../../../../src/shared/import/desk-schema';
import type { NoteThread } from '../../../../src/shared/notes/note-thread';
import { listSuggestions } from '../../../../src/shared/suggestions';
import { articleWith, body, SPEAKERS } from '../../../support/generated-documents';

type Mark = NonNullable<NodeJson['marks']>[number];

const SUGGESTION_IDS = ['sug-one', 'sug-two', 'sug-three'];
const NOTE_IDS = ['note-one', 'note-two', 'note-three'];
const by = (id: string) => ({
  id,
  author: `${id === 'sug-two' ? 'Ana (desk) Ruiz' : 'Tomas Berg'}`,
  at: `2026-11-2${SUGGESTION_IDS.indexOf(id) + 1}T10:00:00.000Z`,
});

/** What one text node gets: at most one suggestion and any of the notes. */
const decoration = fc.record({
  suggestion: fc.option(
    fc.record({
      kind: fc.constantFrom('suggestedDeletion', 'suggestedInsertion', 'suggestedFormat'),
      id: fc.constantFrom(...SUGGESTION_IDS),
    }),
    {
      freq: 2,
    },
  ),
  notes: fc.subarray(NOTE_IDS),
});

const messageText = fc
  .array(
    fc.oneof(
      fc.constantFrom('Check {this}', '<<}', '~>', '\\n', 'line\nbreak', '#note-one', '(2026-11-29T10:00:00.000Z)', ': ', 'é'),
      fc.string({ minLength: 1, maxLength: 8 }),
    ),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((parts) => parts.join(''))
  .filter((text) => text.trim() !== '');

const threads = fc
  .array(fc.tuple(fc.boolean(), fc.array(messageText, { minLength: 1, maxLength: 3 })), { minLength: 4, maxLength: 4 })
  .map((entries) =>
    entries.map(([resolved, texts], index): NoteThread => ({
      id: index < NOTE_IDS.length ? NOTE_IDS[index] : 'note-orphaned',
      resolved,
      messages: texts.map((text, at) => ({ author: at % 2 ? 'Ines Duarte' : 'Rosa Lindqvist', at: `2026-11-29T1${at}:00:00.000Z`, text })),
    })),
  );

/** Adds the decorations to the body's text, node by node (code spans and code blocks keep theirs out). */
function decorate(original: NodeJson, decorations: { suggestion: { kind: string; id: string } | null; notes: string[] }[]): NodeJson {
  let next = 0;
  const visit = (node: NodeJson, inCode: boolean): NodeJson => {
    if (node.type === 'text' && !inCode && !(node.marks ?? []).some((mark) => mark.type === 'code')) {
      const { suggestion, notes } = decorations[next++ % decorations.length];
      const marks: Mark[] = [...(node.marks ?? [])];
      if (suggestion) {
        const attrs =
          suggestion.kind === 'suggestedFormat' ? { ...by(suggestion.id), add: ['bold'], remove: ['italic'] } : by(suggestion.id);
        marks.push({ type: suggestion.kind, attrs });
      }
      for (const id of notes) marks.push({ type: 'note', attrs: { id } });
      return marks.length ? { ...node, marks } : node;
    }
    return node.content ? { ...node, content: node.content.map((child) => visit(child, inCode || node.type === 'codeBlock')) } : node;
  };
  return normalizeBody(visit(original, false));
}

const byId = (notes: readonly NoteThread[]) => [...notes].sort((a, b) => a.id.localeCompare(b.id));

describe('the review copy round trip (CriticMarkup Markdown out, then in)', () => {
  it('gives back every suggestion and note exactly: marks, ids, authors, times, threads and orphaned notes', () => {
    fc.assert(
      fc.property(body, fc.array(decoration, { minLength: 1, maxLength: 8 }), threads, (plain, decorations, notes) => {
        const reviewed = decorate(plain, decorations);
        const markdown = articleToReviewMarkdown(articleWith(reviewed, { notes }), contextFor(SPEAKERS));
        const imported = importMarkdownArticle(markdown, 'review.md');
        expect(imported.body).toEqual(reviewed);
        expect(listSuggestions(imported.body)).toEqual(listSuggestions(reviewed));
        // The threads' stored order means nothing (the panel lists them in document order): compare by id.
        expect(byId(imported.notes ?? [])).toEqual(byId(notes));
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
