/**
 * The direct quotations in a body, for the exporters' structured data: each
 * direct-quote span of the one speaker-span walker (shared/speaker-spans.ts).
 */
import type { NodeJson } from '../article';
import { speakerSpansOf } from '../speaker-spans';

export interface Quotation {
  speakerId: string;
  text: string;
}

/** Quotations in document order; a quote over a line break is one quotation with "\n" in its text. Linear in the body's size. */
export function collectQuotations(body: NodeJson): Quotation[] {
  return speakerSpansOf(body)
    .filter((span) => span.kind === 'direct')
    .map(({ speakerId, text }) => ({ speakerId, text }));
}
