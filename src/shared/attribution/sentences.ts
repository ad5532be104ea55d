/**
 * Splits a paragraph into sentences, reading the quotation-masked text so a
 * full stop inside a quotation does not end the sentence that frames it —
 * unless the quotation itself ends the sentence ('… back." Then …').
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations whose period does not end a sentence (compared without the period, lower case). */
const ABBREVIATIONS = new Set(
  'mr mrs ms mx dr prof st gen col capt lt sgt maj sen rep gov jr sr inc co corp ltd no vs etc rev ft mt jan feb aug sept sep oct nov dec u.s u.k u.n e.g i.e'.split(
    ' ',
  ),
);

const CLOSING_MARKS = /["”»’)\]]/u;
const SENTENCE_OPENER = /[\p{Lu}\p{N}"“„«‘(#]/u;

export function splitSentences(original: string, masked: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let start = 0;
  for (let offset = 0; offset < masked.length; offset++) {
    const char = masked[offset];
    let stopAt = -1;
    if (/[.!?]/.test(char) && !isAbbreviation(masked, offset)) stopAt = offset;
    // A quotation ending in a stop ends the sentence: `… back." Then`.
    else if (CLOSING_MARKS.test(char) && /[.!?]/.test(original[offset - 1] ?? '') && masked[offset - 1] === '#') stopAt = offset;
    if (stopAt === -1) continue;
    let after = stopAt + 1;
    while (after < masked.length && CLOSING_MARKS.test(masked[after])) after++;
    if (after < masked.length && !/\s/u.test(masked[after])) continue;
    let next = after;
    while (next < masked.length && /\s/u.test(masked[next])) next++;
    if (next < masked.length && !SENTENCE_OPENER.test(masked[next])) continue;
    sentences.push({ start, end: after });
    start = next;
    offset = next - 1;
  }
  if (start < masked.length && masked.slice(start).trim() !== '') sentences.push({ start, end: masked.length });
  return sentences;
}

function isAbbreviation(text: string, periodAt: number): boolean {
  if (text[periodAt] !== '.') return false;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, periodAt - 12), periodAt));
  if (!before) return false;
  const word = before[1].toLowerCase();
  // A single capital is an initial ("John F. Kennedy").
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before[1]) || /^(?:\p{L}\.)+\p{L}$/u.test(before[1]);
}

/** The sentence holding an offset (the last one when the offset is past the end). */
export function sentenceAt(sentences: SentenceSpan[], offset: number): SentenceSpan {
  return (
    sentences.find((sentence) => offset >= sentence.start && offset < sentence.end) ??
    sentences[sentences.length - 1] ?? { start: 0, end: 0 }
  );
}
