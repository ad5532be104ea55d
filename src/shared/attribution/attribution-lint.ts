/**
 * Attribution lint: what a desk editor checks before a story with quotes goes
 * out, over the body's paragraphs and its speaker spans.
 *
 * - `untagged-quote`   text between quote marks (“…” or "…") that no direct-quote span covers;
 * - `short-form-first` a speaker called by a short form or alias before the full name appears;
 * - `first-mention`    a speaker whose first tagged mention is not the full name (and no
 *                      short-form finding already points there);
 * - `missing-role`     a tagged speaker with no role in the registry.
 *
 * Pure: offsets are character offsets within paragraph strings, as the detector's.
 */
import { normalizeName } from '../speaker';

export interface LintSpan {
  speakerId: string;
  kind: 'mention' | 'direct' | 'paraphrase';
  paragraph: number;
  start: number;
  end: number;
}

export interface LintSpeaker {
  id: string;
  name: string;
  aliases: string[];
  role: string;
}

export type LintRule = 'untagged-quote' | 'short-form-first' | 'first-mention' | 'missing-role';

export interface LintFinding {
  rule: LintRule;
  message: string;
  paragraph: number;
  start: number;
  end: number;
  speakerId?: string;
}

const QUOTATION = /“([^”]+)”|"([^"]+)"/g;
const EXCERPT_LENGTH = 48;

function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > EXCERPT_LENGTH ? `${trimmed.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : trimmed;
}

function before(left: { paragraph: number; start: number }, right: { paragraph: number; start: number }): boolean {
  return left.paragraph < right.paragraph || (left.paragraph === right.paragraph && left.start < right.start);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first place `phrase` occurs as whole words (case-sensitive when it is capitalized, as a name is). */
function firstOccurrence(paragraphs: readonly string[], phrase: string): { paragraph: number; start: number; end: number } | null {
  const flags = /^\p{Lu}/u.test(phrase) ? 'u' : 'iu';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase.trim())}(?![\\p{L}\\p{N}])`, flags);
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph += 1) {
    const match = pattern.exec(paragraphs[paragraph]);
    if (match) return { paragraph, start: match.index, end: match.index + match[0].length };
  }
  return null;
}

function untaggedQuotes(paragraphs: readonly string[], spans: readonly LintSpan[]): LintFinding[] {
  const findings: LintFinding[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const match of text.matchAll(QUOTATION)) {
      const inner = match[1] ?? match[2] ?? '';
      const start = (match.index ?? 0) + 1;
      const end = start + inner.length;
      if (inner.trim().split(/\s+/).length < 3) continue; // a scare-quoted word or two is not a quotation
      const covered = spans.some((span) => span.kind === 'direct' && span.paragraph === paragraph && span.start < end && span.end > start);
      if (!covered) findings.push({ rule: 'untagged-quote', message: `Quote with no speaker: “${excerpt(inner)}”`, paragraph, start, end });
    }
  });
  return findings;
}

function speakerFindings(paragraphs: readonly string[], spans: readonly LintSpan[], speaker: LintSpeaker): LintFinding[] {
  const own = spans.filter((span) => span.speakerId === speaker.id);
  if (own.length === 0) return [];
  const findings: LintFinding[] = [];
  const textOf = (span: { paragraph: number; start: number; end: number }) => paragraphs[span.paragraph]?.slice(span.start, span.end) ?? '';

  const full = firstOccurrence(paragraphs, speaker.name);
  const shortForms = speaker.aliases.filter((alias) => normalizeName(alias) !== normalizeName(speaker.name));
  const earliestShort = shortForms
    .map((alias) => firstOccurrence(paragraphs, alias))
    .filter((place): place is NonNullable<typeof place> => place !== null)
    .filter((place) => !full || before(place, full))
    // "Hong" inside "Hong Lei" is the full name, not a short form
    .filter((place) => !full || place.paragraph !== full.paragraph || place.start < full.start || place.start >= full.end)
    .sort((left, right) => left.paragraph - right.paragraph || left.start - right.start)[0];
  if (earliestShort) {
    const where = full ? 'before the full name' : 'and the full name never appears';
    findings.push({
      rule: 'short-form-first',
      message: `“${textOf(earliestShort)}” is used ${where} ${speaker.name}`,
      ...earliestShort,
      speakerId: speaker.id,
    });
  }

  const firstMention = own
    .filter((span) => span.kind === 'mention')
    .sort((left, right) => left.paragraph - right.paragraph || left.start - right.start)[0];
  if (firstMention && normalizeName(textOf(firstMention)) !== normalizeName(speaker.name)) {
    const samePlace = earliestShort && earliestShort.paragraph === firstMention.paragraph && earliestShort.start === firstMention.start;
    if (!samePlace) {
      findings.push({
        rule: 'first-mention',
        message: `First mention of ${speaker.name} says “${excerpt(textOf(firstMention))}”, not the full name`,
        paragraph: firstMention.paragraph,
        start: firstMention.start,
        end: firstMention.end,
        speakerId: speaker.id,
      });
    }
  }

  if (speaker.role.trim() === '') {
    const anchor = firstMention ?? own[0];
    findings.push({
      rule: 'missing-role',
      message: `${speaker.name} has no role — add one (spokesman, minister…)`,
      paragraph: anchor.paragraph,
      start: anchor.start,
      end: anchor.end,
      speakerId: speaker.id,
    });
  }
  return findings;
}

/** Every finding, in document order. */
export function lintAttributions(
  paragraphs: readonly string[],
  spans: readonly LintSpan[],
  speakers: readonly LintSpeaker[],
): LintFinding[] {
  const findings = [...untaggedQuotes(paragraphs, spans), ...speakers.flatMap((speaker) => speakerFindings(paragraphs, spans, speaker))];
  return findings.sort((left, right) => left.paragraph - right.paragraph || left.start - right.start);
}
