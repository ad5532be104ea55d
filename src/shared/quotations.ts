/**
 * Direct quotations in a body: spans marked as direct speech, and text between
 * quote marks (curly or straight). A desk must never alter a quote silently,
 * so revisions compare these between versions.
 */
import type { NodeJson } from './article';
import { bodyToPlainText } from './body-text';

const QUOTED = /[“"]([^“”"]{2,}?)[”"]/g;

/** The text of each direct quotation, in order, without quote marks, trimmed, deduplicated. */
export function directQuotations(body: NodeJson): string[] {
  const found: string[] = [];
  const visitBlock = (node: NodeJson): void => {
    let run = '';
    const close = () => {
      if (run.trim()) found.push(run.trim());
      run = '';
    };
    for (const child of node.content ?? []) {
      if (child.type !== 'text') {
        close();
        visitBlock(child);
        continue;
      }
      const direct = child.marks?.some((mark) => mark.type === 'speakerAttribution' && mark.attrs?.kind !== 'paraphrase');
      if (direct) run += child.text ?? '';
      else close();
    }
    close();
  };
  visitBlock(body);
  for (const match of bodyToPlainText(body).matchAll(QUOTED)) found.push(match[1].trim().replace(/[,.]$/, ''));
  const seen = new Set<string>();
  return found
    .map((quote) => quote.replace(/^[“"]|[”"]$/g, '').trim())
    .filter((quote) => quote !== '' && !seen.has(quote) && seen.add(quote));
}
