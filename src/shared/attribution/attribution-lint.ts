/**
 * Attribution lint: what a desk editor checks before a story with quotes goes
 * out, over the body's paragraphs and its speaker spans.
 *
 * - `untagged-quote`   text between quote marks (“…” or "…") that no direct-quote span covers;
 * - `short-form-first` a speaker called by a short form or alias before the full name appears;
 * - `first-mention`    a speaker whose first tagged mention is not the full name (and no
 *                      short-form finding already points there);
 * - `missing-role`     a tagged speaker with no role in the registry;
 * - `missing-alt-text` a picture without alt text (picture-checks.ts, over the document).
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

export type LintRule = 'untagged-quote' | 'short-form-first' | 'first-mention' | 'missing-role' | 'missing-alt-text';

export interface LintFinding {
  rule: LintRule;
  message: string;
  paragraph: number;
  start: number;
  end: number;
  speakerId?: string;
  /** A finding about a node (a picture): its document position. */
  position?: number;
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

interface Place {
  paragraph: number;
  start: number;
  end: number;
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * The first place each phrase occurs as whole words (case-sensitive when it is
 * capitalized, as a name is; trimmed). One combined, case-blind pattern finds
 * every place where some phrase may start, in one pass over the paragraphs that
 * stops once every phrase is placed; each phrase's own pattern then confirms it there.
 */
function firstOccurrences(paragraphs: readonly string[], phrases: readonly string[]): Map<string, Place | null> {
  const places = new Map<string, Place | null>(phrases.map((phrase) => [phrase, null]));
  const wanted = [...places.keys()]
    .filter((phrase) => phrase.trim() !== '')
    .map((phrase) => ({
      phrase,
      pattern: new RegExp(`${NOT_WORD_BEFORE}${escapeRegExp(phrase.trim())}${NOT_WORD_AFTER}`, /^\p{Lu}/u.test(phrase) ? 'uy' : 'iuy'),
    }));
  if (wanted.length === 0) return places;
  const alternatives = [...new Set(wanted.map(({ phrase }) => escapeRegExp(phrase.trim())))].sort(
    (left, right) => right.length - left.length,
  );
  const candidates = new RegExp(`${NOT_WORD_BEFORE}(?:${alternatives.join('|')})${NOT_WORD_AFTER}`, 'giu');
  let left = wanted;
  for (let paragraph = 0; paragraph < paragraphs.length && left.length > 0; paragraph += 1) {
    const text = paragraphs[paragraph];
    candidates.lastIndex = 0;
    for (let match = candidates.exec(text); match && left.length > 0; match = candidates.exec(text)) {
      const start = match.index;
      left = left.filter(({ phrase, pattern }) => {
        pattern.lastIndex = start;
        const found = pattern.exec(text);
        if (!found) return true;
        places.set(phrase, { paragraph, start, end: start + found[0].length });
        return false;
      });
      candidates.lastIndex = start + 1; // a shorter phrase may start inside this one
    }
  }
  return places;
}

function untaggedQuotes(paragraphs: readonly string[], spans: readonly LintSpan[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const directIn = new Map<number, LintSpan[]>();
  for (const span of spans) if (span.kind === 'direct') directIn.set(span.paragraph, [...(directIn.get(span.paragraph) ?? []), span]);
  paragraphs.forEach((text, paragraph) => {
    for (const match of text.matchAll(QUOTATION)) {
      const inner = match[1] ?? match[2] ?? '';
      const start = (match.index ?? 0) + 1;
      const end = start + inner.length;
      if (inner.trim().split(/\s+/).length < 3) continue; // a scare-quoted word or two is not a quotation
      const covered = (directIn.get(paragraph) ?? []).some((span) => span.start < end && span.end > start);
      if (!covered) findings.push({ rule: 'untagged-quote', message: `Quote with no speaker: “${excerpt(inner)}”`, paragraph, start, end });
    }
  });
  return findings;
}

function speakerFindings(
  paragraphs: readonly string[],
  own: readonly LintSpan[],
  speaker: LintSpeaker,
  places: Map<string, Place | null>,
): LintFinding[] {
  if (own.length === 0) return [];
  const findings: LintFinding[] = [];
  const textOf = (span: { paragraph: number; start: number; end: number }) => paragraphs[span.paragraph]?.slice(span.start, span.end) ?? '';

  const full = places.get(speaker.name) ?? null;
  const shortForms = speaker.aliases.filter((alias) => normalizeName(alias) !== normalizeName(speaker.name));
  const earliestShort = shortForms
    .map((alias) => places.get(alias) ?? null)
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
  const ownSpans = new Map<string, LintSpan[]>();
  for (const span of spans) ownSpans.set(span.speakerId, [...(ownSpans.get(span.speakerId) ?? []), span]);
  const tagged = speakers.filter((speaker) => ownSpans.has(speaker.id));
  const places = firstOccurrences(
    paragraphs,
    tagged.flatMap((speaker) => [speaker.name, ...speaker.aliases]),
  );
  const findings = [
    ...untaggedQuotes(paragraphs, spans),
    ...tagged.flatMap((speaker) => speakerFindings(paragraphs, ownSpans.get(speaker.id) ?? [], speaker, places)),
  ];
  return findings.sort((left, right) => left.paragraph - right.paragraph || left.start - right.start);
}
