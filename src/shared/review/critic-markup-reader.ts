/**
 * Turns the CriticMarkup groups a Markdown parse met (critic-markup-rule.ts)
 * into suggestion and note marks and the notes' threads. Our own review
 * copies name every suggestion and note (id, author, time: critic-comment.ts),
 * so importing one gives them back exactly; anyone else's CriticMarkup gets
 * fresh ids, the file's review author (or "imported") and the import's time.
 */
import type { Mark, Schema } from '@tiptap/pm/model';

import { NOTE_MARK } from '../marks/note-anchor';
import { newNoteId, type NoteThread } from '../notes/note-thread';
import { type CriticComment, readComment } from './critic-comment';
import type { CriticGroup } from './critic-markup-rule';

/** The author of unsigned changes and comments when the file names none. */
export const IMPORTED_AUTHOR = 'imported';

export interface ReviewReaderOptions {
  /** Front matter `review-author`, or "imported". */
  author?: string;
  /** When unsigned changes and comments are dated (ISO); now by default. */
  now?: string;
}

interface SuggestionAttrs {
  id: string;
  author: string;
  at: string;
  format?: { add: string[]; remove: string[] };
}

interface ResolvedGroup {
  suggestion: SuggestionAttrs | null;
  noteIds: string[];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export class ReviewReader {
  readonly #threads = new Map<string, NoteThread>();
  readonly #resolved = new WeakMap<CriticGroup, ResolvedGroup>();
  readonly #author: string;
  readonly #now: string;

  constructor(
    private readonly schema: Schema,
    options: ReviewReaderOptions = {},
  ) {
    this.#author = options.author?.trim() || IMPORTED_AUTHOR;
    this.#now = options.now ?? new Date().toISOString();
  }

  /** The notes' threads met so far, in the order their first message was read (threads without a message are left out). */
  get notes(): NoteThread[] {
    return [...this.#threads.values()].filter((note) => note.messages.length > 0);
  }

  /** The marks the content of a group's part carries. */
  marksFor(group: CriticGroup, part: 'insertion' | 'deletion' | 'highlight'): Mark[] {
    const { suggestion, noteIds } = this.resolve(group);
    const marks: Mark[] = [];
    if (suggestion) {
      const { id, author, at, format } = suggestion;
      if (part === 'insertion') marks.push(this.schema.marks.suggestedInsertion.create({ id, author, at }));
      else if (part === 'deletion') marks.push(this.schema.marks.suggestedDeletion.create({ id, author, at }));
      else if (format) marks.push(this.schema.marks.suggestedFormat.create({ id, author, at, add: format.add, remove: format.remove }));
    }
    for (const id of noteIds) marks.push(this.schema.marks[NOTE_MARK].create({ id }));
    return marks;
  }

  /** Reads a group's comments once: the suggestion it names (or a new one), and the notes on its words. */
  resolve(group: CriticGroup): ResolvedGroup {
    const known = this.#resolved.get(group);
    if (known) return known;
    const comments = group.comments.map(readComment);
    let suggestion: SuggestionAttrs | null = null;
    let first = 0;
    const head = comments[0];
    const isChange = group.kind === 'insertion' || group.kind === 'deletion' || group.kind === 'substitution';
    if (isChange) {
      if (head && isSuggestionComment(head) && !head.format) {
        suggestion = { id: head.id!, author: head.author || this.#author, at: head.at! };
        first = 1;
      } else suggestion = { id: `suggestion-${globalThis.crypto.randomUUID()}`, author: this.#author, at: this.#now };
    } else if (group.kind === 'highlight' && head && isSuggestionComment(head) && head.format) {
      suggestion = { id: head.id!, author: head.author || this.#author, at: head.at!, format: head.format };
      first = 1;
    }
    const resolved = { suggestion, noteIds: this.readNotes(comments.slice(first)) };
    this.#resolved.set(group, resolved);
    return resolved;
  }

  /** Comments about words: `#id` starts (or refers to) a note, an unsigned one continues the last note or starts a new one. */
  private readNotes(comments: CriticComment[]): string[] {
    const ids: string[] = [];
    let current: NoteThread | null = null;
    for (const comment of comments) {
      if (comment.id && ID.test(comment.id) && !comment.format) {
        current = this.thread(comment.id);
        if (comment.resolved) current.resolved = true;
      } else if (!current) {
        current = this.thread(newNoteId());
      }
      if (!ids.includes(current.id)) ids.push(current.id);
      if (comment.text !== undefined && comment.text.trim() !== '') {
        current.messages.push({ author: comment.author || this.#author, at: comment.at ?? this.#now, text: comment.text });
      }
    }
    return ids;
  }

  private thread(id: string): NoteThread {
    let thread = this.#threads.get(id);
    if (!thread) this.#threads.set(id, (thread = { id: noteIdFor(id), resolved: false, messages: [] }));
    return thread;
  }
}

/** A suggestion's own comment: an id, a time, and no message. */
function isSuggestionComment(comment: CriticComment): boolean {
  return comment.id !== undefined && comment.at !== undefined && comment.text === undefined;
}

/** Note ids must be 6–64 id characters: a shorter one from a hand-written file is padded. */
function noteIdFor(id: string): string {
  return id.length >= 6 ? id : `note-${id}`;
}
