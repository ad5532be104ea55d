/**
 * Accepting and rejecting suggestions, as steps on one transaction (so one
 * settle is one undo step).
 *
 *               accept                      reject
 *   insertion   the mark goes, text stays   the text goes
 *   deletion    the text goes               the mark goes, text stays
 *   format      the mark goes               the formatting is put back as it was, the mark goes
 *
 * Removed text that was a whole paragraph takes the paragraph with it, and a
 * removal that ends one paragraph and starts the next joins them, so a
 * suggestion made across paragraphs settles the way it reads.
 */
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

import { type SuggestionPiece, suggestionPieces } from './suggestion-ranges';

export type SuggestionDecision = 'accept' | 'reject';

interface Range {
  from: number;
  to: number;
}

/** Whether settling `mark` this way removes its text (else only marks change). */
function removesText(mark: Mark, decision: SuggestionDecision): boolean {
  const name = mark.type.name;
  return (name === 'suggestedDeletion' && decision === 'accept') || (name === 'suggestedInsertion' && decision === 'reject');
}

/** Ranges to delete, merged where they touch or only a paragraph boundary lies between them. */
function mergedRemovals(doc: ProseMirrorNode, pieces: readonly SuggestionPiece[]): Range[] {
  const ranges = pieces.map(({ from, to }) => ({ from, to })).sort((left, right) => left.from - right.from);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && (range.from <= last.to || isParagraphBoundary(doc, last.to, range.from))) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/** True when `from` ends a textblock and `to` starts the next one, as siblings. */
function isParagraphBoundary(doc: ProseMirrorNode, from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  return (
    $from.parent.isTextblock && $to.parent.isTextblock && $from.pos === $from.end() && $to.pos === $to.start() && $from.depth === $to.depth
  );
}

/** A removal covering whole textblocks takes the blocks too, where their parent keeps other children. */
function widenToBlocks(doc: ProseMirrorNode, range: Range): Range {
  const $from = doc.resolve(range.from);
  const $to = doc.resolve(range.to);
  if (!$from.parent.isTextblock || !$to.parent.isTextblock || $from.depth !== $to.depth || $from.depth < 1) return range;
  if ($from.pos !== $from.start() || $to.pos !== $to.end()) return range;
  const parent = $from.node($from.depth - 1);
  const covered = $to.index($from.depth - 1) - $from.index($from.depth - 1) + 1;
  if (parent !== $to.node($to.depth - 1) || covered >= parent.childCount) return range;
  return { from: $from.before(), to: $to.after() };
}

/**
 * Settles every suggestion whose mark passes `which`, on `tr`. Returns how
 * many suggestions (distinct ids) it settled.
 */
export function settleSuggestions(tr: Transaction, which: (mark: Mark) => boolean, decision: SuggestionDecision): number {
  const pieces = suggestionPieces(tr.doc, which);
  if (pieces.length === 0) return 0;
  const { schema } = tr.doc.type;
  const removals: SuggestionPiece[] = [];
  for (const piece of pieces) {
    const { from, to, mark } = piece;
    if (removesText(mark, decision)) {
      removals.push(piece);
      continue;
    }
    tr.removeMark(from, to, mark);
    if (mark.type.name === 'suggestedFormat' && decision === 'reject') {
      for (const name of mark.attrs.add as string[]) if (schema.marks[name]) tr.removeMark(from, to, schema.marks[name]);
      for (const name of mark.attrs.remove as string[]) if (schema.marks[name]) tr.addMark(from, to, schema.marks[name].create());
    }
  }
  const ranges = mergedRemovals(tr.doc, removals).map((range) => widenToBlocks(tr.doc, range));
  for (const range of ranges.reverse()) tr.delete(range.from, range.to);
  return new Set(pieces.map((piece) => String(piece.mark.attrs.id))).size;
}
