/**
 * Why a quotation got its speaker, in words an editor reads ("cue 'said' after
 * the quote, speaker named in the same sentence"), and how sure the detector
 * is (0..1). The figure is a product of two parts: where the cue stands
 * relative to the quotation, and how the cue's subject was resolved.
 */
import type { ResolvedCue } from './resolved-cue';

/** Where the speaker of a quotation was found. */
export type QuotePlacement =
  | { kind: 'after' | 'before' | 'sentence'; cue: ResolvedCue }
  | { kind: 'previous-quote' | 'next-quote'; cue: ResolvedCue | null; reason: string; confidence: number }
  | { kind: 'carried'; cue: ResolvedCue | null; paragraphs: number; reason: string; confidence: number }
  | { kind: 'scare'; marker: string }
  | { kind: 'none' };

export interface QuoteReason {
  reason: string;
  confidence: number;
}

const PLACEMENT_CONFIDENCE = { after: 0.97, before: 0.95, sentence: 0.87 } as const;
const PLACEMENT_WORDS = { after: 'after the quote', before: 'before the quote', sentence: 'in the same sentence' } as const;

const round = (value: number): number => Math.round(value * 100) / 100;

/** The reason and confidence of a quotation placed as described. */
export function quoteReason(placement: QuotePlacement): QuoteReason {
  switch (placement.kind) {
    case 'after':
    case 'before':
    case 'sentence': {
      const subject = subjectReason(placement.cue);
      return {
        reason: `cue '${placement.cue.cue.verb}' ${PLACEMENT_WORDS[placement.kind]}, ${subject.reason}`,
        confidence: round(PLACEMENT_CONFIDENCE[placement.kind] * subject.confidence),
      };
    }
    case 'previous-quote':
      return {
        reason: `continues the quote before it in the paragraph (${placement.reason})`,
        confidence: round(0.95 * placement.confidence),
      };
    case 'next-quote':
      return {
        reason: `shares the cue of the next quote in the paragraph (${placement.reason})`,
        confidence: round(0.85 * placement.confidence),
      };
    case 'carried': {
      const where =
        placement.paragraphs === 0
          ? 'earlier in the paragraph'
          : placement.paragraphs === 1
            ? 'the paragraph before'
            : `${placement.paragraphs} paragraphs before`;
      // Each paragraph between the quote and its speaker's cue is a chance the speaker changed unnoticed.
      const decay = Math.max(0.4, 0.85 - 0.1 * Math.max(0, placement.paragraphs - 1));
      return {
        reason: `no cue of its own; speaker carried over from ${where} (${placement.reason})`,
        confidence: round(decay * placement.confidence),
      };
    }
    case 'scare':
      return { reason: `scare quote or title after '${placement.marker}'; nobody is quoted`, confidence: 0.7 };
    case 'none':
      return { reason: 'no speech cue or earlier speaker found', confidence: 0.3 };
  }
}

/** How a cue's subject became its speaker, and how sure that is. */
export function subjectReason(entry: ResolvedCue): QuoteReason {
  const { cue, person } = entry;
  const subject = cue.subject;
  if (!person) {
    if (subject.kind === 'organization') return { reason: `not a person speaks ('${subject.text}')`, confidence: 0.9 };
    if (subject.kind === 'named' && subject.reading.kind === 'organization')
      return { reason: `an organization speaks ('${subject.reading.name}')`, confidence: 0.9 };
    if (subject.kind === 'description') return { reason: `unnamed source '${subject.text}'`, confidence: 0.9 };
    if (subject.kind === 'pronoun') return { reason: `pronoun '${subject.pronoun}', nobody it could mean`, confidence: 0.5 };
    return { reason: `'${subject.reading.name}' is not known as a person`, confidence: 0.5 };
  }
  switch (subject.kind) {
    case 'named':
      if (subject.reading.name === person.name) return { reason: 'speaker named in the same sentence', confidence: 1 };
      return { reason: `'${subject.reading.name}' refers to ${person.name}, named earlier`, confidence: 0.96 };
    case 'pronoun': {
      const gender = person.gender === 'unknown' ? '' : `${person.gender} `;
      return entry.genderGuessed
        ? { reason: `pronoun '${subject.pronoun}', nearest speaker (gender not known from the name)`, confidence: 0.75 }
        : { reason: `pronoun '${subject.pronoun}', nearest ${gender}speaker`, confidence: 0.9 };
    }
    case 'description':
      return {
        reason: `description '${subject.text}', resolved to ${person.name}, the ${person.role || subject.phrase.head} the story names`,
        confidence: 0.82,
      };
    case 'organization':
      return { reason: 'speaker named in the same sentence', confidence: 0.9 };
  }
}
