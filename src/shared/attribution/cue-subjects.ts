/**
 * Where a speech cue's subject stands: left of the verb ("Hong said", "X, role,
 * said"), right of it ("said X, role", "according to X"), or at the head of the
 * sentence a participle hangs on ("X …, calling …").
 */
import { SUBJECT_ADVERBS, SUBJECT_PRONOUNS } from './lexicon';
import { isInstitutionWord, nameRuns, readNameRun, words } from './name-spans';
import {
  type Found,
  groupOrDocument,
  isAppositive,
  isWholeName,
  leadingModifiers,
  segments,
  shift,
  trailingNounPhrase,
} from './noun-phrase';
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
  for (let changed = true; changed;) {
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
  // "X, spokesman, said", "X, asked about the delay, said", "X, 45, speaking by phone, said".
  let skipped = 0;
  while (
    endsWithComma &&
    skipped < 2 &&
    pieces.length - skipped >= 2 &&
    (isAppositive(subjectPiece.text) || isInterposed(subjectPiece.text))
  ) {
    appositive ??= parseRolePhrase(subjectPiece.text);
    skipped++;
    subjectPiece = pieces[pieces.length - 1 - skipped];
  }
  if (skipped > 0) {
    // The subject piece must end in the subject itself, not in a clause of its own.
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
  // "said Rovers head coach Declan Farrow": the name that ends the piece, after its titles.
  const runs = nameRuns(first.text).filter((candidate) => !candidate.possessive);
  const run = runs.find((candidate) => candidate.end === first.text.length && readNameRun(candidate).kind !== 'organization') ?? runs[0];
  if (run) {
    const lead = leadingModifiers(all, run.start);
    const leadStart = lead.length > 0 ? lead[0].start : looseLeadStart(all, run.start);
    if (words(first.text.slice(0, leadStart)).every((word, index) => index === 0 && DETERMINERS.test(word.text))) {
      const reading = readNameRun(run);
      const appositive = second ? parseRolePhrase(second.text) : null;
      const role =
        appositive ??
        (lead.length > 0
          ? parseRolePhrase(lead.map((word) => word.text).join(' '))
          : reading.title
            ? parseRolePhrase(reading.title)
            : null);
      return {
        subject: { kind: 'named', reading: shift(reading, first.start), role },
        start: first.start + leadStart,
        end: first.start + run.end,
      };
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
  if (all.length <= 6 && isInstitutionWord(all[all.length - 1].text))
    return { subject: { kind: 'organization', text: first.text }, start: first.start, end: first.end };
  // "…," said officials / said the statement.
  return all.length <= 6 ? groupOrDocument(first.text, all[all.length - 1].text, first.start, first.end) : null;
}

const DETERMINERS = /^(?:the|a|an|its|his|her|their|our)$/iu;
/** Words that never belong to a title written before a name. */
const NOT_LEAD = /^(?:the|a|an|of|for|in|on|at|to|with|from|by|that|which|who|and|or|but|as|than)$/iu;

/** Where unlisted title words before a name start ("head keeper Lorna Blackwood"): up to four plain words. */
function looseLeadStart(all: ReturnType<typeof words>, runStart: number): number {
  const before = all.filter((word) => word.end <= runStart);
  let start = runStart;
  for (let index = before.length - 1; index >= 0 && before.length - index <= 4 && !NOT_LEAD.test(before[index].text); index--)
    start = before[index].start;
  return start;
}

/** "speaking after the meeting", "asked about the delay", "reached by phone": a clause between a name and its verb. */
export function isInterposed(piece: string): boolean {
  const first = /^[\p{L}'’-]+/u.exec(piece)?.[0].toLowerCase() ?? '';
  return (
    /^(?:when|while|after|before|though|although|if|in|at|on|during|for|however|meanwhile|instead|too|also|again|then|speaking|asked|reached|contacted|interviewed|pressed|visibly|clearly|not)$/u.test(
      first,
    ) ||
    (/(?:ing|ed)$/u.test(first) && first.length > 4)
  );
}

/** The subject a participle ("…, calling …") hangs on: the subject that opens the sentence. */
export function sentenceSubject(text: string, sentenceStart: number, participleStart: number): Found | null {
  // "On Friday, …", "Speaking at the briefing, …": an opening adverbial comes before the subject.
  const opener = /^(?:on|in|at|during|after|before|speaking|asked|earlier|later|meanwhile|however)\b[^,#]{0,60},\s*/iu.exec(
    text.slice(sentenceStart, participleStart),
  );
  const from = sentenceStart + (opener?.[0].length ?? 0);
  const piece = text.slice(from, participleStart);
  const all = words(piece);
  const first = all[0];
  if (first && SUBJECT_PRONOUNS.has(first.text.toLowerCase())) {
    return { subject: { kind: 'pronoun', pronoun: first.text.toLowerCase() }, start: from + first.start, end: from + first.end };
  }
  const head = first ? headDescription(piece, all, from) : null;
  if (head) return head;
  for (const run of nameRuns(piece)) {
    const reading = readNameRun(run);
    if (reading.kind === 'organization' || run.possessive) continue;
    return {
      subject: { kind: 'named', reading: shift(reading, from), role: null },
      start: from + reading.nameStart,
      end: from + reading.nameEnd,
    };
  }
  return null;
}

/** "Marbury's police chief …", "The regional president, Elena Cabrera, …": a role phrase opening the sentence. */
function headDescription(piece: string, all: ReturnType<typeof words>, from: number): Found | null {
  if (nameRuns(piece)[0]?.start === 0 && !nameRuns(piece)[0].possessive) return null;
  for (let count = Math.min(6, all.length); count >= 1; count--) {
    const last = all[count - 1];
    const parsed = parseRolePhrase(piece.slice(0, last.end));
    if (!parsed || parsed.head !== last.text.toLowerCase().replace(/['’]s$/u, '')) continue;
    const rest = piece.slice(last.end);
    const comma = /^,\s*/u.exec(rest);
    const named = comma ? nameRuns(rest)[0] : undefined;
    if (comma && named && named.start === comma[0].length && !named.possessive) {
      const reading = readNameRun(named);
      if (reading.kind !== 'organization')
        return {
          subject: { kind: 'named', reading: shift(reading, from + last.end), role: parsed },
          start: from,
          end: from + last.end + named.end,
        };
    }
    return { subject: { kind: 'description', phrase: parsed, text: piece.slice(0, last.end) }, start: from, end: from + last.end };
  }
  return null;
}
