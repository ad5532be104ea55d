/**
 * Where a speech cue's subject stands: left of the verb ("Hong said", "X, role,
 * said"), right of it ("said X, role", "according to X"), or at the head of the
 * sentence a participle hangs on ("X …, calling …").
 */
import { SUBJECT_ADVERBS, SUBJECT_PRONOUNS } from './lexicon';
import { isInstitutionWord, nameRuns, readNameRun, words } from './name-spans';
import { isAppositive, isWholeName, leadingModifiers, segments, shift, trailingNounPhrase, type Found } from './noun-phrase';
import { parseRolePhrase, type RolePhrase } from './role-phrase';

export const QUOTE_BOUNDARY = /["“”„«»#;:—–()]/u;
const TRAILING_ADJUNCTS = [
  /\s+on\s+\p{Lu}\p{Ll}+day$/u,
  /\s+(?:last|this|next|on|earlier|later)\s+(?:week|month|year|night|morning|afternoon|evening)$/iu,
  /\s+in\s+(?:a|an|the)\s+(?:statement|interview|speech|letter|post)$/iu,
];


/** "X said": the subject ends just before the verb, maybe after an appositive ("X, role, said"). */
export function leftSubject(text: string, clauseStart: number, verbStart: number): Found | null {
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

/** "said X, role" / "according to X" / "according to its meteorologist, X". */
export function rightSubject(text: string, verbEnd: number, sentenceEnd: number): Found | null {
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
export function sentenceSubject(text: string, sentenceStart: number, participleStart: number): Found | null {
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
