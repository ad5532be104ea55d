/**
 * Speech cues: a speech verb and the phrase that names who speaks —
 * "Hong said", "said Ivo Marek, head of …", "according to the spokesman",
 * "Geng Yansheng, spokesman for …, said", "X made the remarks", "…, calling …".
 * Cues are read from quotation-masked text, so words inside quotes never count.
 * The subject is only shaped here (a name, a pronoun, a description…); who it
 * refers to is decided by the speaker resolver.
 */
import { leftSubject, QUOTE_BOUNDARY, rightSubject, sentenceSubject } from './cue-subjects';
import { NAMING_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS, VERB_PARTICLES } from './lexicon';
import { words } from './name-spans';
import type { Found, SubjectShape } from './noun-phrase';
import type { SentenceSpan } from './sentences';

export type { SubjectShape } from './noun-phrase';
export { leadingModifiers } from './noun-phrase';

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
  /** The verb as written, lower case ("said", "blurted out", "according to"). */
  verb: string;
  form: 'subject-verb' | 'verb-subject' | 'according-to' | 'participle';
}

/** A quotation a few words after a naming verb: "called the walkout "irresponsible"", "dubbed it "…"". */
const NAMED_QUOTATION = /^\s+(?:[\p{L}'’-]+\s+){0,6}?["“«„]/u;

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
    } else if (lower === 'quoted' && /^\s+as\s+(?:saying|telling)\b/iu.test(masked.slice(word.end))) {
      // "X was quoted as saying by the Eastern Daily": the subject is left of "was".
      form = 'subject-verb';
      verbEnd = word.end + /^\s+as\s+\S+/u.exec(masked.slice(word.end))![0].length;
    } else if (VERB_PARTICLES.has(lower) && all[index + 1]?.text.toLowerCase() === VERB_PARTICLES.get(lower)) {
      // "blurted out", "chimed in", "pointed out": the particle belongs to the verb.
      form = 'subject-verb';
      verbEnd = all[index + 1].end;
    } else if (SPEECH_VERBS.has(lower) && !VERB_PARTICLES.has(lower)) {
      form = 'subject-verb';
    } else if (NAMING_VERBS.has(lower) && NAMED_QUOTATION.test(masked.slice(word.end, sentence.end))) {
      // "called the vote “a patch …”": the words in the quotation are the subject's.
      form = 'subject-verb';
    } else if (SPEECH_PARTICIPLES.has(lower) && /,\s*$/u.test(masked.slice(sentence.start, word.start))) {
      form = 'participle';
    }
    if (!form) return;

    const clauseStart = lastBoundary(masked, sentence.start, word.start);
    const left = masked.slice(clauseStart, word.start);
    let found: Found | null;
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
    cues.push({
      paragraph,
      start: form === 'participle' ? word.start : start,
      end,
      verbStart: word.start,
      verbEnd,
      subject: found.subject,
      subjectStart: found.start,
      subjectEnd: found.end,
      verb: masked.slice(word.start, verbEnd).toLowerCase(),
      form,
    });
  });
  return cues;
}

function lastBoundary(text: string, from: number, to: number): number {
  for (let offset = to - 1; offset >= from; offset--) if (QUOTE_BOUNDARY.test(text[offset])) return offset + 1;
  return from;
}
