/**
 * Touched blocks: which text blocks of the new document a transaction changed,
 * so plugins that derive something from the text (spellcheck underlines, speaker
 * colours) redo only those blocks and map the rest. A keystroke then costs what
 * the edited paragraph costs, however long the story is.
 *
 * Contract: every text block whose content differs from before lies in (or
 * overlaps) one of the returned blocks; a block is listed once, in document order.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { Step } from '@tiptap/pm/transform';

import type { DocumentRange } from './text-blocks';

export interface TouchedBlock {
  node: ProseMirrorNode;
  /** The position where the block's content starts. */
  from: number;
  /** The position where the block's content ends. */
  to: number;
}

/** Where a step wrote, in the document right after it: its replaced ranges, or for steps that move nothing (marks, attributes) what they name. */
function rangesOfStep(step: Step): DocumentRange[] {
  const ranges: DocumentRange[] = [];
  step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => ranges.push({ from: newStart, to: newEnd }));
  if (ranges.length > 0) return ranges;
  const { from, to, pos } = step as Step & { from?: number; to?: number; pos?: number };
  if (typeof from === 'number' && typeof to === 'number') return [{ from, to }];
  if (typeof pos === 'number') return [{ from: pos, to: pos + 1 }];
  return [];
}

/** The ranges of the new document that the transaction's steps wrote (marks added or removed included). */
function changedRanges(transaction: Transaction): DocumentRange[] {
  const maps = transaction.mapping.maps;
  return transaction.steps.flatMap((step, index) =>
    rangesOfStep(step).map((range) => {
      // Carry the range through the steps that came after this one.
      let { from, to } = range;
      for (let later = index + 1; later < maps.length; later += 1) {
        from = maps[later].map(from, -1);
        to = maps[later].map(to, 1);
      }
      return { from, to: Math.max(from, to) };
    }),
  );
}

/** The text blocks of `doc` that overlap `ranges` (a block touching a range's edge counts). */
function textBlocksAround(doc: ProseMirrorNode, ranges: readonly DocumentRange[]): TouchedBlock[] {
  const seen = new Set<number>();
  const blocks: TouchedBlock[] = [];
  for (const range of ranges) {
    const from = Math.max(0, Math.min(range.from, doc.content.size));
    const to = Math.max(from, Math.min(range.to, doc.content.size));
    doc.nodesBetween(Math.max(0, from - 1), Math.min(doc.content.size, to + 1), (node, position) => {
      if (!node.isTextblock) return true;
      if (!seen.has(position)) {
        seen.add(position);
        blocks.push({ node, from: position + 1, to: position + 1 + node.content.size });
      }
      return false;
    });
  }
  return blocks.sort((left, right) => left.from - right.from);
}

/** The text blocks a transaction touched, in its new document. */
export function touchedTextBlocks(transaction: Transaction): TouchedBlock[] {
  return textBlocksAround(transaction.doc, changedRanges(transaction));
}
