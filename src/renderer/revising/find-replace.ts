/**
 * Find and replace in the body: a ProseMirror plugin that keeps the search
 * (text, match case, whole word), its matches in document order and which one
 * is current, and draws them as decorations (`find-match`, `find-current`).
 *
 * Commands are ProseMirror commands (state, dispatch). Replacing never crosses
 * a block boundary (matches are found within one textblock), keeps the marks of
 * the replaced text, and "Replace all" is a single transaction: one undo step.
 */
import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type Command, type EditorState, Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

import { type DocumentRange, textBlocks } from '../editor/text-blocks';

export interface FindQuery {
  text: string;
  matchCase: boolean;
  wholeWord: boolean;
}

export interface FindState {
  query: FindQuery;
  matches: DocumentRange[];
  /** Index into `matches`; -1 when there are none. */
  current: number;
  decorations: DecorationSet;
}

type FindMeta = { query: FindQuery } | { current: number };

const findReplaceKey = new PluginKey<FindState>('findReplace');

export const EMPTY_QUERY: FindQuery = { text: '', matchCase: false, wholeWord: false };

const WORD_CHARACTER = '[\\p{L}\\p{N}_]';

function patternOf(query: FindQuery): RegExp | null {
  if (query.text === '') return null;
  const escaped = query.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = query.wholeWord ? `(?<!${WORD_CHARACTER})${escaped}(?!${WORD_CHARACTER})` : escaped;
  return new RegExp(source, query.matchCase ? 'gu' : 'giu');
}

/** Every match of the query in the document, in order. */
export function findMatches(doc: ProseMirrorNode, query: FindQuery): DocumentRange[] {
  const pattern = patternOf(query);
  if (!pattern) return [];
  const matches: DocumentRange[] = [];
  for (const block of textBlocks(doc)) {
    for (const match of block.text.matchAll(pattern)) {
      if (match[0] === '') continue;
      matches.push({ from: block.from + match.index, to: block.from + match.index + match[0].length });
    }
  }
  return matches;
}

function decorate(doc: ProseMirrorNode, matches: DocumentRange[], current: number): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((match, index) =>
      Decoration.inline(match.from, match.to, { class: index === current ? 'find-match find-current' : 'find-match' }),
    ),
  );
}

/** The first match at or after `position` (wrapping to the first), or -1. */
function matchFrom(matches: DocumentRange[], position: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((match) => match.from >= position);
  return index === -1 ? 0 : index;
}

function build(doc: ProseMirrorNode, query: FindQuery, current: number): FindState {
  const matches = findMatches(doc, query);
  const index = matches.length === 0 ? -1 : Math.min(Math.max(current, 0), matches.length - 1);
  return { query, matches, current: index, decorations: decorate(doc, matches, index) };
}

export function findReplacePlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findReplaceKey,
    state: {
      init: () => ({ query: EMPTY_QUERY, matches: [], current: -1, decorations: DecorationSet.empty }),
      apply: (transaction, previous, _oldState, newState) => {
        const meta = transaction.getMeta(findReplaceKey) as FindMeta | undefined;
        if (meta && 'query' in meta) {
          const matches = findMatches(newState.doc, meta.query);
          const current = matchFrom(matches, newState.selection.from);
          return { query: meta.query, matches, current, decorations: decorate(newState.doc, matches, current) };
        }
        if (meta && 'current' in meta) {
          return { ...previous, current: meta.current, decorations: decorate(newState.doc, previous.matches, meta.current) };
        }
        if (!transaction.docChanged || previous.query.text === '') return previous;
        // Keep the current match near where it was after an edit.
        const anchor = previous.matches[previous.current];
        const state = build(newState.doc, previous.query, 0);
        const current = anchor ? matchFrom(state.matches, transaction.mapping.map(anchor.from)) : state.current;
        return { ...state, current, decorations: decorate(newState.doc, state.matches, current) };
      },
    },
    props: {
      decorations: (state) => findReplaceKey.getState(state)?.decorations,
    },
  });
}

/** Find and replace as an extension of the body editor's extension list. */
export const FindReplace = Extension.create({
  name: 'findReplace',

  addProseMirrorPlugins() {
    return [findReplacePlugin()];
  },
});

export function findStateOf(state: EditorState): FindState | undefined {
  return findReplaceKey.getState(state);
}

/** Searches for `query`; the current match becomes the first at or after the cursor. */
export function setFindQuery(query: FindQuery): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.setMeta(findReplaceKey, { query }).setMeta('addToHistory', false));
    return true;
  };
}

/** Replaces one range with text carrying the marks the range had (speaker spans, bold…). */
function replaceRange(tr: Transaction, range: DocumentRange, replacement: string): Transaction {
  if (replacement === '') return tr.delete(range.from, range.to);
  const marks = tr.doc.resolve(range.from + 1).marks();
  return tr.replaceWith(range.from, range.to, tr.doc.type.schema.text(replacement, marks));
}

/** Selects a match and scrolls it into view (the find field keeps the focus). */
function goTo(state: EditorState, index: number, dispatch?: (tr: Transaction) => void): boolean {
  const match = findStateOf(state)?.matches[index];
  if (!match) return false;
  dispatch?.(
    state.tr
      .setMeta(findReplaceKey, { current: index })
      .setMeta('addToHistory', false)
      .setSelection(TextSelection.create(state.doc, match.from, match.to))
      .scrollIntoView(),
  );
  return true;
}

/** Moves to the next match (forward) or the previous one, wrapping around. */
export function findStep(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const find = findStateOf(state);
    if (!find || find.matches.length === 0) return false;
    const count = find.matches.length;
    return goTo(state, (find.current + direction + count) % count, dispatch);
  };
}

/** Replaces the current match, then moves to the match after it. */
export function replaceCurrent(replacement: string): Command {
  return (state, dispatch) => {
    const find = findStateOf(state);
    const match = find?.matches[find.current];
    if (!find || !match) return false;
    if (dispatch) {
      const tr = replaceRange(state.tr, match, replacement);
      const after = tr.mapping.map(match.to);
      tr.setSelection(TextSelection.create(tr.doc, after)).scrollIntoView();
      dispatch(tr);
    }
    return true;
  };
}

/** Replaces every match in one transaction (so one undo step undoes them all). */
export function replaceAll(replacement: string): Command {
  return (state, dispatch) => {
    const find = findStateOf(state);
    if (!find || find.matches.length === 0) return false;
    if (dispatch) {
      const tr = closeHistory(state.tr);
      // From the end, so earlier positions stay valid.
      for (const match of [...find.matches].reverse()) {
        replaceRange(tr, match, replacement);
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
