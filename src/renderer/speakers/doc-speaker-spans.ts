/**
 * The speaker spans of a live document: every run of text carrying a speaker
 * mark, adjacent text nodes with the same mark joined into one span. The panel
 * counts and steps through them, the hue plugin colours them, the lint reads them.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export type SpeakerSpanKind = 'mention' | 'direct' | 'paraphrase';

export interface DocumentSpeakerSpan {
  speakerId: string;
  kind: SpeakerSpanKind;
  from: number;
  to: number;
}

function kindOf(markName: string, attributionKind: unknown): SpeakerSpanKind | null {
  if (markName === 'speakerMention') return 'mention';
  if (markName === 'speakerAttribution') return attributionKind === 'paraphrase' ? 'paraphrase' : 'direct';
  return null;
}

/** Every speaker span, ordered by where it starts (mentions inside a quote come after the quote). */
export function speakerSpansIn(doc: ProseMirrorNode): DocumentSpeakerSpan[] {
  const spans: DocumentSpeakerSpan[] = [];
  /** The span of each kind still open at the end of the previous text node, to extend. */
  let open = new Map<SpeakerSpanKind, DocumentSpeakerSpan>();
  doc.descendants((node, position) => {
    if (!node.isText) {
      open = new Map(); // a new block or a hard break ends every open span
      return true;
    }
    const here = new Map<SpeakerSpanKind, DocumentSpeakerSpan>();
    for (const mark of node.marks) {
      const kind = kindOf(mark.type.name, mark.attrs.kind);
      const speakerId = typeof mark.attrs.speakerId === 'string' ? mark.attrs.speakerId : '';
      if (!kind || !speakerId) continue;
      const previous = open.get(kind);
      if (previous && previous.speakerId === speakerId && previous.to === position) {
        previous.to = position + node.nodeSize;
        here.set(kind, previous);
      } else {
        const span = { speakerId, kind, from: position, to: position + node.nodeSize };
        spans.push(span);
        here.set(kind, span);
      }
    }
    open = here;
    return false;
  });
  return spans.sort((left, right) => left.from - right.from || right.to - left.to);
}
