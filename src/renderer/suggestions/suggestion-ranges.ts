/**
 * Where the suggestions of a live document are: every piece of text carrying a
 * suggestion mark, the suggestion at the cursor, and the next or previous one.
 * These walk the document, so they run on a command, never per keystroke.
 */
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Selection } from '@tiptap/pm/state';

import { SUGGESTION_MARK_TYPES } from '../../shared/marks/suggestion-attributes';

const SUGGESTION_TYPES = new Set<string>(SUGGESTION_MARK_TYPES);

/** A run of inline content carrying one suggestion mark. */
export interface SuggestionPiece {
  from: number;
  to: number;
  mark: Mark;
}

export function isSuggestionMark(mark: Mark): boolean {
  return SUGGESTION_TYPES.has(mark.type.name);
}

/** The suggestion id a mark belongs to. */
export function suggestionIdOf(mark: Mark): string {
  return String(mark.attrs.id ?? '');
}

/** Every piece of suggested content between `from` and `to` whose mark passes `keep`, in document order, adjacent equal marks joined. */
export function suggestionPieces(
  doc: ProseMirrorNode,
  keep: (mark: Mark) => boolean = () => true,
  from = 0,
  to = doc.content.size,
): SuggestionPiece[] {
  const pieces: SuggestionPiece[] = [];
  // A text node holds at most one mark of each suggestion type: the run of each type is open until it stops.
  const open = new Map<string, SuggestionPiece>();
  doc.nodesBetween(from, to, (node, position) => {
    if (!node.isInline) return true;
    const end = position + node.nodeSize;
    for (const mark of node.marks) {
      if (!isSuggestionMark(mark) || !keep(mark)) continue;
      const piece = open.get(mark.type.name);
      if (piece && piece.to === position && piece.mark.eq(mark)) piece.to = end;
      else {
        const fresh = { from: position, to: end, mark };
        pieces.push(fresh);
        open.set(mark.type.name, fresh);
      }
    }
    return false;
  });
  return pieces;
}

/** The suggestion marks touching the selection: inside it, or on either side of the cursor. */
function marksAtSelection(doc: ProseMirrorNode, selection: Selection): Mark[] {
  if (!selection.empty) {
    const inside = suggestionPieces(doc, () => true, selection.from, selection.to);
    if (inside.length > 0) return inside.map((piece) => piece.mark);
  }
  const $head = doc.resolve(selection.head);
  return [...($head.nodeAfter?.marks ?? []), ...($head.nodeBefore?.marks ?? [])].filter(isSuggestionMark);
}

/** The id of the suggestion at the cursor (or the first in the selection), or null. */
export function suggestionIdAt(doc: ProseMirrorNode, selection: Selection): string | null {
  const mark = marksAtSelection(doc, selection)[0];
  return mark ? suggestionIdOf(mark) : null;
}

/**
 * The piece of the next (or previous) suggestion after (or before) the
 * selection, going round the document at its end; null when there is none.
 * The suggestion the cursor is in is skipped.
 */
export function neighbourSuggestion(doc: ProseMirrorNode, selection: Selection, direction: 1 | -1): SuggestionPiece | null {
  const current = suggestionIdAt(doc, selection);
  const other = (mark: Mark) => suggestionIdOf(mark) !== current;
  if (direction === 1) {
    const ahead = suggestionPieces(doc, other, selection.to, doc.content.size).find((piece) => piece.from >= selection.to);
    return ahead ?? suggestionPieces(doc, other, 0, doc.content.size)[0] ?? null;
  }
  const behind = suggestionPieces(doc, other, 0, selection.from).filter((piece) => piece.from < selection.from);
  return behind.at(-1) ?? suggestionPieces(doc, other, 0, doc.content.size).at(-1) ?? null;
}
