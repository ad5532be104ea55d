/**
 * Finds direct quotations in paragraphs: straight ("…") and curly (“…”, „…“,
 * «…») double quote marks. Single quote marks are left alone: in news prose
 * they are apostrophes (O'Brien, farmers') or quotes nested inside a quote.
 *
 * A quotation still open at the end of a paragraph is "continued": by news
 * convention the next paragraph reopens it with a fresh opening mark.
 */

export interface QuotationSpan {
  paragraph: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph length when the quotation runs on. */
  close: number;
  /** The quoted text, trimmed of spaces and of a trailing comma (it punctuates the framing sentence). */
  start: number;
  end: number;
  text: string;
  /** True when no closing mark ends it in this paragraph. */
  continued: boolean;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';

/** Character that replaces quoted text in a masked paragraph: no letter, space or sentence stop. */
export const MASK_CHARACTER = '#';

export function findQuotations(paragraph: string, index: number): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  let openAt = -1;
  for (let offset = 0; offset < paragraph.length; offset++) {
    const char = paragraph[offset];
    const opens = OPENING.has(char) || (char === STRAIGHT && openAt === -1);
    const closes = CLOSING.has(char) || (char === STRAIGHT && openAt !== -1);
    // „…“ (German style) closes with the English opening mark.
    const germanClose = char === '“' && openAt !== -1 && paragraph[openAt] === '„';
    if (openAt === -1 && opens) {
      openAt = offset;
    } else if (openAt !== -1 && (closes || germanClose)) {
      spans.push(makeSpan(paragraph, index, openAt, offset, false));
      openAt = -1;
    }
  }
  if (openAt !== -1) spans.push(makeSpan(paragraph, index, openAt, paragraph.length, true));
  return spans.filter((span) => span.end > span.start);
}

function makeSpan(paragraph: string, index: number, open: number, close: number, continued: boolean): QuotationSpan {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/u.test(paragraph[start])) start++;
  while (end > start && /[\s,]/u.test(paragraph[end - 1])) end--;
  return { paragraph: index, open, close, start, end, text: paragraph.slice(start, end), continued };
}

/**
 * The paragraph with every quoted text replaced by MASK_CHARACTER, same length,
 * so rules that look for speakers never read words inside a quotation.
 */
export function maskQuotations(paragraph: string, spans: QuotationSpan[]): string {
  const units = paragraph.split('');
  for (const span of spans) {
    for (let offset = span.open + 1; offset < span.close; offset++) units[offset] = MASK_CHARACTER;
  }
  return units.join('');
}
