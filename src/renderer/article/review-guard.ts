/**
 * The review guard: moving a story to Ready or Published while suggestions are
 * open or notes unresolved asks first, naming how many of each.
 */
import type { Editor } from '@tiptap/core';

import type { ArticleStatus, NodeJson } from '../../shared/article';
import { countOpenNotes, type NoteThread } from '../../shared/notes/note-thread';
import { countOpenSuggestions } from '../../shared/suggestions';
import { confirmAction } from '../ui/confirm';
import { STATUS_LABELS } from '../ui/format';

export interface OpenReview {
  suggestions: number;
  notes: number;
}

/** What is still open in the live body and the article's notes. */
export function openReviewOf(editor: Editor | null, notes: readonly NoteThread[]): OpenReview {
  return { suggestions: editor ? countOpenSuggestions(editor.getJSON() as NodeJson) : 0, notes: countOpenNotes(notes) };
}

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Sentence naming what is open: "2 open suggestions and 1 unresolved note". */
export function describeOpenReview({ suggestions, notes }: OpenReview): string {
  const parts = [];
  if (suggestions > 0) parts.push(counted(suggestions, 'open suggestion', 'open suggestions'));
  if (notes > 0) parts.push(counted(notes, 'unresolved note', 'unresolved notes'));
  return parts.join(' and ');
}

/** True when the move may go ahead: nothing is open, the status is not Ready or Published, or the person said so. */
export async function confirmMoveWithOpenReview(status: ArticleStatus, open: OpenReview): Promise<boolean> {
  if ((status !== 'ready' && status !== 'published') || (open.suggestions === 0 && open.notes === 0)) return true;
  const label = STATUS_LABELS[status];
  return confirmAction({
    heading: `Move to ${label} with review still open?`,
    message: `This story has ${describeOpenReview(open)}. Settle them first, or move it to ${label} anyway.`,
    confirmLabel: `Move to ${label}`,
  });
}
