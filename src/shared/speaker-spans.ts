/**
 * Reading and rewriting the speaker marks inside a stored body (Tiptap JSON),
 * without an editor: which speakers an article uses, how often, and moving
 * every span from one speaker to another (merge).
 */
import type { NodeJson } from './article';

export const SPEAKER_MARK_TYPES = ['speakerMention', 'speakerAttribution'] as const;

export interface SpeakerSpanCounts {
  mentions: number;
  direct: number;
  paraphrases: number;
}

function isSpeakerMark(type: string): boolean {
  return (SPEAKER_MARK_TYPES as readonly string[]).includes(type);
}

/** Counts, per speaker id, the spans of each kind (adjacent text nodes with one mark count once). */
export function countSpeakerSpans(body: NodeJson): Map<string, SpeakerSpanCounts> {
  const counts = new Map<string, SpeakerSpanCounts>();
  const bump = (id: string, key: keyof SpeakerSpanCounts) => {
    const entry = counts.get(id) ?? { mentions: 0, direct: 0, paraphrases: 0 };
    entry[key] += 1;
    counts.set(id, entry);
  };
  const visitBlock = (node: NodeJson): void => {
    let open = new Set<string>();
    for (const child of node.content ?? []) {
      if (child.type !== 'text') {
        open = new Set();
        visitBlock(child);
        continue;
      }
      const here = new Set<string>();
      for (const mark of child.marks ?? []) {
        if (!isSpeakerMark(mark.type)) continue;
        const id = String(mark.attrs?.speakerId ?? '');
        if (!id) continue;
        const kind = mark.type === 'speakerMention' ? 'mentions' : mark.attrs?.kind === 'paraphrase' ? 'paraphrases' : 'direct';
        const key = `${kind}:${id}`;
        here.add(key);
        if (!open.has(key)) bump(id, kind);
      }
      open = here;
    }
  };
  visitBlock(body);
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
        isSpeakerMark(mark.type) && mark.attrs?.speakerId === fromId ? { ...mark, attrs: { ...mark.attrs, speakerId: toId } } : mark,
      );
    }
    if (node.content) next.content = node.content.map(visit);
    return next;
  };
  return visit(body);
}
