/**
 * Who said each quotation. A quotation takes the cue next to it ("…," X said /
 * X said: "…"), else a cue in its sentence, else the quote before it in the
 * paragraph, else the cue of a later quote in the paragraph, else the last
 * speaker before it (carried over across sentences and paragraphs). A scare
 * quote or a title ("so-called “…”", "signs reading “…”") has no speaker.
 * Every attribution carries its reason and a confidence.
 */
import type { ParagraphReading } from './paragraph-reading';
import type { QuotationSpan } from './quotation-spans';
import { type QuotePlacement, quoteReason, subjectReason } from './quote-reason';
import type { ResolvedCue } from './resolved-cue';
import { sentenceAt } from './sentences';
import { type Person, position } from './speaker-resolver';
import type { Attribution, TextSpan } from './types';

export interface AttributedQuote extends Attribution {
  text: string;
  person: Person | null;
}

/** Words before a quotation that make it a scare quote, a slogan or a title rather than someone's words. */
const SCARE_MARKER =
  /\b(so-called|reading|marked|titled|entitled|headlined|known as|the words?|the phrase|the term|the slogan|the hashtag)\s*$/iu;

export function attributeQuotations(readings: ParagraphReading[], resolved: ResolvedCue[]): AttributedQuote[] {
  const quotes: AttributedQuote[] = [];
  readings.forEach((reading, paragraph) => {
    const cues = resolved.filter((entry) => entry.cue.paragraph === paragraph);
    const own = reading.quotations.map((quotation) => ownCue(quotation, cues, reading));
    reading.quotations.forEach((quotation, index) => {
      const scare =
        own[index]?.kind === 'after' || own[index]?.kind === 'before' ? null : SCARE_MARKER.exec(reading.masked.slice(0, quotation.open));
      const nextOwn = own.slice(index + 1).find((entry) => entry !== null);
      const previousInParagraph = index > 0 ? quotes.at(-1) : undefined;
      let placement: QuotePlacement;
      let person: Person | null = null;
      let evidence: TextSpan = { paragraph, start: quotation.start, end: quotation.start, text: '' };
      if (scare) {
        placement = { kind: 'scare', marker: scare[1] };
      } else if (own[index]) {
        const { kind, entry } = own[index]!;
        placement = { kind, cue: entry };
        ({ person, evidence } = entry);
      } else if (previousInParagraph) {
        placement = { kind: 'previous-quote', cue: null, reason: previousInParagraph.reason, confidence: previousInParagraph.confidence };
        ({ person, evidence } = previousInParagraph);
      } else if (nextOwn) {
        const subject = subjectReason(nextOwn.entry);
        placement = { kind: 'next-quote', cue: nextOwn.entry, reason: subject.reason, confidence: subject.confidence };
        ({ person, evidence } = nextOwn.entry);
      } else {
        const carried = lastSpeaker(quotation, paragraph, resolved, quotes);
        placement = carried?.placement ?? { kind: 'none' };
        person = carried?.person ?? null;
        evidence = carried?.evidence ?? evidence;
      }
      quotes.push({
        text: quotation.text,
        person,
        paragraph,
        start: quotation.start,
        end: quotation.end,
        evidence,
        ...quoteReason(placement),
      });
    });
  });
  return quotes;
}

/** The later of the last cue and the last quote before this quotation. */
function lastSpeaker(quotation: QuotationSpan, paragraph: number, resolved: ResolvedCue[], quotes: AttributedQuote[]) {
  const lastCue = [...resolved]
    .reverse()
    .find((entry) => entry.cue.paragraph < paragraph || (entry.cue.paragraph === paragraph && entry.cue.end <= quotation.open));
  const previous = quotes.at(-1);
  if (lastCue && (!previous || position(lastCue.cue.paragraph, lastCue.cue.end) > position(previous.paragraph, previous.end))) {
    const subject = subjectReason(lastCue);
    const placement: QuotePlacement = {
      kind: 'carried',
      cue: lastCue,
      paragraphs: paragraph - lastCue.cue.paragraph,
      reason: `cue '${lastCue.evidence.text}'`,
      confidence: subject.confidence,
    };
    return { person: lastCue.person, evidence: lastCue.evidence, placement };
  }
  if (!previous) return null;
  const after = previous.person ? `after a quote by ${previous.person.name}` : 'after an unattributed quote';
  const placement: QuotePlacement = {
    kind: 'carried',
    cue: null,
    paragraphs: paragraph - previous.paragraph,
    reason: after,
    confidence: previous.confidence,
  };
  return { person: previous.person, evidence: previous.evidence, placement };
}

/** The cue that attributes a quotation directly: next to it, or in its sentence. */
function ownCue(
  quotation: QuotationSpan,
  cues: ResolvedCue[],
  reading: ParagraphReading,
): { kind: 'after' | 'before' | 'sentence'; entry: ResolvedCue } | null {
  const after = cues.find(
    (entry) => entry.cue.start >= quotation.close && /^[\s,”"»]*$/u.test(reading.masked.slice(quotation.close, entry.cue.start)),
  );
  if (after) return { kind: 'after', entry: after };
  const before = cues
    .filter((entry) => entry.cue.end <= quotation.open && /^[\s,:]*$/u.test(reading.masked.slice(entry.cue.end, quotation.open)))
    .at(-1);
  if (before) return { kind: 'before', entry: before };
  const sentence = sentenceAt(reading.sentences, quotation.open);
  const inSentence = cues.filter((entry) => entry.cue.verbStart >= sentence.start && entry.cue.verbStart < sentence.end);
  // A participle ("…, noting …") only repeats the sentence's own cue; prefer that cue.
  const precedingAll = inSentence.filter((entry) => entry.cue.end <= quotation.open);
  const preceding = precedingAll.filter((entry) => entry.cue.form !== 'participle').at(-1) ?? precedingAll.at(-1);
  const chosen = preceding ?? inSentence.find((entry) => entry.cue.start >= quotation.close);
  return chosen ? { kind: 'sentence', entry: chosen } : null;
}
