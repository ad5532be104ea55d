/**
 * The speaker spans of a live document, read through the one shared walker
 * (shared/speaker-spans.ts) so the panel, the lint and the hue plugin join
 * spans exactly as the revision diff and the exporters do. Spans never cross a
 * text block, so each block's spans are read once per block node and cached
 * (nodes are immutable and shared between editor states).
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

import { type InlinePiece, type SpeakerSpan, type SpeakerSpanKind, speakerSpansOfBlocks } from '../../shared/speaker-spans';

export type { SpeakerSpanKind };

/** A speaker span at document positions. */
export type DocumentSpeakerSpan = SpeakerSpan;

/** A block's spans with positions counted from the start of its content. */
const spanCache = new WeakMap<ProseMirrorNode, SpeakerSpan[]>();

/** The inline children of one text block as the walker's pieces, positions from its content start. */
function inlinePieces(block: ProseMirrorNode): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  block.forEach((child, offset) => {
    const kind = child.isText ? 'text' : child.type.name === 'hardBreak' ? 'break' : 'other';
    pieces.push({
      kind,
      text: child.text ?? '',
      from: offset,
      to: offset + child.nodeSize,
      marks: child.marks.map((mark) => ({ type: mark.type.name, attrs: mark.attrs })),
    });
  });
  return pieces;
}

/** The speaker spans of one text block whose content starts at `from`. */
export function speakerSpansInBlock(block: ProseMirrorNode, from: number): DocumentSpeakerSpan[] {
  let relative = spanCache.get(block);
  if (!relative) {
    relative = speakerSpansOfBlocks([inlinePieces(block)]);
    spanCache.set(block, relative);
  }
  return relative.map((span) => ({ ...span, from: span.from + from, to: span.to + from }));
}

/** Every speaker span, ordered by where it starts (mentions inside a quote come after the quote). */
export function speakerSpansIn(doc: ProseMirrorNode): DocumentSpeakerSpan[] {
  const spans: DocumentSpeakerSpan[] = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    spans.push(...speakerSpansInBlock(node, position + 1));
    return false;
  });
  return spans;
}
