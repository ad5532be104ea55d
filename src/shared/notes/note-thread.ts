/**
 * Editorial notes: threads of messages about a span of the body ("check this
 * figure", "second source?"), stored with the article in `notes`. The words a
 * note is about carry a `note` mark with the thread's id (marks/note-anchor.ts);
 * a thread whose words were deleted is kept, and shown as orphaned.
 */
import * as v from 'valibot';

import { idSchema } from '../record-key';
import { TimestampSchema } from '../timestamp';

export const NoteIdSchema = idSchema('A note');

/** The most a note message may hold, and the most messages and notes an article keeps. */
export const MAX_NOTE_TEXT = 5_000;
export const MAX_NOTE_MESSAGES = 500;
export const MAX_NOTES = 2_000;

export const NoteMessageSchema = v.object({
  /** The display name of who wrote it. */
  author: v.pipe(v.string(), v.minLength(1, 'A note message needs an author.'), v.maxLength(200)),
  at: TimestampSchema,
  text: v.pipe(
    v.string(),
    v.check((text) => text.trim() !== '', 'A note message cannot be empty.'),
    v.maxLength(MAX_NOTE_TEXT, `A note message is at most ${MAX_NOTE_TEXT.toLocaleString('en-GB')} characters.`),
  ),
});
export type NoteMessage = v.InferOutput<typeof NoteMessageSchema>;

export const NoteThreadSchema = v.object({
  id: NoteIdSchema,
  /** A resolved note is settled: it no longer counts as open, and can be reopened. */
  resolved: v.boolean(),
  /** The first message opens the note; the rest are replies, oldest first. */
  messages: v.pipe(v.array(NoteMessageSchema), v.minLength(1, 'A note has at least one message.'), v.maxLength(MAX_NOTE_MESSAGES)),
});
export type NoteThread = v.InferOutput<typeof NoteThreadSchema>;

export const NotesSchema = v.pipe(
  v.array(NoteThreadSchema),
  v.maxLength(MAX_NOTES, `An article keeps at most ${MAX_NOTES.toLocaleString('en-GB')} notes.`),
  v.check((notes) => new Set(notes.map((note) => note.id)).size === notes.length, 'Two notes share one id.'),
);

/** Notes not yet resolved. */
export function countOpenNotes(notes: readonly NoteThread[] | undefined): number {
  return (notes ?? []).reduce((open, note) => (note.resolved ? open : open + 1), 0);
}

/** Who opened the note (the author of its first message): the one who may delete it. */
export function noteAuthor(note: NoteThread): string {
  return note.messages[0].author;
}

/** Every message of every note, one per line: what the desk search indexes. */
export function notesText(notes: readonly NoteThread[] | undefined): string {
  return (notes ?? []).flatMap((note) => note.messages.map((message) => message.text)).join('\n');
}

/** A new note id: random, URL-safe, and never one of the reserved names. */
export function newNoteId(): string {
  return `note-${globalThis.crypto.randomUUID()}`;
}
