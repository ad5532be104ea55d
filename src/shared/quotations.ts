/**
 * Direct quotations in a body: spans marked as direct speech (the speaker-span walker's), and text between
 * quote marks (curly or straight). A desk must never alter a quote silently,
 * so revisions compare these between versions.
 */
import type { NodeJson } from './article';
import { bodyToPlainText } from './body-text';
import { speakerSpansOf } from './speaker-spans';

const QUOTED = /[“"]([^“”"]{2,}?)[”"]/g;

/** The text of each direct quotation, in order, without quote marks, trimmed, deduplicated. */
export function directQuotations(body: NodeJson): string[] {
  const found = speakerSpansOf(body)
    .filter((span) => span.kind === 'direct')
    .map((span) => span.text.trim());
  for (const match of bodyToPlainText(body).matchAll(QUOTED)) found.push(match[1].trim().replace(/[,.]$/, ''));
  const seen = new Set<string>();
  return found
    .map((quote) => quote.replace(/^[“"]|[”"]$/g, '').trim())
    .filter((quote) => quote !== '' && !seen.has(quote) && seen.add(quote));
}
