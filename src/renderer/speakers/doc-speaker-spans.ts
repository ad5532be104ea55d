/**
 * The speaker spans of a live document, read through the one shared walker
 * (shared/speaker-spans.ts) so the panel, the lint and the hue plugin join
 * spans exactly as the revision diff and the exporters do.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { speakerSpansOfBlocks, type InlinePiece, type SpeakerSpan, type SpeakerSpanKind } from '../../shared/speaker-spans';

export type { SpeakerSpanKind };

/** A speaker span at document positions. */
export type DocumentSpeakerSpan = SpeakerSpan;

/** The text blocks of a document as the walker's inline pieces. */
function* inlinePieces(doc: ProseMirrorNode): Generator<InlinePiece[]> {
  const blocks: InlinePiece[][] = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    const pieces: InlinePiece[] = [];
    node.forEach((child, offset) => {
      const from = position + 1 + offset;
      const kind = child.isText ? 'text' : child.type.name === 'hardBreak' ? 'break' : 'other';
      pieces.push({ kind, text: child.text ?? '', from, to: from + child.nodeSize, marks: child.marks.map((mark) => ({ type: mark.type.name, attrs: mark.attrs })) });
    });
    blocks.push(pieces);
    return false;
  });
  yield* blocks;
}

/** Every speaker span, ordered by where it starts (mentions inside a quote come after the quote). */
export function speakerSpansIn(doc: ProseMirrorNode): DocumentSpeakerSpan[] {
  return speakerSpansOfBlocks(inlinePieces(doc));
}
