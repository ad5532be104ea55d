/**
 * The open suggestions of a live document, read through the shared walker
 * (shared/suggestions.ts) so the panel lists them exactly as the publish guard
 * and the exporters count them. Whether a block holds any suggestion is read
 * once per block node and cached (nodes are immutable and shared between
 * editor states), so a long story with few suggestions is walked cheaply.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

import type { InlinePiece } from '../../shared/speaker-spans';
import { suggestionsOfBlocks, type SuggestionSummary } from '../../shared/suggestions';
import { isSuggestionMark } from './suggestion-ranges';

const holdsSuggestion = new WeakMap<ProseMirrorNode, boolean>();

function blockHoldsSuggestion(block: ProseMirrorNode): boolean {
  let holds = holdsSuggestion.get(block);
  if (holds === undefined) {
    holds = false;
    block.forEach((child) => {
      if (!holds && child.marks.some(isSuggestionMark)) holds = true;
    });
    holdsSuggestion.set(block, holds);
  }
  return holds;
}

function inlinePieces(block: ProseMirrorNode, start: number): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  block.forEach((child, offset) => {
    pieces.push({
      kind: child.isText ? 'text' : child.type.name === 'hardBreak' ? 'break' : 'other',
      text: child.text ?? '',
      from: start + offset,
      to: start + offset + child.nodeSize,
      marks: child.marks.map((mark) => ({ type: mark.type.name, attrs: mark.attrs })),
    });
  });
  return pieces;
}

/** Every open suggestion of the document, in document order. */
export function suggestionsIn(doc: ProseMirrorNode): SuggestionSummary[] {
  const blocks: InlinePiece[][] = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    if (blockHoldsSuggestion(node)) blocks.push(inlinePieces(node, position + 1));
    return false;
  });
  return suggestionsOfBlocks(blocks);
}
