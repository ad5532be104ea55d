import { describe, expect, it } from 'vitest';

import { normalizeBody } from '../../../../src/shared/import/desk-schema';
import { noteAnchorTexts, notesInOrder, withoutNoteAnchors } from '../../../../src/shared/notes/note-anchors';
import { countOpenNotes, type NoteThread } from '../../../../src/shared/notes/note-thread';
import { bold, doc, note, p } from '../../../support/document-builders';

const thread = (id: string, resolved = false): NoteThread => ({
  id,
  resolved,
  messages: [{ author: 'Ines Duarte', at: '2026-11-29T10:00:00.000Z', text: `About ${id}` }],
});

describe('note anchors', () => {
  it('let two notes cover overlapping words, each keeping its own words', () => {
    const body = normalizeBody(doc(p(note('note-outer', 'The ', note('note-inner', 'minister')), note('note-inner', ' said'), ' no.')));
    expect(noteAnchorTexts(body)).toEqual(
      new Map([
        ['note-outer', 'The minister'],
        ['note-inner', 'minister said'],
      ]),
    );
  });

  it('list notes in the order their words appear, orphaned ones (words deleted) last', () => {
    const body = doc(p('First ', note('note-second', 'figure'), '.'), p(note('note-first', 'Later'), ' paragraph.'));
    const placed = notesInOrder([thread('note-gone'), thread('note-first'), thread('note-second')], body);
    expect(placed.map((entry) => [entry.note.id, entry.anchor])).toEqual([
      ['note-second', 'figure'],
      ['note-first', 'Later'],
      ['note-gone', null],
    ]);
  });

  it('join the words of a note that spans paragraphs with a space', () => {
    expect(noteAnchorTexts(doc(p('A ', note('note-span', 'end')), p(note('note-span', 'Start'), ' b'))).get('note-span')).toBe('end Start');
  });

  it('are removed for publishing, other marks kept', () => {
    const body = doc(p(note('note-x12345', bold('Fees')), ' rise'));
    expect(withoutNoteAnchors(body)).toEqual(doc(p(bold('Fees'), ' rise')));
  });

  it('count only unresolved notes as open', () => {
    expect(countOpenNotes([thread('note-aaaaaa'), thread('note-bbbbbb', true)])).toBe(1);
    expect(countOpenNotes(undefined)).toBe(0);
  });
});
