/**
 * The review copy's HTML pieces: suggestion and note marks as elements, and
 * each note's thread as a footnote-style `<aside>` after the story. Valid for
 * the Nu HTML Checker (ids are `note-<note id>`, note ids being id-safe).
 *
 * - insertion: `<ins data-suggestion-id data-author data-at title="Suggested by …">`
 * - deletion: `<del …>`; a formatting suggestion: `<span data-suggestion-format data-add data-remove …>`
 * - a note's words: `<mark data-note-id>`, followed after its first stretch by `<sup class="note-ref">`
 *   linking to its aside (a plain number inside a link, where a link may not nest)
 */
import { displayDate } from '../export/html-page-style';
import { escapeHtml } from '../export/html-text';
import type { NoteThread } from '../notes/note-thread';

export const REVIEW_CSS = `
ins { background: #e3f4e8; color: #0f5323; text-decoration: underline; }
del { background: #fbe7e6; color: #8c1d18; }
mark { background: #fdf0c4; color: inherit; }
.note-ref { font: .75rem system-ui, sans-serif; }
.review-banner { margin: 0 0 1rem; padding: .5rem .75rem; border-radius: 6px; background: #fff3d6; color: #6b4500; font: .875rem/1.4 system-ui, sans-serif; }
.review-notes { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid #d8dee4; font: .9375rem/1.5 system-ui, sans-serif; }
.review-notes aside { margin: 0 0 1rem; padding: .5rem .75rem; border-left: 3px solid #d69814; background: #fffdf6; }
.review-notes aside.resolved { border-left-color: #c7ccd3; }
.review-notes p { margin: .25rem 0; }
`.trim();

/** Numbers the notes as the page meets them (1, 2, …) and remembers which got their reference. */
export interface ReviewHtmlState {
  notes: ReadonlyMap<string, NoteThread>;
  numbers: Map<string, number>;
  /** Inside a link: a note reference is a number, not a second link. */
  linkDepth: number;
}

export function reviewHtmlState(notes: readonly NoteThread[]): ReviewHtmlState {
  return { notes: new Map(notes.map((note) => [note.id, note])), numbers: new Map(), linkDepth: 0 };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : []);

function suggestedBy(attrs: Record<string, unknown>): string {
  return ` data-suggestion-id="${escapeHtml(text(attrs.id))}" data-author="${escapeHtml(text(attrs.author))}" data-at="${escapeHtml(text(attrs.at))}"`;
}

function titleOf(what: string, attrs: Record<string, unknown>): string {
  return ` title="${escapeHtml(`${what} by ${text(attrs.author) || 'someone'}, ${displayDate(text(attrs.at))}`)}"`;
}

/** Opening and closing tags of a review mark; null for any other mark. */
export function reviewMarkTags(type: string, attrs: Record<string, unknown>, state: ReviewHtmlState): [string, string] | null {
  switch (type) {
    case 'suggestedInsertion':
      return [`<ins${suggestedBy(attrs)}${titleOf('Insertion suggested', attrs)}>`, '</ins>'];
    case 'suggestedDeletion':
      return [`<del${suggestedBy(attrs)}${titleOf('Deletion suggested', attrs)}>`, '</del>'];
    case 'suggestedFormat': {
      const change = [...list(attrs.add).map((name) => `+${name}`), ...list(attrs.remove).map((name) => `-${name}`)].join(' ');
      const extra = ` data-add="${escapeHtml(list(attrs.add).join(' '))}" data-remove="${escapeHtml(list(attrs.remove).join(' '))}"`;
      return [
        `<span data-suggestion-format=""${suggestedBy(attrs)}${extra}${titleOf(`Formatting (${change}) suggested`, attrs)}>`,
        '</span>',
      ];
    }
    case 'note': {
      const id = text(attrs.id);
      const first = !state.numbers.has(id) && state.notes.has(id);
      if (first) state.numbers.set(id, state.numbers.size + 1);
      const number = state.numbers.get(id);
      const reference =
        first && number !== undefined
          ? state.linkDepth > 0
            ? `<sup class="note-ref">[${number}]</sup>`
            : `<sup class="note-ref"><a href="#note-${escapeHtml(id)}">[${number}]</a></sup>`
          : '';
      return [`<mark data-note-id="${escapeHtml(id)}">`, `</mark>${reference}`];
    }
    default:
      return null;
  }
}

/** Every note's thread as an `<aside>`, numbered as the text met them; orphaned notes last. */
export function notesAsides(notes: readonly NoteThread[], state: ReviewHtmlState): string {
  if (notes.length === 0) return '';
  const ordered = [...notes].sort((a, b) => (state.numbers.get(a.id) ?? Infinity) - (state.numbers.get(b.id) ?? Infinity));
  const out = ['<section class="review-notes" aria-labelledby="review-notes-heading">\n<h2 id="review-notes-heading">Notes</h2>\n'];
  for (const note of ordered) {
    const number = state.numbers.get(note.id);
    const label = number === undefined ? 'Orphaned note (its words were deleted)' : `Note ${number}`;
    out.push(
      `<aside id="note-${escapeHtml(note.id)}" data-note-id="${escapeHtml(note.id)}" class="note${note.resolved ? ' resolved' : ''}" aria-label="${label}">\n`,
      `<p><strong>${number === undefined ? label : `[${number}]`}</strong>${note.resolved ? ' (resolved)' : ''}</p>\n`,
    );
    for (const message of note.messages) {
      out.push(
        `<p><b>${escapeHtml(message.author)}</b>, <time datetime="${escapeHtml(message.at)}">${escapeHtml(displayDate(message.at))}</time>: ${escapeHtml(message.text)}</p>\n`,
      );
    }
    out.push('</aside>\n');
  }
  out.push('</section>\n');
  return out.join('');
}
