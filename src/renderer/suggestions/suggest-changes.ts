/**
 * SuggestChanges: suggest mode and the commands that settle suggestions, as a
 * Tiptap extension of the body editor.
 *
 * While suggest mode is on, every edit is turned into suggestions by the
 * transaction appended after it (suggestion-transform.ts), carrying the
 * author's display name and the time. Undo, remote (Yjs) changes and the
 * settle commands are left as they are.
 *
 *   Mod-Alt-e          suggest mode on/off
 *   Mod-Alt-a / r      accept / reject the suggestion at the cursor
 *   Mod-Alt-. / ,      next / previous suggestion
 *
 * Each accept or reject is one undo step.
 */
import { Extension } from '@tiptap/core';
import { closeHistory, isHistoryTransaction } from '@tiptap/pm/history';
import type { Mark } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';

import { settleSuggestions, type SuggestionDecision } from './settle-suggestions';
import { neighbourSuggestion, suggestionIdAt, suggestionIdOf, suggestionPieces } from './suggestion-ranges';
import { newSuggestionId, suggestionTransaction, typedSuggestion } from './suggestion-transform';

/** The shortcuts, as ui/shortcuts.ts writes them (for titles and aria-keyshortcuts). */
export const SUGGESTION_SHORTCUTS = {
  toggle: 'Mod+Alt+E',
  accept: 'Mod+Alt+A',
  reject: 'Mod+Alt+R',
  next: 'Mod+Alt+.',
  previous: 'Mod+Alt+,',
} as const;

export interface SuggestChangesOptions {
  /** The display name suggestions are made under. */
  author: () => string;
  /** Suggest mode when the editor starts. */
  initiallyOn: boolean;
  /** Told when suggest mode is switched. */
  onModeChange: (on: boolean) => void;
}

interface SuggestModeState {
  on: boolean;
}

export const suggestModeKey = new PluginKey<SuggestModeState>('suggestMode');

/** Meta on transactions the suggest-mode plugin must leave alone (settling, its own). */
const EXEMPT = 'suggestionsExempt';

/** True while the editor state is in suggest mode. */
export function isSuggestMode(state: EditorState): boolean {
  return suggestModeKey.getState(state)?.on ?? false;
}

/** Marks `tr` as one suggest mode leaves as it is (a settle, a reload of the whole body). */
export function exemptFromSuggesting(tr: Transaction): Transaction {
  return tr.setMeta(EXEMPT, true);
}

function isExempt(tr: Transaction): boolean {
  return (
    tr.getMeta(EXEMPT) === true || tr.getMeta('y-sync$') !== undefined || isHistoryTransaction(tr) || tr.getMeta('addToHistory') === false
  );
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestChanges: {
      /** Turns suggest mode on or off. */
      setSuggestMode: (on: boolean) => ReturnType;
      toggleSuggestMode: () => ReturnType;
      /** Accepts the suggestion with this id, or the one at the cursor. */
      acceptSuggestion: (id?: string) => ReturnType;
      /** Rejects the suggestion with this id, or the one at the cursor. */
      rejectSuggestion: (id?: string) => ReturnType;
      /** Accepts every suggestion (of `author`, when given). */
      acceptAllSuggestions: (author?: string) => ReturnType;
      /** Rejects every suggestion (of `author`, when given). */
      rejectAllSuggestions: (author?: string) => ReturnType;
      /** Selects the next (1) or previous (-1) suggestion, going round at the end. */
      goToSuggestion: (direction: 1 | -1) => ReturnType;
    };
  }
}

/** A command settling the suggestions `which` picks; false when there are none. */
function settling(which: (state: EditorState) => ((mark: Mark) => boolean) | null, decision: SuggestionDecision) {
  return ({ state, tr, dispatch }: { state: EditorState; tr: Transaction; dispatch?: (tr: Transaction) => void }): boolean => {
    const keep = which(state);
    if (!keep || suggestionPieces(state.doc, keep).length === 0) return false;
    if (dispatch) {
      settleSuggestions(tr, keep, decision);
      // One undo step per settle, never merged with the typing before it.
      closeHistory(exemptFromSuggesting(tr));
    }
    return true;
  };
}

function byId(id: string | undefined) {
  return (state: EditorState) => {
    const wanted = id ?? suggestionIdAt(state.doc, state.selection);
    return wanted ? (mark: Mark) => suggestionIdOf(mark) === wanted : null;
  };
}

function byAuthor(author: string | undefined) {
  return () => (mark: Mark) => author === undefined || mark.attrs.author === author;
}

export const SuggestChanges = Extension.create<SuggestChangesOptions>({
  name: 'suggestChanges',

  addOptions() {
    return { author: () => 'desk', initiallyOn: false, onModeChange: () => undefined };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<SuggestModeState>({
        key: suggestModeKey,
        state: {
          init: () => ({ on: options.initiallyOn }),
          apply: (tr, value) => {
            const meta = tr.getMeta(suggestModeKey) as SuggestModeState | undefined;
            return meta && meta.on !== value.on ? meta : value;
          },
        },
        props: {
          // Typing at a cursor, the commonest edit, is inserted marked in one transaction
          // (no appended one for every plugin to map through); everything else goes through appendTransaction.
          handleTextInput: (view, from, to, text) => {
            if (from !== to || !isSuggestMode(view.state)) return false;
            const tr = typedSuggestion(view.state, from, text, options.author());
            if (!tr) return false;
            view.dispatch(exemptFromSuggesting(tr));
            return true;
          },
        },
        appendTransaction: (transactions, oldState, newState) => {
          if (!isSuggestMode(newState) || !transactions.some((tr) => tr.docChanged)) return null;
          const who = { author: options.author(), at: new Date().toISOString(), newId: newSuggestionId };
          const tr = suggestionTransaction(transactions, oldState, newState, who, isExempt);
          return tr ? exemptFromSuggesting(tr) : null;
        },
      }),
    ];
  },

  addCommands() {
    const options = this.options;
    return {
      setSuggestMode:
        (on) =>
        ({ tr, dispatch }) => {
          if (dispatch) {
            tr.setMeta(suggestModeKey, { on }).setMeta('addToHistory', false);
            options.onModeChange(on);
          }
          return true;
        },
      toggleSuggestMode:
        () =>
        ({ state, commands }) =>
          commands.setSuggestMode(!isSuggestMode(state)),
      acceptSuggestion: (id) => settling(byId(id), 'accept'),
      rejectSuggestion: (id) => settling(byId(id), 'reject'),
      acceptAllSuggestions: (author) => settling(byAuthor(author), 'accept'),
      rejectAllSuggestions: (author) => settling(byAuthor(author), 'reject'),
      goToSuggestion:
        (direction) =>
        ({ state, tr, dispatch }) => {
          const piece = neighbourSuggestion(state.doc, state.selection, direction);
          if (!piece) return false;
          if (dispatch) {
            // The whole suggestion where it lies: a replacement's deletion and insertion together.
            const $from = state.doc.resolve(piece.from);
            const id = suggestionIdOf(piece.mark);
            const around = suggestionPieces(state.doc, (mark) => suggestionIdOf(mark) === id, $from.start(), $from.end());
            let { from, to } = piece;
            for (const other of around) {
              if (other.to >= from && other.from <= to) {
                from = Math.min(from, other.from);
                to = Math.max(to, other.to);
              }
            }
            tr.setSelection(TextSelection.create(tr.doc, from, to)).scrollIntoView();
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-e': () => this.editor.commands.toggleSuggestMode(),
      'Mod-Alt-a': () => this.editor.commands.acceptSuggestion(),
      'Mod-Alt-r': () => this.editor.commands.rejectSuggestion(),
      'Mod-Alt-.': () => this.editor.commands.goToSuggestion(1),
      'Mod-Alt-,': () => this.editor.commands.goToSuggestion(-1),
    };
  },
});
