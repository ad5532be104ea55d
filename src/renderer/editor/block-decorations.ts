/**
 * Block decorations: a DecorationSet derived text block by text block (the
 * spellcheck underlines, the speaker colours), kept so that neither typing nor
 * opening costs what the whole story costs.
 *
 * - An edit maps the set and redoes only the blocks it touched (touched-blocks.ts).
 * - A long story opens undecorated and is filled in chunks of blocks, from the
 *   top, in the idle time after its first frame (`scheduleFill`); a full redraw
 *   (new verdicts, a rename) refills the same way, keeping the old decorations
 *   of a block until its chunk replaces them.
 *
 * Contract: once `pending` is null, the set equals what `decorateBlock` gives for
 * every text block of the current document (plus whatever `owns` leaves alone).
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { type Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

import { whenIdle } from '../ui/when-idle';
import { whenSelectionSettled } from './settled-selection';
import { touchedTextBlocks } from './touched-blocks';

/**
 * The decorations of one text block whose content starts at `from`. Each should say in
 * `spec.look` everything its attributes depend on: a block whose decorations look the same
 * after an edit then keeps its mapped ones (no rebuild of the set).
 */
export type BlockDecorator = (block: ProseMirrorNode, from: number) => Decoration[];

/** Which decorations of the set belong to blocks (others, such as pointers, are left alone); all when omitted. */
export type OwnedDecoration = (spec: Record<string, unknown>) => boolean;

export interface BlockDecorationState {
  decorations: DecorationSet;
  /** Where the next chunk starts, as a position of the current document; null when every block is done. */
  pending: number | null;
}

/** Stories with at most this many text blocks are decorated at once when they open. */
export const DECORATE_AT_ONCE_BLOCKS = 60;
/** Text blocks decorated per background chunk. */
export const FILL_CHUNK_BLOCKS = 40;

function textBlockCount(doc: ProseMirrorNode, limit: number): number {
  let count = 0;
  doc.descendants((node) => {
    if (count > limit) return false;
    if (node.isTextblock) count += 1;
    return !node.isTextblock;
  });
  return count;
}

/** The state of a document just opened: short ones decorated now, long ones left for `scheduleFill`. */
export function openBlockDecorations(doc: ProseMirrorNode, decorateBlock: BlockDecorator, extra: Decoration[] = []): BlockDecorationState {
  if (textBlockCount(doc, DECORATE_AT_ONCE_BLOCKS) > DECORATE_AT_ONCE_BLOCKS) {
    return { decorations: DecorationSet.create(doc, extra), pending: 0 };
  }
  const decorations: Decoration[] = [...extra];
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    decorations.push(...decorateBlock(node, position + 1));
    return false;
  });
  return { decorations: DecorationSet.create(doc, decorations), pending: null };
}

/** Asks for every block to be redone (in chunks, from the top); the current decorations stay until then. */
export function refillBlockDecorations(state: BlockDecorationState): BlockDecorationState {
  return { decorations: state.decorations, pending: 0 };
}

/** What a decoration looks like and where: its range and `spec.look` (a block decorator's decorations name their attributes there). */
function looks(decorations: readonly Decoration[]): string {
  return decorations
    .map((decoration) => `${decoration.from}-${decoration.to}:${String((decoration.spec as { look?: string }).look)}`)
    .sort()
    .join('|');
}

function sameLooks(stale: readonly Decoration[], fresh: readonly Decoration[]): boolean {
  return (
    stale.length === fresh.length &&
    fresh.every((decoration) => (decoration.spec as { look?: string }).look !== undefined) &&
    looks(stale) === looks(fresh)
  );
}

function replaceIn(
  decorations: DecorationSet,
  doc: ProseMirrorNode,
  from: number,
  to: number,
  fresh: Decoration[],
  owns?: OwnedDecoration,
): DecorationSet {
  const stale = decorations.find(from, to, owns as ((spec: unknown) => boolean) | undefined);
  // Typing inside a paragraph mostly leaves its decorations where mapping put them: keep the set then.
  if (sameLooks(stale, fresh)) return decorations;
  return decorations.remove(stale).add(doc, fresh);
}

/** After a transaction: the set mapped, the touched blocks redone, the fill's place carried along. */
export function mapBlockDecorations(
  transaction: Transaction,
  previous: BlockDecorationState,
  decorateBlock: BlockDecorator,
  owns?: OwnedDecoration,
): BlockDecorationState {
  if (!transaction.docChanged) return previous;
  let decorations = previous.decorations.map(transaction.mapping, transaction.doc);
  for (const block of touchedTextBlocks(transaction)) {
    decorations = replaceIn(decorations, transaction.doc, block.from, block.to, decorateBlock(block.node, block.from), owns);
  }
  const pending = previous.pending === null ? null : transaction.mapping.map(previous.pending, -1);
  return { decorations, pending };
}

/** The next chunk of the fill: up to FILL_CHUNK_BLOCKS text blocks starting at or after `pending`. */
export function fillBlockDecorations(
  doc: ProseMirrorNode,
  previous: BlockDecorationState,
  decorateBlock: BlockDecorator,
  owns?: OwnedDecoration,
): BlockDecorationState {
  const start = previous.pending;
  if (start === null) return previous;
  const fresh: Decoration[] = [];
  let blocks = 0;
  let first = -1;
  let end = start;
  let more = false;
  doc.nodesBetween(Math.min(start, doc.content.size), doc.content.size, (node, position) => {
    if (blocks >= FILL_CHUNK_BLOCKS) {
      more ||= node.isTextblock || node.childCount > 0;
      return false;
    }
    if (!node.isTextblock) return true;
    if (position < start) return false; // begun before the fill's place: done in an earlier chunk
    if (first === -1) first = position;
    fresh.push(...decorateBlock(node, position + 1));
    end = position + node.nodeSize;
    blocks += 1;
    return false;
  });
  if (blocks === 0) return { decorations: previous.decorations, pending: null };
  const decorations = replaceIn(previous.decorations, doc, first + 1, end - 1, fresh, owns);
  return { decorations, pending: more ? end : null };
}

/**
 * Runs the fill of a view's plugin: while `pending()` says a chunk is left, has
 * `dispatchChunk` dispatch one in idle time (after the frame that shows the
 * story) once the selection is settled, so a keystroke never waits behind more
 * than one chunk. `kick` restarts it after the state asked for a refill;
 * `destroy` stops it.
 */
export function scheduleFill(view: EditorView, pending: () => boolean, dispatchChunk: () => void): { kick(): void; destroy(): void } {
  let cancelIdle: (() => void) | undefined;
  let cancelSettle = () => undefined as void;
  const step = () => {
    cancelSettle = whenSelectionSettled(view, () => {
      cancelIdle = undefined;
      if (view.isDestroyed || !pending()) return;
      dispatchChunk();
      kick();
    });
  };
  const kick = () => {
    if (cancelIdle === undefined && !view.isDestroyed && pending()) cancelIdle = whenIdle(step);
  };
  kick();
  return {
    kick,
    destroy: () => {
      cancelIdle?.();
      cancelSettle();
      cancelIdle = undefined;
    },
  };
}
