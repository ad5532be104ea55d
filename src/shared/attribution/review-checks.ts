/**
 * Review checks: what is still open on a story before it goes out — open
 * suggested changes and unresolved editorial notes — listed with the
 * attribution checks. Pure, over the body JSON and the article's notes.
 */
import type { NodeJson } from '../article';
import { countOpenNotes, type NoteThread } from '../notes/note-thread';
import { countOpenSuggestions } from '../suggestions';

export type ReviewRule = 'open-suggestions' | 'open-notes';

export interface ReviewCheck {
  rule: ReviewRule;
  count: number;
  message: string;
}

/** One check per kind of open review, none when all is settled. */
export function reviewChecks(body: NodeJson, notes: readonly NoteThread[] | undefined): ReviewCheck[] {
  const checks: ReviewCheck[] = [];
  const suggestions = countOpenSuggestions(body);
  if (suggestions > 0) {
    checks.push({
      rule: 'open-suggestions',
      count: suggestions,
      message: `${suggestions} open suggestion${suggestions === 1 ? '' : 's'} to accept or reject`,
    });
  }
  const open = countOpenNotes(notes);
  if (open > 0) checks.push({ rule: 'open-notes', count: open, message: `${open} unresolved note${open === 1 ? '' : 's'}` });
  return checks;
}
