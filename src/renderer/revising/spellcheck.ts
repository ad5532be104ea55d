/**
 * Spellcheck: underlines the body's misspelled words with decorations
 * (`misspelled`), from verdicts a SpellingChecker keeps in memory. Typing never
 * waits: the plugin draws what is known, and after a pause asks the checker
 * about new words; their verdicts redraw the underlines when they arrive.
 *
 * A right-click on an underlined word, or Mod+. with the cursor in it, asks
 * the host to show the suggestions menu (`onMenuRequest`).
 */
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { SpellingChecker } from './spelling-checker';
import { MOD_KEY_LABEL } from '../ui/format';
import { matchesShortcut } from '../ui/shortcuts';
import { adoptDomSelection, whenSelectionSettled } from '../editor/settled-selection';
import { textBlocks, type DocumentRange } from '../editor/text-blocks';

export interface MisspelledWord extends DocumentRange {
  word: string;
}

export interface SpellingMenuRequest {
  word: MisspelledWord;
  /** Where to show the menu, in viewport coordinates. */
  anchor: { x: number; y: number };
}

export interface SpellcheckOptions {
  checker: SpellingChecker;
  onMenuRequest: (request: SpellingMenuRequest) => void;
  /** Quiet time after the last edit before new words are checked, in ms. */
  delay?: number;
}

export const SPELLING_MENU_SHORTCUT = 'Mod+.';

const spellcheckKey = new PluginKey<DecorationSet>('spellcheck');
const REFRESH = 'refresh';
const DEFAULT_DELAY_MS = 350;

/** Letters with inner apostrophes ("don't"); runs with digits are skipped, as main skips them. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

function wordsIn(doc: ProseMirrorNode): { word: string; from: number; to: number }[] {
  const words: { word: string; from: number; to: number }[] = [];
  for (const block of textBlocks(doc)) {
    for (const match of block.text.matchAll(WORD)) {
      const word = match[0];
      if (word.length < 2 || /\p{N}/u.test(word) || word.length > 100) continue;
      words.push({ word, from: block.from + match.index, to: block.from + match.index + word.length });
    }
  }
  return words;
}

function decorate(doc: ProseMirrorNode, checker: SpellingChecker): DecorationSet {
  const decorations = wordsIn(doc)
    .filter(({ word }) => checker.verdict(word) === true)
    .map(({ word, from, to }) =>
      Decoration.inline(from, to, { class: 'misspelled', title: `Misspelled? Right-click or press ${MOD_KEY_LABEL}+. for suggestions` }, { word }),
    );
  return DecorationSet.create(doc, decorations);
}

function sameDecorations(current: DecorationSet | undefined, next: DecorationSet): boolean {
  const key = (set: DecorationSet | undefined) => (set?.find() ?? []).map((decoration) => `${decoration.from}-${decoration.to}`).join(',');
  return key(current) === key(next);
}

/** The underlined word at a position, if any. */
export function misspelledAt(state: EditorState, position: number): MisspelledWord | null {
  const found = spellcheckKey.getState(state)?.find(position, position, (spec) => typeof spec.word === 'string');
  const decoration = found?.[0];
  return decoration ? { word: (decoration.spec as { word: string }).word, from: decoration.from, to: decoration.to } : null;
}

function requestMenuAtCursor(view: EditorView, options: SpellcheckOptions): boolean {
  // Ctrl+. may come right after an arrow key the view has not read yet: use where the cursor really is.
  const word = misspelledAt(view.state, adoptDomSelection(view));
  if (!word) return false;
  const coords = view.coordsAtPos(word.from);
  options.onMenuRequest({ word, anchor: { x: coords.left, y: coords.bottom } });
  return true;
}

export function spellcheckPlugin(options: SpellcheckOptions): Plugin<DecorationSet> {
  const { checker } = options;
  return new Plugin<DecorationSet>({
    key: spellcheckKey,
    state: {
      init: (_config, { doc }) => decorate(doc, checker),
      apply: (transaction, previous, _oldState, newState) =>
        transaction.docChanged || transaction.getMeta(spellcheckKey) === REFRESH ? decorate(newState.doc, checker) : previous,
    },
    view: (view) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const checkSoon = (delay = options.delay ?? DEFAULT_DELAY_MS) => {
        clearTimeout(timer);
        timer = setTimeout(() => void checker.check(wordsIn(view.state.doc).map(({ word }) => word)), delay);
      };
      let cancelRedraw = () => undefined as void;
      const redraw = () => {
        cancelRedraw();
        cancelRedraw = whenSelectionSettled(view, () => {
          if (!sameDecorations(spellcheckKey.getState(view.state), decorate(view.state.doc, checker))) {
            view.dispatch(view.state.tr.setMeta(spellcheckKey, REFRESH).setMeta('addToHistory', false));
          }
        });
      };
      checker.addEventListener('change', redraw);
      checkSoon(0);
      return {
        update: (updated, previousState) => {
          if (!updated.state.doc.eq(previousState.doc)) checkSoon();
        },
        destroy: () => {
          clearTimeout(timer);
          cancelRedraw();
          checker.removeEventListener('change', redraw);
        },
      };
    },
    props: {
      decorations: (state) => spellcheckKey.getState(state),
      handleKeyDown: (view, event) => matchesShortcut(event, SPELLING_MENU_SHORTCUT) && requestMenuAtCursor(view, options),
      handleDOMEvents: {
        contextmenu: (view, event) => {
          const position = view.posAtCoords({ left: event.clientX, top: event.clientY });
          const word = position ? misspelledAt(view.state, position.pos) : null;
          if (!word) return false;
          event.preventDefault();
          options.onMenuRequest({ word, anchor: { x: event.clientX, y: event.clientY } });
          return true;
        },
      },
    },
  });
}

/** Spellcheck as an extension of the body editor's extension list; `checker` and `onMenuRequest` are required. */
export const Spellcheck = Extension.create<SpellcheckOptions>({
  name: 'spellcheck',

  addProseMirrorPlugins() {
    return [spellcheckPlugin(this.options)];
  },
});
