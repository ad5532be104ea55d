import { getSchema } from '@tiptap/core';
import { history, undo } from '@tiptap/pm/history';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type Command, EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';

import {
  findMatches,
  findReplacePlugin,
  findStateOf,
  findStep,
  replaceAll,
  replaceCurrent,
  setFindQuery,
} from '../../../../src/renderer/revising/find-replace';
import { deskExtensions } from '../../../../src/shared/editor-schema';

const schema = getSchema(deskExtensions());
const text = (value: string, marks?: object[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
const doc = ProseMirrorNode.fromJSON(schema, {
  type: 'doc',
  content: [
    paragraph(text('Cyber crime is a cyber problem; cybernetics is not.')),
    paragraph(text('The '), text('cyber', [{ type: 'bold' }]), text(' desk said so.')),
  ],
});

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (transaction) => (next = state.apply(transaction)));
  return next;
}

const start = () => EditorState.create({ doc, plugins: [history(), findReplacePlugin()] });
const query = (text: string, options: { matchCase?: boolean; wholeWord?: boolean } = {}) => ({
  text,
  matchCase: false,
  wholeWord: false,
  ...options,
});

describe('find and replace', () => {
  it('finds every match within textblocks, ignoring case unless asked', () => {
    expect(findMatches(doc, query('cyber'))).toHaveLength(4);
    expect(findMatches(doc, query('cyber', { matchCase: true }))).toHaveLength(3);
    expect(findMatches(doc, query('cyber', { wholeWord: true }))).toHaveLength(3);
    expect(findMatches(doc, query('a (b'))).toEqual([]); // special characters are taken literally
  });

  it('steps through matches forward and back, wrapping around', () => {
    let state = run(start(), setFindQuery(query('cyber')));
    expect(findStateOf(state)?.current).toBe(0);
    state = run(state, findStep(-1));
    expect(findStateOf(state)?.current).toBe(3);
    state = run(state, findStep(1));
    expect(findStateOf(state)?.current).toBe(0);
  });

  it('replaces the current match keeping its marks', () => {
    let state = run(start(), setFindQuery(query('cyber', { wholeWord: true, matchCase: true })));
    state = run(state, findStep(1)); // the second of two: the bold one
    state = run(state, replaceCurrent('online'));
    expect(state.doc.child(1).textContent).toBe('The online desk said so.');
    expect(
      state.doc
        .child(1)
        .child(1)
        .marks.map((mark) => mark.type.name),
    ).toEqual(['bold']);
  });

  it('replaces all matches in one step that a single undo takes back', () => {
    let state = run(start(), setFindQuery(query('cyber', { wholeWord: true })));
    state = run(state, replaceAll('net'));
    expect(state.doc.textBetween(0, state.doc.content.size, '\n')).toBe(
      'net crime is a net problem; cybernetics is not.\nThe net desk said so.',
    );
    expect(findStateOf(state)?.matches).toEqual([]);
    state = run(state, undo);
    expect(state.doc.eq(doc)).toBe(true);
  });
});
