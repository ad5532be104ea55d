/**
 * CommonMark escaping for text the desk writes into Markdown.
 *
 * Inline: `\`, `` ` ``, `*`, `_`, `[`, `]`, `<` and `#` are always backslash-
 * escaped (and a final `!`); `&` only where it would start a character reference; `\n`, `\r`
 * and `\t` become numeric references. At a line start, whatever would begin
 * a block (`>`, `-`, `+`, `=`, `~`, `1.`, `1)`, indentation) is escaped too, and
 * whitespace at either end of a line becomes `&#32;` so CommonMark keeps it.
 */

// A `!` ending a text may meet a link's `[` next: `![` would start an image.
const ALWAYS = /[\\`*_[\]<#]|&(?=#?[A-Za-z0-9]+;)|!$|[\n\r\t]/g;

const REFERENCES: Record<string, string> = { '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Escapes text for a Markdown inline context (not at a line start: see `escapeLineStart`). */
export function escapeMarkdownText(text: string): string {
  return text.replace(ALWAYS, (char) => REFERENCES[char] ?? `\\${char}`);
}

/**
 * Escapes the start of an already inline-escaped line: a leading block marker
 * gets a backslash, leading spaces become references.
 */
export function escapeLineStart(line: string): string {
  const spaces = /^ +/.exec(line);
  if (spaces) return '&#32;'.repeat(spaces[0].length) + line.slice(spaces[0].length);
  if (/^[>+=~-]/.test(line)) return `\\${line}`;
  const ordered = /^(\d+)([.)])/.exec(line);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${line.slice(ordered[0].length)}`;
  return line;
}

/** Replaces trailing spaces of an escaped line with references (CommonMark strips them). */
export function escapeLineEnd(line: string): string {
  // A scan from the end, not / +$/: that expression retries from every space of a long run (quadratic).
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 0x20) end--;
  return end === line.length ? line : line.slice(0, end) + '&#32;'.repeat(line.length - end);
}

/** True for Unicode punctuation and symbols, as CommonMark's flanking rules count them. */
export function isPunctuation(char: string): boolean {
  return /[\p{P}\p{S}]/u.test(char);
}

/** True for Unicode whitespace (and for "no character": a line edge counts as whitespace). */
export function isWhitespace(char: string | undefined): boolean {
  return char === undefined || char === '' || /\s/u.test(char);
}
