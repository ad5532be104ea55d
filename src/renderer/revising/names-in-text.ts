/**
 * Where names stand in a text block, so spellcheck leaves them alone: the
 * words of a tagged speaker mention, and runs of two or more capitalised words
 * ("Kalder Harbour Board", "Ilse Vrana") — a desk's copy is full of names no
 * dictionary holds. Offsets are within the block's text (text-blocks.ts).
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

import { blockText } from '../editor/text-blocks';

export type TextRange = readonly [from: number, to: number];

/** Two or more capitalised words in a row, joined by single spaces or hyphens (linear: no nested repetition). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}'’]*(?:[ -]\p{Lu}[\p{L}\p{M}'’]*)+/gu;

const cache = new WeakMap<ProseMirrorNode, TextRange[]>();

export function nameRanges(block: ProseMirrorNode): TextRange[] {
  let ranges = cache.get(block);
  if (ranges) return ranges;
  ranges = [];
  block.forEach((child, offset) => {
    if (child.isText && child.marks.some((mark) => mark.type.name === 'speakerMention')) ranges!.push([offset, offset + child.nodeSize]);
  });
  for (const match of blockText(block).matchAll(CAPITALISED_RUN)) ranges.push([match.index, match.index + match[0].length]);
  cache.set(block, ranges);
  return ranges;
}

/** True when the word at `from`..`to` lies inside one of `ranges`. */
export function insideAny(ranges: readonly TextRange[], from: number, to: number): boolean {
  return ranges.some(([start, end]) => from >= start && to <= end);
}
