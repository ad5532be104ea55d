// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { UndoRedo } from '@tiptap/extensions';
import { Fragment, Slice } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';

import { SuggestChanges } from '../../../../src/renderer/suggestions/suggest-changes';
import type { NodeJson } from '../../../../src/shared/article';
import { deskExtensions } from '../../../../src/shared/editor-schema';
import { listSuggestions } from '../../../../src/shared/suggestions';
import { del, doc, ins, p, quote } from '../../../support/document-builders';

let author = 'Mira Okafor';
let editor: Editor | undefined;

function open(body: NodeJson, suggesting = true): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [...deskExtensions(), UndoRedo, SuggestChanges.configure({ author: () => author, initiallyOn: suggesting })],
    content: body,
  });
  return editor;
}

afterEach(() => {
  editor?.destroy();
  editor = undefined;
  author = 'Mira Okafor';
});

/** The position just after the first occurrence of `text` (or before it, with `before`). */
function positionOf(subject: Editor, text: string, before = false): number {
  let found = -1;
  subject.state.doc.descendants((node, position) => {
    if (found >= 0 || !node.isText) return found < 0;
    const index = node.text!.indexOf(text);
    if (index >= 0) found = position + index + (before ? 0 : text.length);
    return false;
  });
  if (found < 0) throw new Error(`"${text}" is not in the document`);
  return found;
}

function type(subject: Editor, text: string): void {
  for (const character of text) subject.view.dispatch(subject.state.tr.insertText(character));
}

function placeCursor(subject: Editor, position: number): void {
  subject.view.dispatch(subject.state.tr.setSelection(TextSelection.create(subject.state.doc, position)));
}

function select(subject: Editor, text: string): void {
  const from = positionOf(subject, text, true);
  subject.view.dispatch(subject.state.tr.setSelection(TextSelection.create(subject.state.doc, from, from + text.length)));
}

/** Backspace as the browser does it: the character before the cursor goes. */
function backspace(subject: Editor, times = 1): void {
  for (let count = 0; count < times; count++) {
    const { from } = subject.state.selection;
    subject.view.dispatch(subject.state.tr.delete(from - 1, from));
  }
}

function forwardDelete(subject: Editor): void {
  const { from } = subject.state.selection;
  subject.view.dispatch(subject.state.tr.delete(from, from + 1));
}

const listed = (subject: Editor) =>
  listSuggestions(subject.getJSON() as NodeJson).map(({ kind, before, after, author: by }) => ({ kind, before, after, author: by }));

describe('suggest mode', () => {
  it('makes typed text one insertion by the author, leaving the text readable', () => {
    const subject = open(doc(p('The ferry leaves at nine.')));
    placeCursor(subject, positionOf(subject, 'leaves '));
    type(subject, 'always ');
    expect(subject.getText()).toBe('The ferry leaves always at nine.');
    expect(listed(subject)).toEqual([{ kind: 'insert', before: '', after: 'always ', author: 'Mira Okafor' }]);
    const [only] = listSuggestions(subject.getJSON() as NodeJson);
    expect(Date.now() - Date.parse(only!.at)).toBeLessThan(60_000);
  });

  it('marks text typed through the view (the typing fast path) as one insertion, never as part of a deletion it stands in', () => {
    const subject = open(doc(p('Rates ', del({ id: 'tom', author: 'Tom Reyes' }, 'rose'), ' today.')));
    const typeThroughView = (text: string) => {
      const { from } = subject.state.selection;
      const handled = subject.view.someProp('handleTextInput', (handle) =>
        handle(subject.view, from, from, text, () => subject.state.tr.insertText(text, from, from)),
      );
      expect(handled).toBe(true);
    };
    placeCursor(subject, positionOf(subject, 'ro'));
    typeThroughView('x');
    typeThroughView('y');
    expect(subject.getText()).toBe('Rates roxyse today.');
    expect(listed(subject)).toEqual([
      { kind: 'delete', before: 'rose', after: '', author: 'Tom Reyes' },
      { kind: 'insert', before: '', after: 'xy', author: 'Mira Okafor' },
    ]);
  });

  it('leaves typing alone when it is off, and can be toggled', () => {
    const subject = open(doc(p('Plain.')), false);
    placeCursor(subject, positionOf(subject, 'Plain'));
    type(subject, 'ly');
    expect(listed(subject)).toEqual([]);
    subject.commands.toggleSuggestMode();
    type(subject, '!');
    expect(listed(subject)).toEqual([{ kind: 'insert', before: '', after: '!', author: 'Mira Okafor' }]);
  });

  it('turns Backspace into one deletion suggestion, the cursor walking back over the struck text', () => {
    const subject = open(doc(p('Rates rose sharply today.')));
    placeCursor(subject, positionOf(subject, 'sharply'));
    backspace(subject, 8);
    expect(subject.getText()).toBe('Rates rose sharply today.');
    expect(listed(subject)).toEqual([{ kind: 'delete', before: ' sharply', after: '', author: 'Mira Okafor' }]);
    expect(subject.state.selection.from).toBe(positionOf(subject, 'rose'));
  });

  it('leaves paragraphs as they are on Backspace at a paragraph’s start, moving the cursor back instead', () => {
    const subject = open(doc(p('First.'), p('Second.')));
    placeCursor(subject, positionOf(subject, 'Second', true));
    const { from } = subject.state.selection;
    subject.view.dispatch(subject.state.tr.delete(from - 2, from));
    expect(subject.getJSON()).toEqual(doc(p('First.'), p('Second.')));
    expect(subject.state.selection.from).toBe(positionOf(subject, 'First.'));
  });

  it('turns Delete into a deletion, the cursor moving past it', () => {
    const subject = open(doc(p('A big day.')));
    placeCursor(subject, positionOf(subject, 'big', true));
    forwardDelete(subject);
    forwardDelete(subject);
    expect(listed(subject)).toEqual([{ kind: 'delete', before: 'bi', after: '', author: 'Mira Okafor' }]);
    expect(subject.state.selection.from).toBe(positionOf(subject, 'bi'));
  });

  it('really removes the author’s own pending insertion, but only marks someone else’s', () => {
    const subject = open(doc(p('Talks ', ins({ id: 'tom', author: 'Tom Reyes' }, 'will '), 'resume.')));
    placeCursor(subject, positionOf(subject, 'resume'));
    type(subject, 'd');
    backspace(subject);
    expect(subject.getText()).toBe('Talks will resume.');
    expect(listed(subject)).toEqual([{ kind: 'insert', before: '', after: 'will ', author: 'Tom Reyes' }]);
    placeCursor(subject, positionOf(subject, 'will'));
    backspace(subject, 4);
    expect(listSuggestions(subject.getJSON() as NodeJson).map((s) => [s.kind, s.author, s.before || s.after])).toEqual([
      ['delete', 'Mira Okafor', 'will'],
      ['insert', 'Tom Reyes', 'will '],
    ]);
  });

  it('makes typing over a selection a replacement inside the quote, flagged with its speaker', () => {
    const subject = open(doc(p('“', quote('hong', 'We will respond firmly'), ',” he said.')));
    select(subject, 'respond');
    type(subject, 'reply');
    const [replacement] = listSuggestions(subject.getJSON() as NodeJson);
    expect(replacement).toMatchObject({ kind: 'replace', before: 'respond', after: 'reply', quoteSpeakerIds: ['hong'] });
    expect(subject.getText()).toBe('“We will respondreply firmly,” he said.');
  });

  it('makes a paste one insertion, paragraphs and all', () => {
    const subject = open(doc(p('First.'), p('Last.')));
    placeCursor(subject, positionOf(subject, 'First.'));
    const schema = subject.schema;
    const pasted = new Slice(
      Fragment.from([schema.node('paragraph', null, schema.text(' Pasted')), schema.node('paragraph', null, schema.text('lines'))]),
      1,
      1,
    );
    subject.view.dispatch(subject.state.tr.replaceSelection(pasted));
    expect(listed(subject)).toEqual([{ kind: 'insert', before: '', after: ' Pasted\nlines', author: 'Mira Okafor' }]);
  });

  it('suggests bold as a formatting change that reject takes back and accept keeps', () => {
    const subject = open(doc(p('A record harvest.')));
    select(subject, 'record');
    subject.commands.toggleBold();
    const [format] = listSuggestions(subject.getJSON() as NodeJson);
    expect(format).toMatchObject({ kind: 'format', before: 'record', add: ['bold'], remove: [] });
    subject.commands.rejectSuggestion(format!.id);
    expect(subject.getJSON()).toEqual(doc(p('A record harvest.')));
    select(subject, 'record');
    subject.commands.toggleBold();
    subject.commands.acceptAllSuggestions();
    expect(subject.getJSON()).toEqual(doc(p('A ', { type: 'text', text: 'record', marks: [{ type: 'bold' }] }, ' harvest.')));
  });
});

describe('settling suggestions', () => {
  const mira = { id: 'm1', author: 'Mira Okafor' };
  const tom = { id: 't1', author: 'Tom Reyes' };
  const tom2 = { id: 't2', author: 'Tom Reyes' };
  const body = () =>
    doc(
      p('The ', del(mira, 'old'), ins(mira, 'new'), ' bridge opens ', ins(tom, 'in May'), '.'),
      p(del(tom2, 'A paragraph to drop.')),
      p('End.'),
    );

  it('accepts and rejects the suggestion at the cursor, by keyboard command', () => {
    const subject = open(body(), false);
    placeCursor(subject, positionOf(subject, 'ne'));
    expect(subject.commands.acceptSuggestion()).toBe(true);
    expect(subject.getText({ blockSeparator: '|' })).toBe('The new bridge opens in May.|A paragraph to drop.|End.');
    placeCursor(subject, positionOf(subject, 'in M'));
    subject.commands.rejectSuggestion();
    expect(subject.getText({ blockSeparator: '|' })).toBe('The new bridge opens .|A paragraph to drop.|End.');
    placeCursor(subject, positionOf(subject, 'End'));
    expect(subject.commands.acceptSuggestion()).toBe(false);
  });

  it('accepts all of one author, dropping a wholly deleted paragraph, and keeps the others', () => {
    const subject = open(body(), false);
    subject.commands.acceptAllSuggestions('Tom Reyes');
    expect(subject.getText({ blockSeparator: '|' })).toBe('The oldnew bridge opens in May.|End.');
    expect(listed(subject).map((s) => s.author)).toEqual(['Mira Okafor']);
  });

  it('rejects all, restoring the original text', () => {
    const subject = open(body(), false);
    subject.commands.rejectAllSuggestions();
    expect(subject.getJSON()).toEqual(doc(p('The old bridge opens .'), p('A paragraph to drop.'), p('End.')));
  });

  it('joins two paragraphs when an accepted deletion ran across their boundary', () => {
    const subject = open(doc(p('One ', del(mira, 'ends')), p(del(mira, 'Two'), ' goes on.')), false);
    subject.commands.acceptSuggestion('m1');
    expect(subject.getJSON()).toEqual(doc(p('One  goes on.')));
  });

  it('keeps the cursor where it was in the text when suggestions before it are settled', () => {
    const subject = open(body(), false);
    placeCursor(subject, positionOf(subject, 'bridge op'));
    subject.commands.acceptAllSuggestions();
    const { from } = subject.state.selection;
    expect(subject.state.doc.textBetween(from - 13, from)).toBe('new bridge op');
  });

  it('undoes one accept at a time, and the suggestions come back', () => {
    const subject = open(body(), false);
    subject.commands.acceptSuggestion('m1');
    subject.commands.acceptSuggestion('t1');
    subject.commands.undo();
    expect(listed(subject).map((s) => s.after || s.before)).toEqual(['in May', 'A paragraph to drop.']);
    subject.commands.undo();
    expect(subject.getJSON()).toEqual(body());
  });

  it('undoes a suggestion typed in suggest mode as typing, without leaving a deletion behind', () => {
    const subject = open(doc(p('Calm seas.')));
    placeCursor(subject, positionOf(subject, 'Calm'));
    type(subject, 'er');
    subject.commands.undo();
    expect(subject.getJSON()).toEqual(doc(p('Calm seas.')));
  });

  it('steps to the next and previous suggestion, going round', () => {
    const subject = open(body(), false);
    placeCursor(subject, 1);
    const selected = () => subject.state.doc.textBetween(subject.state.selection.from, subject.state.selection.to);
    subject.commands.goToSuggestion(1);
    expect(selected()).toBe('oldnew');
    subject.commands.goToSuggestion(1);
    expect(selected()).toBe('in May');
    subject.commands.goToSuggestion(1);
    expect(selected()).toBe('A paragraph to drop.');
    subject.commands.goToSuggestion(1);
    expect(selected()).toBe('oldnew');
    subject.commands.goToSuggestion(-1);
    expect(selected()).toBe('A paragraph to drop.');
  });
});
