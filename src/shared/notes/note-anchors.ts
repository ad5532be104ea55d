/**
 * Where the notes sit in a body: the words each note's `note` marks cover, in
 * document order. Pure and linear in the body; used by the notes panel, the
 * exports and the review copies.
 */
import type { NodeJson } from '../article';
import { NOTE_MARK } from '../marks/note-anchor';
import type { NoteThread } from './note-thread';

/** The anchored text of each note id, by first appearance (a note over two paragraphs joins them with a space). */
export function noteAnchorTexts(body: NodeJson): Map<string, string> {
  const texts = new Map<string, string[]>();
  let block = 0;
  const lastBlock = new Map<string, number>();
  const visit = (node: NodeJson): void => {
    if (node.type === 'text' || node.type === 'hardBreak') {
      for (const mark of node.marks ?? []) {
        const id = mark.type === NOTE_MARK ? mark.attrs?.id : undefined;
        if (typeof id !== 'string') continue;
        const parts = texts.get(id) ?? [];
        if (parts.length > 0 && lastBlock.get(id) !== block) parts.push(' ');
        parts.push(node.type === 'text' ? (node.text ?? '') : ' ');
        texts.set(id, parts);
        lastBlock.set(id, block);
      }
      return;
    }
    node.content?.forEach(visit);
    block += 1;
  };
  visit(body);
  return new Map([...texts].map(([id, parts]) => [id, parts.join('')]));
}

export interface PlacedNote {
  note: NoteThread;
  /** The words it is about; null when they were deleted (the note is orphaned). */
  anchor: string | null;
}

/** The notes in document order of their first anchored word; orphaned notes last, in their stored order. */
export function notesInOrder(notes: readonly NoteThread[], body: NodeJson): PlacedNote[] {
  const anchors = noteAnchorTexts(body);
  const order = [...anchors.keys()];
  const rank = new Map(order.map((id, index) => [id, index]));
  const placed = notes.map((note) => ({ note, anchor: anchors.get(note.id) ?? null }));
  const anchored = placed.filter((entry) => entry.anchor !== null).sort((a, b) => rank.get(a.note.id)! - rank.get(b.note.id)!);
  return [...anchored, ...placed.filter((entry) => entry.anchor === null)];
}

/** The body without any note anchors (notes are not content: publishing exports drop them). */
export function withoutNoteAnchors(body: NodeJson): NodeJson {
  return withoutMarks(body, new Set([NOTE_MARK]));
}

/** The body with every mark of the given types removed; unchanged subtrees are shared, not copied. */
export function withoutMarks(node: NodeJson, types: ReadonlySet<string>): NodeJson {
  let next = node;
  if (node.marks?.some((mark) => types.has(mark.type))) {
    const marks = node.marks.filter((mark) => !types.has(mark.type));
    next = { ...node, marks };
    if (marks.length === 0) delete next.marks;
  }
  if (node.content) {
    const content = node.content.map((child) => withoutMarks(child, types));
    if (content.some((child, index) => child !== node.content![index])) next = { ...next, content };
  }
  return next;
}
