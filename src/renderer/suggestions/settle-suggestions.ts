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
import { Fragment, type Mark, type Node as ProseMirrorNode, Slice } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { Mapping, ReplaceStep, StepMap } from '@tiptap/pm/transform';

import { isSuggestionMark, suggestionPieces } from './suggestion-ranges';

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
function mergedRemovals(doc: ProseMirrorNode, pieces: readonly Range[]): Range[] {
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

/** The inline content of a textblock with the chosen suggestions settled; `removed` gets the ranges of content dropped. */
function settledContent(
  block: ProseMirrorNode,
  start: number,
  which: (mark: Mark) => boolean,
  decision: SuggestionDecision,
  removed: Range[],
): Fragment {
  const { schema } = block.type;
  const children: ProseMirrorNode[] = [];
  block.forEach((child, offset) => {
    const settled = child.marks.filter((mark) => isSuggestionMark(mark) && which(mark));
    if (settled.length === 0) {
      children.push(child);
      return;
    }
    if (settled.some((mark) => removesText(mark, decision))) {
      removed.push({ from: start + offset, to: start + offset + child.nodeSize });
      return;
    }
    let marks: readonly Mark[] = child.marks.filter((mark) => !settled.includes(mark));
    for (const format of settled) {
      if (format.type.name !== 'suggestedFormat' || decision !== 'reject') continue;
      for (const name of format.attrs.add as string[]) if (schema.marks[name]) marks = schema.marks[name].removeFromSet(marks);
      for (const name of format.attrs.remove as string[]) if (schema.marks[name]) marks = schema.marks[name].create().addToSet(marks);
    }
    children.push(child.mark(marks));
  });
  return Fragment.fromArray(children);
}

/**
 * Settles every suggestion whose mark passes `which`, on `tr`. Returns how
 * many suggestions (distinct ids) it settled.
 *
 * Each run of neighbouring textblocks holding one is rewritten in one step (a
 * settle of hundreds of suggestions is a few dozen steps, not one per piece:
 * every plugin maps its state through each step); paragraphs wholly removed or
 * joined follow. The selection keeps its place in the text.
 */
export function settleSuggestions(tr: Transaction, which: (mark: Mark) => boolean, decision: SuggestionDecision): number {
  const doc = tr.doc;
  const selection = tr.selection;
  const pieces = suggestionPieces(doc, which);
  if (pieces.length === 0) return 0;
  const blocks: { node: ProseMirrorNode; start: number }[] = [];
  for (const piece of pieces) {
    const $from = doc.resolve(piece.from);
    const start = $from.start();
    if (blocks.at(-1)?.start !== start) blocks.push({ node: $from.parent, start });
  }
  const removed: Range[] = [];
  const rewritten = blocks.map(({ node, start }) => ({
    node,
    start,
    end: start + node.content.size,
    content: settledContent(node, start, which, decision, removed),
  }));
  // Neighbouring blocks (siblings, one closing and one opening token apart) go in one step together.
  const runs: (typeof rewritten)[] = [];
  for (const block of rewritten) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && block.start === last.end + 2 && doc.resolve(block.start).depth === doc.resolve(last.start).depth) run.push(block);
    else runs.push([block]);
  }
  for (const run of runs.reverse()) {
    const first = run[0]!;
    const last = run.at(-1)!;
    const slice =
      run.length === 1
        ? new Slice(first.content, 0, 0)
        : new Slice(Fragment.fromArray(run.map((block) => block.node.copy(block.content))), 1, 1);
    tr.step(new ReplaceStep(first.start, last.end, slice));
  }
  // Where the old selection lies in the rewritten text: removed content closes up, nothing else moves.
  const inText = new Mapping();
  let shift = 0;
  for (const range of removed.sort((left, right) => left.from - right.from)) {
    inText.appendMap(new StepMap([range.from - shift, range.to - range.from, 0]));
    shift += range.to - range.from;
  }
  const afterText = tr.steps.length;
  // Whole paragraphs removed go, and a removal across a paragraph end joins the two.
  const structural = mergedRemovals(doc, removed)
    .map((range) => ({ range, wide: widenToBlocks(doc, range) }))
    .filter(({ range, wide }) => wide !== range || doc.resolve(range.from).parent !== doc.resolve(range.to).parent);
  for (const { wide } of structural.reverse()) {
    const since = tr.mapping.slice(afterText);
    tr.delete(since.map(inText.map(wide.from, -1), -1), since.map(inText.map(wide.to, 1), 1));
  }
  const later = tr.mapping.slice(afterText);
  if (selection instanceof TextSelection) {
    const place = (position: number) => tr.doc.resolve(Math.min(later.map(inText.map(position)), tr.doc.content.size));
    tr.setSelection(TextSelection.between(place(selection.anchor), place(selection.head)));
  }
  return new Set(pieces.map((piece) => String(piece.mark.attrs.id))).size;
}
