/**
 * Speech cues: a speech verb and the phrase that names who speaks —
 * "Hong said", "said Ivo Marek, head of …", "according to the spokesman",
 * "Geng Yansheng, spokesman for …, said", "X made the remarks", "…, calling …".
 * Cues are read from quotation-masked text, so words inside quotes never count.
 * The subject is only shaped here (a name, a pronoun, a description…); who it
 * refers to is decided by the speaker resolver.
 */
import { CLAUSE_BOUNDARIES, INDEFINITE_DETERMINERS, SPEECH_PARTICIPLES, SPEECH_VERBS, SUBJECT_ADVERBS, SUBJECT_PRONOUNS } from './lexicon';
import { isInstitutionWord, nameRuns, readNameRun, words, type NameReading } from './name-spans';
import { parseRolePhrase, type RolePhrase } from './role-phrase';
import type { SentenceSpan } from './sentences';

export type SubjectShape =
  | { kind: 'named'; reading: NameReading; role: RolePhrase | null }
  | { kind: 'pronoun'; pronoun: string }
  | { kind: 'description'; phrase: RolePhrase; text: string }
  | { kind: 'organization'; text: string };

export interface SpeechCue {
  paragraph: number;
  /** The evidence: subject and verb ("Hong said", "according to the spokesman"). */
  start: number;
  end: number;
  verbStart: number;
  verbEnd: number;
  subject: SubjectShape;
  subjectStart: number;
  subjectEnd: number;
  form: 'subject-verb' | 'verb-subject' | 'according-to' | 'participle';
}

interface Found {
  subject: SubjectShape;
  start: number;
  end: number;
}

const QUOTE_BOUNDARY = /["“”„«»#;:—–()]/u;
const TRAILING_ADJUNCTS = [
  /\s+on\s+\p{Lu}\p{Ll}+day$/u,
  /\s+(?:last|this|next|on|earlier|later)\s+(?:week|month|year|night|morning|afternoon|evening)$/iu,
  /\s+in\s+(?:a|an|the)\s+(?:statement|interview|speech|letter|post)$/iu,
];

/** Finds every speech cue in one masked paragraph. */
export function findSpeechCues(masked: string, paragraph: number, sentences: SentenceSpan[]): SpeechCue[] {
  const cues: SpeechCue[] = [];
  const all = words(masked);
  all.forEach((word, index) => {
    const lower = word.text.toLowerCase();
    // Speech verbs are lower case; "States" in "United States" is not one.
    if (word.text !== lower && lower !== 'according') return;
    const sentence = sentences.find((span) => word.start >= span.start && word.start < span.end) ?? { start: 0, end: masked.length };
    let verbEnd = word.end;
    let form: SpeechCue['form'] | null = null;
    if (lower === 'according' && all[index + 1]?.text.toLowerCase() === 'to') {
      form = 'according-to';
      verbEnd = all[index + 1].end;
    } else if (lower === 'made' && /^\s+(?:the|these|those|his|her|similar)\s+(?:remarks|comments)\b/iu.test(masked.slice(word.end))) {
      form = 'subject-verb';
      verbEnd = word.end + /^\s+\S+\s+\S+/u.exec(masked.slice(word.end))![0].length;
    } else if (lower === 'pointed' && all[index + 1]?.text.toLowerCase() === 'out') {
      form = 'subject-verb';
      verbEnd = all[index + 1].end;
    } else if (SPEECH_VERBS.has(lower) && lower !== 'pointed') {
      form = 'subject-verb';
    } else if (SPEECH_PARTICIPLES.has(lower) && /,\s*$/u.test(masked.slice(sentence.start, word.start))) {
      form = 'participle';
    }
    if (!form) return;

    const clauseStart = lastBoundary(masked, sentence.start, word.start);
    const left = masked.slice(clauseStart, word.start);
    let found: Found | null = null;
    if (form === 'according-to') {
      found = rightSubject(masked, verbEnd, sentence.end);
    } else if (form === 'participle') {
      found = sentenceSubject(masked, sentence.start, word.start);
    } else if (/["”»]\s*,?\s*$/u.test(left) || left.trim() === '') {
      found = rightSubject(masked, verbEnd, sentence.end);
      if (found) form = 'verb-subject';
    } else {
      found = leftSubject(masked, clauseStart, word.start);
      if (!found && /,\s*$/u.test(left)) {
        found = rightSubject(masked, verbEnd, sentence.end);
        if (found?.subject.kind !== 'named') found = null;
        else form = 'verb-subject';
      }
    }
    if (!found) return;
    const start = Math.min(found.start, word.start);
    const end = form === 'participle' ? verbEnd : Math.max(found.end, verbEnd);
    cues.push({ paragraph, start: form === 'participle' ? word.start : start, end, verbStart: word.start, verbEnd, subject: found.subject, subjectStart: found.start, subjectEnd: found.end, form });
  });
  return cues;
}

function lastBoundary(text: string, from: number, to: number): number {
  for (let offset = to - 1; offset >= from; offset--) if (QUOTE_BOUNDARY.test(text[offset])) return offset + 1;
  return from;
}

/** Comma-separated pieces of text[from, to), with offsets, spaces trimmed. */
function segments(text: string, from: number, to: number): { text: string; start: number; end: number }[] {
  const pieces: { text: string; start: number; end: number }[] = [];
  for (const match of text.slice(from, to).matchAll(/[^,]+/gu)) {
    const lead = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed) pieces.push({ text: trimmed, start: from + match.index + lead, end: from + match.index + lead + trimmed.length });
  }
  return pieces;
}

const isWholeName = (piece: string): boolean => {
  const run = nameRuns(piece)[0];
  return run !== undefined && run.start === 0 && run.end === piece.length && readNameRun(run).kind !== 'organization';
};

const isAppositive = (piece: string): boolean => /^(?:who|whose)\b/iu.test(piece) || /^\d{1,3}$/u.test(piece) || parseRolePhrase(piece) !== null;

/** "X said": the subject ends just before the verb, maybe after an appositive ("X, role, said"). */
function leftSubject(text: string, clauseStart: number, verbStart: number): Found | null {
  let left = text.slice(clauseStart, verbStart).trimEnd();
  for (let changed = true; changed; ) {
    changed = false;
    const last = /(\S+)$/u.exec(left)?.[1] ?? '';
    if (SUBJECT_ADVERBS.has(last.toLowerCase())) {
      left = left.slice(0, -last.length).trimEnd();
      changed = true;
    }
    for (const adjunct of TRAILING_ADJUNCTS) {
      if (adjunct.test(left)) {
        left = left.replace(adjunct, '');
        changed = true;
      }
    }
  }
  const endsWithComma = left.endsWith(',');
  const pieces = segments(text, clauseStart, clauseStart + left.length);
  if (pieces.length === 0) return null;
  let subjectPiece = pieces[pieces.length - 1];
  let appositive: RolePhrase | null = null;
  if (endsWithComma && pieces.length >= 2 && isAppositive(subjectPiece.text)) {
    appositive = parseRolePhrase(subjectPiece.text);
    subjectPiece = pieces[pieces.length - 2];
  } else if (endsWithComma && !(pieces.length >= 2 && parseRolePhrase(pieces[pieces.length - 2].text) && isWholeName(subjectPiece.text))) {
    // "The plan is sound, said …" is read from the right; "The spokesman for the rebels, Ahmad Nuri, said" from here.
    return null;
  }
  const found = trailingNounPhrase(text, subjectPiece.start, subjectPiece.end);
  if (!found) return null;
  if (found.subject.kind === 'named' && !found.subject.role) {
    // "The authority's chief engineer, Rui Carvalho, said": a role phrase before the name.
    const index = pieces.indexOf(subjectPiece);
    const before = index > 0 ? parseRolePhrase(pieces[index - 1].text) : null;
    found.subject.role = appositive ?? (before && found.start === subjectPiece.start ? before : null);
  }
  return found;
}

/** The noun phrase that ends a piece of text: a name with its titles, a pronoun, or a description. */
function trailingNounPhrase(text: string, from: number, to: number): Found | null {
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
  if (run && run.end === piece.length && !run.possessive) {
    const reading = readNameRun(run);
    const lead = leadingModifiers(all, run.start);
    const role = lead.length > 0 ? parseRolePhrase(lead.map((word) => word.text).join(' ')) : reading.title ? parseRolePhrase(reading.title) : null;
    const start = from + (role && lead.length > 0 ? lead[0].start : run.start);
    return { subject: { kind: 'named', reading: shift(reading, from), role }, start, end: from + run.end };
  }
  // A description or an organization: back to a clause boundary, at most eight words.
  let first = all.length - 1;
  while (first > 0 && all.length - first < 8 && !CLAUSE_BOUNDARIES.has(all[first - 1].text.toLowerCase())) first--;
  const determinerAt = all.slice(first).findIndex((word) => /^(?:the|a|an|its|his|her|their|our)$/iu.test(word.text));
  if (determinerAt > 0) first += determinerAt;
  const phraseStart = all[first].start;
  const phrase = piece.slice(phraseStart);
  const parsed = parseRolePhrase(phrase);
  if (parsed) return { subject: { kind: 'description', phrase: parsed, text: phrase }, start: from + phraseStart, end: to };
  if (isInstitutionWord(last.text)) return { subject: { kind: 'organization', text: phrase }, start: from + phraseStart, end: to };
  // "A staff member", "one person familiar with the talks": someone unnamed, whatever the noun.
  if (INDEFINITE_DETERMINERS.has(all[first].text.toLowerCase())) return { subject: { kind: 'description', phrase: unnamed(last.text), text: phrase }, start: from + phraseStart, end: to };
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

function shift(reading: NameReading, by: number): NameReading {
  return { ...reading, nameStart: reading.nameStart + by, nameEnd: reading.nameEnd + by };
}

/** "said X, role" / "according to X" / "according to its meteorologist, X". */
function rightSubject(text: string, verbEnd: number, sentenceEnd: number): Found | null {
  const clauseEnd = (() => {
    for (let offset = verbEnd; offset < sentenceEnd; offset++) if (QUOTE_BOUNDARY.test(text[offset])) return offset;
    return sentenceEnd;
  })();
  const pieces = segments(text, verbEnd, clauseEnd).map((piece) => {
    const stripped = piece.text.replace(/[.!?]+$/u, '');
    return { ...piece, text: stripped, end: piece.start + stripped.length };
  });
  if (pieces.length === 0) return null;
  const [first, second] = pieces;
  const all = words(first.text);
  if (all.length === 0) return null;
  if (SUBJECT_PRONOUNS.has(all[0].text.toLowerCase()) && all.length === 1) {
    return { subject: { kind: 'pronoun', pronoun: all[0].text.toLowerCase() }, start: first.start, end: first.start + all[0].end };
  }
  const run = nameRuns(first.text)[0];
  if (run && !run.possessive) {
    const lead = leadingModifiers(all, run.start);
    const leadStart = lead.length > 0 ? lead[0].start : run.start;
    if (words(first.text.slice(0, leadStart)).length === 0) {
      const reading = readNameRun(run);
      const appositive = second ? parseRolePhrase(second.text) : null;
      const role = appositive ?? (lead.length > 0 ? parseRolePhrase(lead.map((word) => word.text).join(' ')) : reading.title ? parseRolePhrase(reading.title) : null);
      return { subject: { kind: 'named', reading: shift(reading, first.start), role }, start: first.start + leadStart, end: first.start + run.end };
    }
  }
  const parsed = parseRolePhrase(first.text);
  if (parsed) {
    const secondRun = second ? nameRuns(second.text)[0] : undefined;
    if (second && secondRun && secondRun.start === 0 && secondRun.end === second.text.length) {
      const reading = readNameRun(secondRun);
      return { subject: { kind: 'named', reading: shift(reading, second.start), role: parsed }, start: first.start, end: second.end };
    }
    return { subject: { kind: 'description', phrase: parsed, text: first.text }, start: first.start, end: first.end };
  }
  if (all.length <= 6 && isInstitutionWord(all[all.length - 1].text)) return { subject: { kind: 'organization', text: first.text }, start: first.start, end: first.end };
  return null;
}

/** The subject a participle ("…, calling …") hangs on: the sentence's first name or pronoun. */
function sentenceSubject(text: string, sentenceStart: number, participleStart: number): Found | null {
  const piece = text.slice(sentenceStart, participleStart);
  const first = words(piece)[0];
  if (first && SUBJECT_PRONOUNS.has(first.text.toLowerCase())) {
    return { subject: { kind: 'pronoun', pronoun: first.text.toLowerCase() }, start: sentenceStart + first.start, end: sentenceStart + first.end };
  }
  for (const run of nameRuns(piece)) {
    const reading = readNameRun(run);
    if (reading.kind === 'organization' || run.possessive) continue;
    return { subject: { kind: 'named', reading: shift(reading, sentenceStart), role: null }, start: sentenceStart + reading.nameStart, end: sentenceStart + reading.nameEnd };
  }
  return null;
}
