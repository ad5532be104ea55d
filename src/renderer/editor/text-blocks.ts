/**
 * Text blocks: the body as the attribution detector and the lint see it — one
 * string per textblock (paragraph, heading, list item paragraph…), in document
 * order — and the mapping between (paragraph index, character offset) and
 * ProseMirror positions.
 *
 * Contract: block i's `text` has exactly one character per position of its
 * content (text is itself, every inline leaf such as a hard break is one space),
 * so offset k of block i is position `blocks[i].from + k`.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface TextBlock {
  /** The block's text; a hard break reads as one space. */
  text: string;
  /** The position where the block's content starts. */
  from: number;
  /** The block node itself (immutable: a cache key for what is derived from it). */
  node: ProseMirrorNode;
}

/** A range of the document, as ProseMirror positions. */
export interface DocumentRange {
  from: number;
  to: number;
}

/** Each block node's text, read once: nodes are immutable and shared between editor states. */
const textCache = new WeakMap<ProseMirrorNode, string>();

/** A text block's text as `textBlocks` gives it (cached per node). */
export function blockText(node: ProseMirrorNode): string {
  let text = textCache.get(node);
  if (text === undefined) {
    text = node.textBetween(0, node.content.size, '', ' ');
    textCache.set(node, text);
  }
  return text;
}

/** Every textblock of the document, in order, empty ones included (so indexes match the detector's input). */
export function textBlocks(doc: ProseMirrorNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    blocks.push({ text: blockText(node), from: position + 1, node });
    return false;
  });
  return blocks;
}

/** The document range of characters `start`…`end` of block `paragraph`; null when they are not inside it. */
export function rangeOfOffsets(
  blocks: readonly Pick<TextBlock, 'text' | 'from'>[],
  paragraph: number,
  start: number,
  end: number,
): DocumentRange | null {
  const block = blocks[paragraph];
  if (!block || start < 0 || end < start || end > block.text.length) return null;
  return { from: block.from + start, to: block.from + end };
}

/** The block and character offsets of a document range that lies inside one block; null otherwise (a binary search: blocks in document order). */
export function offsetsOfRange(
  blocks: readonly Pick<TextBlock, 'text' | 'from'>[],
  range: DocumentRange,
): { paragraph: number; start: number; end: number } | null {
  // Blocks are in document order: the last one starting at or before `range.from` is the only candidate.
  let low = 0;
  let high = blocks.length - 1;
  let paragraph = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle].from <= range.from) {
      paragraph = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (paragraph === -1 || range.to > blocks[paragraph].from + blocks[paragraph].text.length) return null;
  const { from } = blocks[paragraph];
  return { paragraph, start: range.from - from, end: range.to - from };
}
