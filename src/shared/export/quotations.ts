/**
 * The direct quotations in a body: each run of text carrying one speaker's
 * `direct` attribution, joined across adjacent text nodes inside one block.
 */
import type { NodeJson } from '../article';

export interface Quotation {
  speakerId: string;
  text: string;
}

/** Quotations in document order. Linear in the body's size. */
export function collectQuotations(body: NodeJson): Quotation[] {
  const quotations: Quotation[] = [];
  const visit = (node: NodeJson): void => {
    let open = new Map<string, string[]>();
    const flush = (keep: ReadonlySet<string>) => {
      for (const [speakerId, parts] of open) if (!keep.has(speakerId)) quotations.push({ speakerId, text: parts.join('') });
      const next = new Map<string, string[]>();
      for (const [speakerId, parts] of open) if (keep.has(speakerId)) next.set(speakerId, parts);
      open = next;
    };
    for (const child of node.content ?? []) {
      if (child.type !== 'text' && child.type !== 'hardBreak') {
        flush(new Set());
        visit(child);
        continue;
      }
      const here = new Set<string>();
      for (const mark of child.marks ?? []) {
        if (mark.type === 'speakerAttribution' && (mark.attrs?.kind ?? 'direct') === 'direct' && typeof mark.attrs?.speakerId === 'string') here.add(mark.attrs.speakerId);
      }
      flush(here);
      for (const speakerId of here) {
        const parts = open.get(speakerId) ?? [];
        parts.push(child.type === 'hardBreak' ? '\n' : (child.text ?? ''));
        open.set(speakerId, parts);
      }
    }
    flush(new Set());
  };
  visit(body);
  return quotations;
}
