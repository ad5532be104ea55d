/**
 * Noun phrases that can be the subject of a speech cue: a name with its titles
 * and roles, a pronoun, a description ("the minister"), an organization, or an
 * unnamed person ("a staff member"). Shapes only; who they are is decided by
 * the speaker resolver.
 */
import { CLAUSE_BOUNDARIES, INDEFINITE_DETERMINERS, SUBJECT_PRONOUNS } from './lexicon';
import { isInstitutionWord, type NameReading, nameRuns, readNameRun, words } from './name-spans';
import { DEMONYMS, DOCUMENT_WORDS, GROUP_WORDS } from './non-person-lexicon';
import { parseRolePhrase, type RolePhrase } from './role-phrase';

export type SubjectShape =
  | { kind: 'named'; reading: NameReading; role: RolePhrase | null }
  | { kind: 'pronoun'; pronoun: string }
  | { kind: 'description'; phrase: RolePhrase; text: string }
  | { kind: 'organization'; text: string };

export interface Found {
  subject: SubjectShape;
  start: number;
  end: number;
}

/** Comma-separated pieces of text[from, to), with offsets, spaces trimmed. */
export function segments(text: string, from: number, to: number): { text: string; start: number; end: number }[] {
  const pieces: { text: string; start: number; end: number }[] = [];
  for (const match of text.slice(from, to).matchAll(/[^,]+/gu)) {
    const lead = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed) pieces.push({ text: trimmed, start: from + match.index + lead, end: from + match.index + lead + trimmed.length });
  }
  return pieces;
}

export const isWholeName = (piece: string): boolean => {
  const run = nameRuns(piece)[0];
  return run !== undefined && run.start === 0 && run.end === piece.length && readNameRun(run).kind !== 'organization';
};

export const isAppositive = (piece: string): boolean =>
  /^(?:who|whose)\b/iu.test(piece) || /^\d{1,3}$/u.test(piece) || parseRolePhrase(piece) !== null;

/** The noun phrase that ends a piece of text: a name with its titles, a pronoun, or a description. */
export function trailingNounPhrase(text: string, from: number, to: number): Found | null {
  const piece = text.slice(from, to);
  const all = words(piece);
  if (all.length === 0) return null;
  const last = all[all.length - 1];
  if (last.end !== piece.length) return null;
  if (SUBJECT_PRONOUNS.has(last.text.toLowerCase())) {
    const previous = all[all.length - 2];
    if (!previous || CLAUSE_BOUNDARIES.has(previous.text.toLowerCase())) {
      return { subject: { kind: 'pronoun', pronoun: last.text.toLowerCase() }, start: from + last.start, end: from + last.end };
    }
    return null;
  }
  const run = nameRuns(piece).at(-1);
  // "the Belgian said": a nationality after a determiner describes someone; it does not name them.
  const describes =
    run !== undefined &&
    run.words.length === 1 &&
    DEMONYMS.has(run.words[0].text.toLowerCase()) &&
    /\b(?:the|a|an)\s+$/iu.test(piece.slice(0, run.start));
  if (run && run.end === piece.length && !run.possessive && !describes) {
    const reading = readNameRun(run);
    const lead = leadingModifiers(all, run.start);
    const role =
      lead.length > 0 ? parseRolePhrase(lead.map((word) => word.text).join(' ')) : reading.title ? parseRolePhrase(reading.title) : null;
    const start = from + (role && lead.length > 0 ? lead[0].start : run.start);
    return { subject: { kind: 'named', reading: shift(reading, from), role }, start, end: from + run.end };
  }
  // A description or an organization: back to a clause boundary, at most eight words.
  let first = all.length - 1;
  while (first > 0 && all.length - first < 8 && !CLAUSE_BOUNDARIES.has(all[first - 1].text.toLowerCase())) first--;
  // "two sources familiar with the talks": an indefinite phrase is someone unnamed, whatever follows.
  if (INDEFINITE_DETERMINERS.has(all[first].text.toLowerCase())) {
    return {
      subject: { kind: 'description', phrase: unnamed(all[first + 1]?.text ?? last.text), text: piece.slice(all[first].start) },
      start: from + all[first].start,
      end: to,
    };
  }
  const determinerAt = all.slice(first).findIndex((word) => /^(?:the|a|an|its|his|her|their|our)$/iu.test(word.text));
  if (determinerAt > 0) first += determinerAt;
  const phraseStart = all[first].start;
  const phrase = piece.slice(phraseStart);
  const unnamedSource = groupOrDocument(phrase, last.text, from + phraseStart, to);
  if (unnamedSource) return unnamedSource;
  const parsed = parseRolePhrase(phrase);
  if (parsed) return { subject: { kind: 'description', phrase: parsed, text: phrase }, start: from + phraseStart, end: to };
  if (isInstitutionWord(last.text)) return { subject: { kind: 'organization', text: phrase }, start: from + phraseStart, end: to };
  // "A staff member", "one person familiar with the talks": someone unnamed, whatever the noun.
  if (INDEFINITE_DETERMINERS.has(all[first].text.toLowerCase()))
    return { subject: { kind: 'description', phrase: unnamed(last.text), text: phrase }, start: from + phraseStart, end: to };
  return null;
}

/** "officials", "the residents", "the statement": a group or a writing speaks, not one person. */
export function groupOrDocument(phrase: string, lastWord: string, start: number, end: number): Found | null {
  const lower = lastWord.toLowerCase();
  if (DOCUMENT_WORDS.has(lower)) return { subject: { kind: 'organization', text: phrase }, start, end };
  if (GROUP_WORDS.has(lower)) return { subject: { kind: 'description', phrase: unnamed(lastWord), text: phrase }, start, end };
  return null;
}

function unnamed(head: string): RolePhrase {
  return { role: head, head: head.toLowerCase(), organization: '', determiner: 'indefinite', modifiers: [], owner: '' };
}

/** Role words written before a name ("Foreign Ministry spokesman", "authority spokeswoman"). */
export function leadingModifiers(all: ReturnType<typeof words>, runStart: number): ReturnType<typeof words> {
  const before = all.filter((word) => word.end <= runStart);
  const lead: ReturnType<typeof words> = [];
  for (let index = before.length - 1; index >= 0 && lead.length < 5; index--) {
    const word = before[index];
    const lower = word.text.toLowerCase();
    if (CLAUSE_BOUNDARIES.has(lower) || /^(?:the|a|an|by|to|of|in|on|at|with|from|for)$/u.test(lower)) break;
    lead.unshift(word);
  }
  // Keep only a lead that ends in a role word; "Environmental group" is not a role.
  while (lead.length > 0 && !parseRolePhrase(lead.map((word) => word.text).join(' '))) lead.shift();
  return lead;
}

export function shift(reading: NameReading, by: number): NameReading {
  return { ...reading, nameStart: reading.nameStart + by, nameEnd: reading.nameEnd + by };
}
