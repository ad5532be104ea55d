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
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, type EditorView } from '@tiptap/pm/view';

import {
  type BlockDecorationState,
  fillBlockDecorations,
  mapBlockDecorations,
  openBlockDecorations,
  refillBlockDecorations,
  scheduleFill,
} from '../editor/block-decorations';
import { adoptDomSelection, whenSelectionSettled } from '../editor/settled-selection';
import { blockText, type DocumentRange, textBlocks } from '../editor/text-blocks';
import { MOD_KEY_LABEL } from '../ui/format';
import { matchesShortcut } from '../ui/shortcuts';
import { whenIdle } from '../ui/when-idle';
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

const spellcheckKey = new PluginKey<BlockDecorationState>('spellcheck');
/** Meta: redo every block (new verdicts arrived), in chunks. */
const REFRESH = 'refresh';
/** Meta: decorate the next chunk of blocks. */
const FILL = 'fill';
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
      Decoration.inline(from + offset, from + offset + word.length, { class: 'misspelled', title: TITLE }, { word, look: word }),
    );
}

/** The underlined word at a position, if any. */
function misspelledAt(state: EditorState, position: number): MisspelledWord | null {
  const found = spellcheckKey.getState(state)?.decorations.find(position, position, (spec) => typeof spec.word === 'string');
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

export function spellcheckPlugin(options: SpellcheckOptions): Plugin<BlockDecorationState> {
  const { checker } = options;
  const decorateBlock = (node: ProseMirrorNode, from: number) => blockDecorations(node, from, checker);
  return new Plugin<BlockDecorationState>({
    key: spellcheckKey,
    state: {
      init: (_config, { doc }) => openBlockDecorations(doc, decorateBlock),
      apply: (transaction, previous, _oldState, newState) => {
        const meta = transaction.getMeta(spellcheckKey) as string | undefined;
        const mapped = mapBlockDecorations(transaction, previous, decorateBlock);
        if (meta === REFRESH) return refillBlockDecorations(mapped);
        if (meta === FILL) return fillBlockDecorations(newState.doc, mapped, decorateBlock);
        return mapped;
      },
    },
    view: (view) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const checkSoon = (delay = options.delay ?? DEFAULT_DELAY_MS) => {
        clearTimeout(timer);
        timer = setTimeout(() => void checker.check(allWords(view.state.doc)), delay);
      };
      const dispatch = (meta: string) => view.dispatch(view.state.tr.setMeta(spellcheckKey, meta).setMeta('addToHistory', false));
      // Chunks of underlines in idle time: a long story opens (and takes new verdicts) without one long task.
      const fill = scheduleFill(
        view,
        () => spellcheckKey.getState(view.state)?.pending != null,
        () => dispatch(FILL),
      );
      let cancelRedraw = () => undefined as void;
      const redraw = () => {
        cancelRedraw();
        cancelRedraw = whenSelectionSettled(view, () => {
          dispatch(REFRESH);
          fill.kick();
        });
      };
      checker.addEventListener('change', redraw);
      const recheck = () => checkSoon(0);
      checker.addEventListener('forget', recheck);
      // The first pass over a story just opened waits until the window is idle: the story shows first.
      const cancelFirstCheck = whenIdle(() => checkSoon(0), 500);
      return {
        update: (updated, previousState) => {
          if (!updated.state.doc.eq(previousState.doc)) checkSoon();
        },
        destroy: () => {
          checker.removeEventListener('forget', recheck);
          cancelFirstCheck();
          clearTimeout(timer);
          cancelRedraw();
          fill.destroy();
          checker.removeEventListener('change', redraw);
        },
      };
    },
    props: {
      decorations: (state) => spellcheckKey.getState(state)?.decorations,
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
