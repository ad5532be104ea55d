/**
 * Turns what an edit did into suggestions: the heart of suggest mode. Given the
 * transactions an edit produced (typing, Backspace/Delete, a paste, a find and
 * replace, bold on a selection), it builds the one transaction appended after
 * them that
 *   - marks every inserted piece of text as a suggested insertion,
 *   - puts every deleted piece back, marked as a suggested deletion (text that
 *     was already a deletion comes back as it was; the author's own pending
 *     insertion stays deleted: taking back your own suggestion is not a new one),
 *   - marks bold/italic/underline/strike put on or taken off as a suggested
 *     formatting change.
 * A deletion and an insertion made by one step (typing over a selection) share
 * an id: a replacement. An edit next to a suggestion by the same author joins it
 * (typing a word is one suggestion, not one per letter).
 *
 * Work is proportional to the edited ranges only: positions are mapped, never
 * searched for, and neighbours are read with `resolve`.
 */
import { Fragment, type Mark, type MarkType, type Node as ProseMirrorNode, Slice } from '@tiptap/pm/model';
import { type EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, type Mapping, RemoveMarkStep, ReplaceStep, type Step } from '@tiptap/pm/transform';

import type { SuggestionAttrs } from '../../shared/marks/suggestion-attributes';

/** Formatting marks whose changes become formatting suggestions. */
export const SUGGESTED_FORMAT_MARKS = ['bold', 'italic', 'underline', 'strike'] as const;

export interface SuggestionAuthor {
  /** The display name the suggestions carry. */
  author: string;
  /** ISO 8601 time of the edit. */
  at: string;
  /** A fresh suggestion id. */
  newId: () => string;
}

interface SuggestionTypes {
  insertion: MarkType;
  deletion: MarkType;
  format: MarkType;
}

function typesOf(state: EditorState): SuggestionTypes | null {
  const { suggestedInsertion, suggestedDeletion, suggestedFormat } = state.schema.marks;
  return suggestedInsertion && suggestedDeletion && suggestedFormat
    ? { insertion: suggestedInsertion, deletion: suggestedDeletion, format: suggestedFormat }
    : null;
}

interface DeletedPiece {
  /** Where the deleted content goes back, in the final document. */
  at: number;
  slice: Slice;
  /** Set when the step also inserted text: the replacement's shared attributes are chosen together. */
  group: number;
  /** Backspace-like: the cursor should stand before the restored text. */
  cursorBefore: boolean;
}

interface InsertedRange {
  from: number;
  to: number;
  group: number;
}

interface FormatChange {
  from: number;
  to: number;
  mark: string;
  added: boolean;
}

interface Gathered {
  deleted: DeletedPiece[];
  inserted: InsertedRange[];
  formats: FormatChange[];
}

/** Steps of the given transactions, each with the document before it and the mapping from after it to the end. */
function gatherSteps(transactions: readonly Transaction[], oldState: EditorState, isExempt: (tr: Transaction) => boolean): Gathered | null {
  const all: { step: Step; before: ProseMirrorNode; exempt: boolean; selectionBefore: TextSelection | null; index: number }[] = [];
  const maps: Mapping['maps'][number][] = [];
  let selection = oldState.selection;
  for (const tr of transactions) {
    const exempt = isExempt(tr);
    tr.steps.forEach((step, index) => {
      all.push({
        step,
        before: tr.docs[index] ?? tr.doc,
        exempt,
        selectionBefore: index === 0 && selection instanceof TextSelection ? selection : null,
        index: maps.length,
      });
      maps.push(step.getMap());
    });
    selection = tr.selection;
  }
  if (!all.some((entry) => !entry.exempt)) return null;
  const mapAfter = (index: number, position: number, assoc: number): number => {
    let mapped = position;
    for (let next = index + 1; next < maps.length; next++) mapped = maps[next]!.map(mapped, assoc);
    return mapped;
  };
  const gathered: Gathered = { deleted: [], inserted: [], formats: [] };
  for (const { step, before, exempt, selectionBefore, index } of all) {
    if (exempt) continue;
    if (step instanceof ReplaceStep) {
      const { from, to, slice } = step as unknown as { from: number; to: number; slice: Slice };
      if (slice.size > 0) {
        const start = mapAfter(index, from, 1);
        const end = mapAfter(index, from + slice.size, -1);
        if (end > start) gathered.inserted.push({ from: start, to: end, group: index });
      }
      if (to > from) {
        const head = selectionBefore?.empty ? selectionBefore.head : null;
        gathered.deleted.push({
          at: mapAfter(index, from, -1),
          slice: before.slice(from, to),
          group: index,
          cursorBefore: head === to && slice.size === 0,
        });
      }
    } else if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      const { from, to, mark } = step as unknown as { from: number; to: number; mark: Mark };
      if (!(SUGGESTED_FORMAT_MARKS as readonly string[]).includes(mark.type.name)) continue;
      const start = mapAfter(index, from, 1);
      const end = mapAfter(index, to, -1);
      if (end > start) gathered.formats.push({ from: start, to: end, mark: mark.type.name, added: step instanceof AddMarkStep });
    }
  }
  return gathered;
}

function suggestionMarkOf(node: ProseMirrorNode | null | undefined, types: SuggestionTypes, author: string): Mark | undefined {
  return node?.marks.find((mark) => (mark.type === types.insertion || mark.type === types.deletion) && mark.attrs.author === author);
}

/** The attributes of a same-author suggestion touching `from`…`to`, to join it; else new ones. */
function attrsNear(doc: ProseMirrorNode, from: number, to: number, types: SuggestionTypes, who: SuggestionAuthor): SuggestionAttrs {
  const before = doc.resolve(from).nodeBefore;
  const after = doc.resolve(to).nodeAfter;
  const near = suggestionMarkOf(before, types, who.author) ?? suggestionMarkOf(after, types, who.author);
  if (near) return { id: String(near.attrs.id), author: who.author, at: String(near.attrs.at) };
  return { id: who.newId(), author: who.author, at: who.at };
}

/** The deleted content as it comes back: marked as deleted, the author's own insertions left out. */
function markDeleted(fragment: Fragment, types: SuggestionTypes, attrs: SuggestionAttrs): Fragment {
  const children: ProseMirrorNode[] = [];
  fragment.forEach((node) => {
    if (node.isInline) {
      const insertion = node.marks.find((mark) => mark.type === types.insertion);
      if (insertion && insertion.attrs.author === attrs.author) return;
      if (node.marks.some((mark) => mark.type === types.deletion)) children.push(node);
      else children.push(node.mark(types.deletion.create(attrs).addToSet(node.marks)));
      return;
    }
    children.push(node.copy(markDeleted(node.content, types, attrs)));
  });
  return Fragment.fromArray(children);
}

function hasInlineContent(fragment: Fragment): boolean {
  let found = false;
  fragment.descendants((node) => {
    if (node.isInline) found = true;
    return !found;
  });
  return found;
}

/** Puts formatting changes on `from`…`to` as a suggestion, joining or cancelling an earlier one on the same text. */
function suggestFormat(tr: Transaction, change: FormatChange, types: SuggestionTypes, who: SuggestionAuthor): void {
  const fresh: SuggestionAttrs = { id: who.newId(), author: who.author, at: who.at };
  const pieces: { from: number; to: number; existing: Mark | undefined }[] = [];
  tr.doc.nodesBetween(change.from, change.to, (node, position) => {
    if (!node.isInline) return true;
    // Formatting the author's own pending insertion is part of that insertion.
    if (node.marks.some((mark) => mark.type === types.insertion && mark.attrs.author === who.author)) return false;
    const from = Math.max(position, change.from);
    const to = Math.min(position + node.nodeSize, change.to);
    if (to > from) pieces.push({ from, to, existing: node.marks.find((mark) => mark.type === types.format) });
    return false;
  });
  for (const { from, to, existing } of pieces) {
    const add = new Set<string>(existing ? (existing.attrs.add as string[]) : []);
    const remove = new Set<string>(existing ? (existing.attrs.remove as string[]) : []);
    const [same, opposite] = change.added ? [add, remove] : [remove, add];
    if (opposite.has(change.mark)) opposite.delete(change.mark);
    else same.add(change.mark);
    if (existing) tr.removeMark(from, to, existing);
    if (add.size === 0 && remove.size === 0) continue;
    const attrs = existing ? { id: existing.attrs.id, author: existing.attrs.author, at: existing.attrs.at } : fresh;
    tr.addMark(from, to, types.format.create({ ...attrs, add: [...add], remove: [...remove] }));
  }
}

/**
 * The transaction that makes the edit in `transactions` a suggestion, or null
 * when there is nothing to do. `isExempt` names transactions to leave alone
 * (undo, remote changes, accepting and rejecting).
 */
export function suggestionTransaction(
  transactions: readonly Transaction[],
  oldState: EditorState,
  newState: EditorState,
  who: SuggestionAuthor,
  isExempt: (tr: Transaction) => boolean,
): Transaction | null {
  const types = typesOf(newState);
  if (!types) return null;
  const gathered = gatherSteps(transactions, oldState, isExempt);
  if (!gathered || (gathered.deleted.length === 0 && gathered.inserted.length === 0 && gathered.formats.length === 0)) return null;
  const tr = newState.tr;
  const groupAttrs = new Map<number, SuggestionAttrs>();
  const attrsFor = (group: number, from: number, to: number): SuggestionAttrs => {
    let attrs = groupAttrs.get(group);
    if (!attrs) {
      attrs = attrsNear(tr.doc, from, to, types, who);
      groupAttrs.set(group, attrs);
    }
    return attrs;
  };
  // Deletions first decide a step's attributes (a replacement's insertion joins the deletion's suggestion).
  const deleted = gathered.deleted.map((piece) => ({ ...piece, attrs: attrsFor(piece.group, piece.at, piece.at) }));
  for (const range of gathered.inserted) {
    const attrs = attrsFor(range.group, range.from, range.to);
    for (const type of [types.insertion, types.deletion, types.format]) tr.removeMark(range.from, range.to, type);
    tr.addMark(range.from, range.to, types.insertion.create(attrs));
  }
  for (const change of gathered.formats) suggestFormat(tr, change, types, who);
  // Back to front, so the positions still to use are not moved by what goes in.
  let cursor: number | null = null;
  for (const piece of [...deleted].sort((left, right) => right.at - left.at)) {
    const content = markDeleted(piece.slice.content, types, piece.attrs);
    if (!hasInlineContent(content) && piece.slice.openStart === 0 && piece.slice.openEnd === 0 && content.size === 0) continue;
    const restored = new Slice(content, piece.slice.openStart, piece.slice.openEnd);
    tr.replace(piece.at, piece.at, restored);
    // Otherwise the cursor maps to after the restored text, as Delete and typing over a selection want.
    if (piece.cursorBefore) cursor = piece.at;
  }
  if (cursor !== null) tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(cursor, tr.doc.content.size))));
  return tr.docChanged ? tr : null;
}

/**
 * Text typed at a cursor in suggest mode, inserted already marked as the
 * author's insertion (joining a suggestion of theirs it touches), in one
 * transaction; null when the schema has no suggestion marks.
 */
export function typedSuggestion(state: EditorState, at: number, text: string, author: string): Transaction | null {
  const types = typesOf(state);
  if (!types) return null;
  const $at = state.doc.resolve(at);
  const who: SuggestionAuthor = { author, at: new Date().toISOString(), newId: newSuggestionId };
  const attrs = attrsNear(state.doc, at, at, types, who);
  const inherited = (state.storedMarks ?? $at.marks()).filter(
    (mark) => mark.type !== types.insertion && mark.type !== types.deletion && mark.type !== types.format,
  );
  const marks = types.insertion.create(attrs).addToSet(inherited);
  return state.tr.replaceWith(at, at, state.schema.text(text, marks)).scrollIntoView();
}

/** A fresh suggestion id. */
export function newSuggestionId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `s-${random}`;
}
