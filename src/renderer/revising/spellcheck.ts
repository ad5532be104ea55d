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
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

import { adoptDomSelection, whenSelectionSettled } from '../editor/settled-selection';
import { blockText, type DocumentRange, textBlocks } from '../editor/text-blocks';
import { touchedTextBlocks } from '../editor/touched-blocks';
import { MOD_KEY_LABEL } from '../ui/format';
import { matchesShortcut } from '../ui/shortcuts';
import { insideAny, nameRanges } from './names-in-text';
import type { SpellingChecker } from './spelling-checker';

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

/** A word of a block: its text and where it starts in the block's content. */
interface BlockWord {
  word: string;
  offset: number;
}

/** Words per block node: nodes are immutable and shared between states, so an untouched paragraph is read once. */
const wordCache = new WeakMap<ProseMirrorNode, BlockWord[]>();

function wordsOfBlock(block: ProseMirrorNode): BlockWord[] {
  let words = wordCache.get(block);
  if (!words) {
    words = [];
    const names = nameRanges(block);
    for (const match of blockText(block).matchAll(WORD)) {
      const word = match[0];
      if (word.length < 2 || /\p{N}/u.test(word) || word.length > 100) continue;
      if (insideAny(names, match.index, match.index + word.length)) continue; // a name: no dictionary holds it
      words.push({ word, offset: match.index });
    }
    wordCache.set(block, words);
  }
  return words;
}

function* allWords(doc: ProseMirrorNode): Generator<string> {
  for (const block of textBlocks(doc)) for (const { word } of wordsOfBlock(block.node)) yield word;
}

const TITLE = `Misspelled? Right-click or press ${MOD_KEY_LABEL}+. for suggestions`;

/** The underlines of one block whose content starts at `from`. */
function blockDecorations(node: ProseMirrorNode, from: number, checker: SpellingChecker): Decoration[] {
  return wordsOfBlock(node)
    .filter(({ word }) => checker.verdict(word) === true)
    .map(({ word, offset }) =>
      Decoration.inline(from + offset, from + offset + word.length, { class: 'misspelled', title: TITLE }, { word }),
    );
}

function decorate(doc: ProseMirrorNode, checker: SpellingChecker): DecorationSet {
  return DecorationSet.create(
    doc,
    textBlocks(doc).flatMap((block) => blockDecorations(block.node, block.from, checker)),
  );
}

/** The underlines after an edit: the old ones mapped, and the touched blocks' redone. */
function redecorate(transaction: Transaction, previous: DecorationSet, checker: SpellingChecker): DecorationSet {
  let decorations = previous.map(transaction.mapping, transaction.doc);
  for (const block of touchedTextBlocks(transaction)) {
    decorations = decorations
      .remove(decorations.find(block.from, block.to))
      .add(transaction.doc, blockDecorations(block.node, block.from, checker));
  }
  return decorations;
}

function sameDecorations(current: DecorationSet | undefined, next: DecorationSet): boolean {
  const key = (set: DecorationSet | undefined) => (set?.find() ?? []).map((decoration) => `${decoration.from}-${decoration.to}`).join(',');
  return key(current) === key(next);
}

/** The underlined word at a position, if any. */
function misspelledAt(state: EditorState, position: number): MisspelledWord | null {
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
      apply: (transaction, previous, _oldState, newState) => {
        if (transaction.getMeta(spellcheckKey) === REFRESH) return decorate(newState.doc, checker);
        return transaction.docChanged ? redecorate(transaction, previous, checker) : previous;
      },
    },
    view: (view) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const checkSoon = (delay = options.delay ?? DEFAULT_DELAY_MS) => {
        clearTimeout(timer);
        timer = setTimeout(() => void checker.check(allWords(view.state.doc)), delay);
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
      const recheck = () => checkSoon(0);
      checker.addEventListener('forget', recheck);
      checkSoon(0);
      return {
        update: (updated, previousState) => {
          if (!updated.state.doc.eq(previousState.doc)) checkSoon();
        },
        destroy: () => {
          checker.removeEventListener('forget', recheck);
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
