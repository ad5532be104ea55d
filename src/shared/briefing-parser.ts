/**
 * Parses the desk's briefing text format:
 *
 *     <headline>
 *     [By <byline>]                       (optional: agency copy puts it here)
 *     <DATELINE> - <first paragraph>      ("-", "—" or "–"; "ELDMOOR, March 4" carries a date;
 *                                          agency copy: "KALDER (Reuters) - …", "PARIS, Nov 3 (AFP) - …")
 *     <paragraph>
 *     ...
 *     Related Stories:                    (any case; optional)
 *     <related headline>
 *
 * A credit line closing agency copy ("Reporting by …; Editing by …") is
 * recognised and kept as the last paragraph. Text is kept exactly: curly and
 * straight quotes, dashes and accents survive.
 * Input that is not a briefing throws a DeskError('not-a-briefing') that says why.
 */
import { DeskError } from './errors';
import { isBylineLine, isCreditLine, parseWireDateline } from './import/wire-copy';

export interface ParsedBriefing {
  headline: string;
  /** "BEIJING", "ELDMOOR, March 4", or "" when the first paragraph has none. */
  dateline: string;
  paragraphs: string[];
  /** Headlines listed under "Related Stories:". */
  related: string[];
  /** "By Jane Roe" when a byline line stood above the first paragraph, else "". */
  byline: string;
  /** What of agency copy was recognised, as sentences for a notice ("Byline: By Jane Roe"); empty for the desk's own format. */
  recognised: string[];
  /** Things a person may want to check; the briefing was still read. */
  warnings: string[];
}

/** A headline longer than this is a paragraph, not a headline. */
const MAX_HEADLINE_LENGTH = 200;

/**
 * "BEIJING - …", "NEW YORK — …", "ELDMOOR, March 4 – …", "WASHINGTON, D.C., Nov. 26 - …".
 * The place is upper case; an optional date follows a comma.
 */
const DATELINE =
  /^((?:[A-Z][A-Z.'’-]*)(?:\s+[A-Z][A-Z.'’-]*)*(?:,\s*[A-Z]\.(?:[A-Z]\.)+)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?)\s+[-–—]\s+(\S.*)$/u;

const RELATED_HEADING = /^related\s+stories\s*:?$/i;
const LIST_MARKER = /^(?:[-*•]\s+|\d+[.)]\s+)/;

/** Splits a dateline off the first paragraph, when it has one: the desk's own form or an agency's ("KALDER (Reuters) - …"). */
export function splitDateline(line: string): { dateline: string; text: string; agency?: string } | null {
  const match = DATELINE.exec(line);
  if (match) return { dateline: match[1], text: match[2] };
  return parseWireDateline(line);
}

/** True when the text has bytes no briefing holds: NULs, or many undecodable characters. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  let suspicious = 0;
  for (const char of sample) {
    if (char === '\uFFFD' || /[\u0001-\u0008\u000E-\u001F]/.test(char)) suspicious++;
  }
  return sample.length > 0 && suspicious / sample.length > 0.02;
}

function fail(reason: string, source?: string): never {
  const where = source ? `"${source}" ` : 'This text ';
  throw new DeskError('not-a-briefing', `${where}is not a briefing: ${reason}`);
}

/**
 * Parses briefing text. `source` (a file name) only names the input in errors.
 * Throws DeskError('not-a-briefing') for empty, binary or headline-less input.
 */
export function parseBriefing(text: string, source?: string): ParsedBriefing {
  if (looksBinary(text)) fail('it looks like a binary file. Choose a plain-text briefing (.txt).', source);
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    // trim(), not /\s+$/: a regular expression anchored only at the end retries from every
    // space of a long run, which is quadratic; trim() strips the same characters in linear time.
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) fail('it is empty. A briefing starts with a headline line, then the story.', source);

  const [headline, ...afterHeadline] = lines;
  const recognised: string[] = [];
  // Agency copy puts the byline between the headline and the datelined first paragraph.
  const byline = afterHeadline.length > 1 && isBylineLine(afterHeadline[0]) && splitDateline(afterHeadline[1]) ? afterHeadline[0] : '';
  if (byline) recognised.push(`Byline: ${byline}`);
  const rest = byline ? afterHeadline.slice(1) : afterHeadline;
  // "UK - EU deal signed" looks like a dateline too; it is a headline when a datelined paragraph follows.
  if (splitDateline(headline) && !(rest[0] && splitDateline(rest[0]))) {
    fail('its first line starts with a dateline. Put the headline on the first line, above the dateline.', source);
  }
  if (headline.length > MAX_HEADLINE_LENGTH) {
    fail(`its first line is ${headline.length} characters long, too long for a headline. Put the headline on the first line.`, source);
  }
  if (!/\p{L}/u.test(headline)) fail('its first line has no words, so there is no headline.', source);

  const relatedAt = rest.findIndex((line) => RELATED_HEADING.test(line));
  const storyLines = relatedAt === -1 ? rest : rest.slice(0, relatedAt);
  const related = relatedAt === -1 ? [] : rest.slice(relatedAt + 1).map((line) => line.replace(LIST_MARKER, ''));
  if (storyLines.length === 0) fail('it has a headline but no story text below it.', source);

  const warnings: string[] = [];
  const first = splitDateline(storyLines[0]);
  if (!first) warnings.push('The first paragraph has no dateline ("CITY - …" or "CITY (Agency) - …"); the dateline was left empty.');
  else if (first.agency) recognised.push(`Dateline: ${first.dateline}, with the agency (${first.agency})`);
  const last = storyLines.at(-1) ?? '';
  if (storyLines.length > 1 && isCreditLine(last)) recognised.push('Credit line, kept as the last paragraph');
  const paragraphs = first ? [first.text, ...storyLines.slice(1)] : storyLines;
  if (relatedAt !== -1 && related.length === 0) warnings.push('"Related Stories:" is followed by no headlines.');

  return { headline, dateline: first?.dateline ?? '', paragraphs, related, byline, recognised, warnings };
}

/**
 * True when pasted text is a whole briefing (a headline, then a datelined
 * paragraph) rather than a fragment to paste as it is.
 */
export function isWholeBriefing(text: string): boolean {
  const lines = text
    .split(/\r\n|\r|\n/, 16)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length < 2 || lines[0].length > MAX_HEADLINE_LENGTH) return false;
  return splitDateline(lines[1]) !== null || (lines.length > 2 && isBylineLine(lines[1]) && splitDateline(lines[2]) !== null);
}
