/**
 * What changed between two revisions: the body by words (insertions and
 * deletions), the metadata fields, the speakers, the related links — and any
 * direct quotation that was altered, which is flagged.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';

import { directQuotations } from './quotations';
import type { RevisionSnapshot } from './revision';
import { diffReadings } from './settled-suggestions';

export interface TextChange {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface FieldChange {
  field: 'headline' | 'dateline' | 'byline' | 'status';
  before: string;
  after: string;
}

export interface QuoteChange {
  /** The quotation as it was, and as it is now (null when it was removed). */
  before: string;
  after: string | null;
}

export interface RevisionDiff {
  body: TextChange[];
  fields: FieldChange[];
  speakers: { added: string[]; removed: string[] };
  related: { added: string[]; removed: string[]; reordered: boolean };
  /** Direct quotations altered or removed between the two: the edit a desk must never make silently. */
  quotes: QuoteChange[];
}

/** Past this many edits the word diff gives up and compares whole paragraphs (keeps diffs fast on rewrites). */
const MAX_WORD_EDITS = 4000;

function diffBody(before: string, after: string): TextChange[] {
  const words = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
  const parts =
    words ?? diffArrays(before.split('\n'), after.split('\n')).map((part) => ({ ...part, value: part.value.join('\n') + '\n' }));
  const changes: TextChange[] = [];
  for (const part of parts) {
    const kind = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const last = changes.at(-1);
    if (last?.kind === kind) last.text += part.value;
    else changes.push({ kind, text: part.value });
  }
  return changes;
}

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);
}

/** Share of words two texts have in common (Jaccard). */
function similarity(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / Math.max(1, left.size + right.size - shared);
}

/** Quotations of `before` that no longer stand word for word in `after`, paired with their closest successor. */
function alteredQuotes(before: RevisionSnapshot, after: RevisionSnapshot): QuoteChange[] {
  const kept = directQuotations(after.body);
  const keptSet = new Set(kept);
  return directQuotations(before.body)
    .filter((quote) => !keptSet.has(quote))
    .map((quote) => {
      const closest = kept
        .filter((candidate) => !directQuotations(before.body).includes(candidate))
        .map((candidate) => ({ candidate, score: similarity(quote, candidate) }))
        .sort((a, b) => b.score - a.score)[0];
      return { before: quote, after: closest && closest.score >= 0.4 ? closest.candidate : null };
    });
}

export function diffRevisions(before: RevisionSnapshot, after: RevisionSnapshot): RevisionDiff {
  const fields = (['headline', 'dateline', 'byline', 'status'] as const)
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, before: before[field], after: after[field] }));
  const linkKey = (link: RevisionSnapshot['related'][number]) => link.articleId ?? link.url ?? link.headline;
  const beforeLinks = before.related.map(linkKey);
  const afterLinks = after.related.map(linkKey);
  const headlineOf = new Map([...before.related, ...after.related].map((link) => [linkKey(link), link.headline]));
  const keptLinks = afterLinks.filter((key) => beforeLinks.includes(key));
  // Suggestions settled between the two show as the change they made (settled-suggestions.ts).
  const readings = diffReadings(before.body, after.body);
  return {
    body: diffBody(readings.before, readings.after),
    fields,
    speakers: {
      added: after.speakers.filter((id) => !before.speakers.includes(id)),
      removed: before.speakers.filter((id) => !after.speakers.includes(id)),
    },
    related: {
      added: afterLinks.filter((key) => !beforeLinks.includes(key)).map((key) => headlineOf.get(key) ?? key),
      removed: beforeLinks.filter((key) => !afterLinks.includes(key)).map((key) => headlineOf.get(key) ?? key),
      reordered: keptLinks.join('\n') !== beforeLinks.filter((key) => afterLinks.includes(key)).join('\n'),
    },
    quotes: alteredQuotes(before, after),
  };
}
