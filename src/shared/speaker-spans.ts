/**
 * The speaker spans of a body: every run of text carrying one speaker's mark
 * of one kind (mention, direct quote, paraphrase). This is the ONE walker that
 * the speakers panel, the attribution lint, the hue plugin, the revision diff
 * and the exporters read spans through, over stored JSON or (through
 * `speakerSpansOfBlocks`) a live ProseMirror document.
 *
 * The joining rule: adjacent text with the same speaker and kind is one span;
 * a hard break inside a span does not end it (a quote set over two lines is
 * one quote, its text carrying "\n"); the end of a text block, or any other
 * inline node, does.
 */
import type { NodeJson } from './article';

export const SPEAKER_MARK_TYPES = ['speakerMention', 'speakerAttribution'] as const;

export type SpeakerSpanKind = 'mention' | 'direct' | 'paraphrase';

/** A mark as the walker reads it: stored JSON and ProseMirror marks both fit. */
export interface SpanMark {
  type: string;
  attrs?: Record<string, unknown> | null;
}

/** One inline child of a text block, at document positions `from`..`to`. */
export interface InlinePiece {
  kind: 'text' | 'break' | 'other';
  text: string;
  from: number;
  to: number;
  marks: readonly SpanMark[];
}

export interface SpeakerSpan {
  speakerId: string;
  kind: SpeakerSpanKind;
  /** Document positions (ProseMirror's), the span's first and after-last character. */
  from: number;
  to: number;
  /** The span's text; a hard break inside it reads "\n". */
  text: string;
}

export interface SpeakerSpanCounts {
  mentions: number;
  direct: number;
  paraphrases: number;
}

/** The speaker kind of a mark, or null for any other mark. */
export function speakerKindOf(mark: SpanMark): SpeakerSpanKind | null {
  if (mark.type === 'speakerMention') return 'mention';
  if (mark.type === 'speakerAttribution') return mark.attrs?.kind === 'paraphrase' ? 'paraphrase' : 'direct';
  return null;
}

function speakerIdOf(mark: SpanMark): string {
  return typeof mark.attrs?.speakerId === 'string' ? mark.attrs.speakerId : '';
}

/** Every span of the given text blocks, ordered by where it starts (a longer span first: a quote before a mention inside it). */
export function speakerSpansOfBlocks(blocks: Iterable<Iterable<InlinePiece>>): SpeakerSpan[] {
  const spans: SpeakerSpan[] = [];
  for (const block of blocks) {
    let open = new Map<SpeakerSpanKind, SpeakerSpan>();
    let pendingBreaks = new Map<SpeakerSpanKind, string>();
    for (const piece of block) {
      if (piece.kind === 'other') {
        open = new Map();
        pendingBreaks = new Map();
        continue;
      }
      if (piece.kind === 'break') {
        for (const kind of open.keys()) pendingBreaks.set(kind, `${pendingBreaks.get(kind) ?? ''}\n`);
        continue;
      }
      const here = new Map<SpeakerSpanKind, SpeakerSpan>();
      for (const mark of piece.marks) {
        const kind = speakerKindOf(mark);
        const speakerId = speakerIdOf(mark);
        if (!kind || !speakerId) continue;
        const previous = open.get(kind);
        if (previous && previous.speakerId === speakerId) {
          previous.text += (pendingBreaks.get(kind) ?? '') + piece.text;
          previous.to = piece.to;
          here.set(kind, previous);
        } else {
          const span: SpeakerSpan = { speakerId, kind, from: piece.from, to: piece.to, text: piece.text };
          spans.push(span);
          here.set(kind, span);
        }
      }
      open = here;
      pendingBreaks = new Map();
    }
  }
  return spans.sort((left, right) => left.from - right.from || right.to - left.to);
}

/** The text blocks of a stored body as inline pieces, with the positions ProseMirror would give them. */
export function* textBlocksOfJson(body: NodeJson): Generator<InlinePiece[]> {
  const blocks: InlinePiece[][] = [];
  const size = (node: NodeJson, start: number): number => {
    if (node.type === 'text') return (node.text ?? '').length;
    const children = node.content ?? [];
    if (children.length === 0 && isLeaf(node)) return 1;
    const isTextBlock = children.some((child) => child.type === 'text' || child.type === 'hardBreak');
    const pieces: InlinePiece[] = [];
    let position = start + 1;
    for (const child of children) {
      const childSize = size(child, position);
      if (isTextBlock) pieces.push(pieceOf(child, position, childSize));
      position += childSize;
    }
    if (isTextBlock) blocks.push(pieces);
    return position + 1 - start;
  };
  // The document node itself has no opening position: its content starts at 0.
  let position = 0;
  for (const child of body.content ?? []) position += size(child, position);
  yield* blocks;
}

const LEAF_TYPES = new Set(['hardBreak', 'horizontalRule', 'image']);

function isLeaf(node: NodeJson): boolean {
  return LEAF_TYPES.has(node.type);
}

function pieceOf(node: NodeJson, from: number, size: number): InlinePiece {
  const kind = node.type === 'text' ? 'text' : node.type === 'hardBreak' ? 'break' : 'other';
  return { kind, text: node.text ?? '', from, to: from + size, marks: node.marks ?? [] };
}

/** Every speaker span of a stored body. */
export function speakerSpansOf(body: NodeJson): SpeakerSpan[] {
  return speakerSpansOfBlocks(textBlocksOfJson(body));
}

/** Counts, per speaker id in order of first appearance, the spans of each kind in a stored body. */
export function countSpeakerSpans(body: NodeJson): Map<string, SpeakerSpanCounts> {
  return tallySpeakerSpans(speakerSpansOf(body));
}

/** Counts, per speaker id in order of first appearance, the spans of each kind. */
export function tallySpeakerSpans(spans: readonly SpeakerSpan[]): Map<string, SpeakerSpanCounts> {
  const counts = new Map<string, SpeakerSpanCounts>();
  const key = { mention: 'mentions', direct: 'direct', paraphrase: 'paraphrases' } as const;
  for (const span of spans) {
    const entry = counts.get(span.speakerId) ?? { mentions: 0, direct: 0, paraphrases: 0 };
    entry[key[span.kind]] += 1;
    counts.set(span.speakerId, entry);
  }
  return counts;
}

/** The ids of the speakers a body's marks refer to, in order of first appearance. */
export function speakerIdsInBody(body: NodeJson): string[] {
  return [...countSpeakerSpans(body).keys()];
}

/** A copy of `body` with every speaker mark for `fromId` pointing at `toId`. */
export function reassignSpeakerSpans(body: NodeJson, fromId: string, toId: string): NodeJson {
  const visit = (node: NodeJson): NodeJson => {
    const next: NodeJson = { ...node };
    if (node.marks) {
      next.marks = node.marks.map((mark) =>
        speakerKindOf(mark) && mark.attrs?.speakerId === fromId ? { ...mark, attrs: { ...mark.attrs, speakerId: toId } } : mark,
      );
    }
    if (node.content) next.content = node.content.map(visit);
    return next;
  };
  return visit(body);
}
