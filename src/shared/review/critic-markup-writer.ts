/**
 * A textblock's inline content as CriticMarkup, for a review copy in Markdown:
 *
 *   {++inserted++}{>>#ID AUTHOR (TIME)<<}
 *   {--deleted--}{>>#ID AUTHOR (TIME)<<}
 *   {~~old~>new~~}{>>#ID AUTHOR (TIME)<<}          a replacement (a deletion and an insertion sharing an id)
 *   {==text==}{>>#ID AUTHOR (TIME) format +bold<<}  a formatting suggestion
 *   {==words==}{>>#NOTE AUTHOR (TIME): text<<}{>>AUTHOR (TIME): reply<<}
 *
 * (critic-comment.ts describes the comments.) A note's thread is written after
 * the first stretch of its words; later stretches say only `{>>#NOTE<<}`.
 * Each run's own content (bold, links, speaker spans) is written by
 * `writeRun`, the Markdown writer's usual inline writer.
 */
import type { NodeJson } from '../article';
import type { NoteThread } from '../notes/note-thread';
import { writeComment } from './critic-comment';
import { isReplacement, type ReviewRun, reviewRuns, type RunSuggestion } from './review-runs';

const DELIMITERS = { insertion: ['{++', '++}'], deletion: ['{--', '--}'], format: ['{==', '==}'] } as const;

/** What a review copy's writer keeps across the blocks of one body. */
export interface CriticMarkupState {
  notes: ReadonlyMap<string, NoteThread>;
  /** Notes whose thread was already written. */
  written: Set<string>;
}

export function criticMarkupState(notes: readonly NoteThread[]): CriticMarkupState {
  return { notes: new Map(notes.map((note) => [note.id, note])), written: new Set() };
}

function suggestionComment(suggestion: RunSuggestion): string {
  const format = suggestion.kind === 'format' ? { add: suggestion.add, remove: suggestion.remove } : undefined;
  return writeComment({ id: suggestion.id, author: suggestion.author, at: suggestion.at, format });
}

/** A note's thread the first time its words are met, a reference afterwards. */
export function noteComments(id: string, state: CriticMarkupState): string {
  const note = state.notes.get(id);
  if (!note || state.written.has(id)) return writeComment({ id });
  state.written.add(id);
  return note.messages
    .map((message, index) =>
      index === 0
        ? writeComment({ id, resolved: note.resolved, author: message.author, at: message.at, text: message.text })
        : writeComment({ author: message.author, at: message.at, text: message.text }),
    )
    .join('');
}

export function writeCriticInline(nodes: readonly NodeJson[], state: CriticMarkupState, writeRun: (nodes: NodeJson[]) => string): string {
  const runs = reviewRuns(nodes);
  const parts: string[] = [];
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index];
    if (isReplacement(run, runs[index + 1])) {
      const next = runs[++index];
      parts.push(`{~~${writeRun(run.nodes)}~>${writeRun(next.nodes)}~~}`, suggestionComment(run.suggestions[0]), notesOf(run, state));
      continue;
    }
    parts.push(writeWrapped(run, state, writeRun));
  }
  return parts.join('');
}

function notesOf(run: ReviewRun, state: CriticMarkupState): string {
  return run.noteIds.map((id) => noteComments(id, state)).join('');
}

function writeWrapped(run: ReviewRun, state: CriticMarkupState, writeRun: (nodes: NodeJson[]) => string): string {
  let out = writeRun(run.nodes);
  if (run.suggestions.length === 0 && run.noteIds.length === 0) return out;
  if (run.suggestions.length === 0) return `{==${out}==}${notesOf(run, state)}`;
  for (const suggestion of [...run.suggestions].reverse()) {
    const [open, close] = DELIMITERS[suggestion.kind];
    out = `${open}${out}${close}${suggestionComment(suggestion)}`;
  }
  return out + notesOf(run, state);
}

/** The threads of notes no words carry any more, as a paragraph of comments (empty when there are none). */
export function orphanedNotesParagraph(notes: readonly NoteThread[], state: CriticMarkupState): string {
  return notes
    .filter((note) => !state.written.has(note.id))
    .map((note) => noteComments(note.id, state))
    .join('');
}
