/**
 * NotesTools: the open article's editorial notes, as a Lit reactive controller
 * on <nd-editor>. It holds the threads (saved with the article through the
 * host's saver, together with the body their anchors live in), the draft of a
 * note being written, and which note is active; <nd-notes-panel> shows them
 * and sends its events here.
 *
 * Contract: every change replaces `notes` with a new array and hands it to
 * `save`; a new note's thread and its anchor go out in the same save. Only a
 * note's author may delete it (or a reply of theirs); anyone may resolve and reopen.
 */
import type { Editor } from '@tiptap/core';
import { html, type LitElement, type ReactiveController } from 'lit';

import type { Article } from '../../shared/article';
import { newNoteId, noteAuthor, type NoteMessage, type NoteThread } from '../../shared/notes/note-thread';
import type { DocumentRange } from '../editor/text-blocks';
import { MOD_KEY_LABEL } from '../ui/format';
import { noteStateRules } from './note-anchor.styles';
import { NOTE_SHORTCUTS, noteRanges } from './note-commands';

export interface NotesToolsOptions {
  editor: () => Editor | null;
  /** Records the changed notes for the next save. */
  save: (notes: NoteThread[]) => void;
  /** Shows the side panel (where a new note is written). */
  showPanel: () => void;
  /** Who is writing (the settings' display name); null until they have said. */
  displayName: () => string | null;
}

/** The name notes are signed with before the person has given theirs. */
export const UNNAMED_AUTHOR = 'Desk editor';

/** A note being written: the words it will be about. */
export interface NoteDraft {
  range: DocumentRange;
  quote: string;
}

export class NotesTools implements ReactiveController {
  notes: NoteThread[] = [];
  draft: NoteDraft | null = null;
  /** The note whose words are highlighted more strongly (the one focused in the panel). */
  activeId: string | null = null;
  /** Said in the panel when the person asked for a note with nothing selected. */
  hint = '';

  /** Which notes are resolved and which is active, as CSS for the body (rebuilt only when they change). */
  private readonly stateSheet = new CSSStyleSheet();
  private stateRules = '';

  /** `host` is the element whose shadow root holds the body; <nd-notes-panel>'s events bubble to it. */
  constructor(
    private readonly host: LitElement,
    private readonly options: NotesToolsOptions,
  ) {
    host.addController(this);
  }

  /** Who is writing now: their notes and replies may be deleted by them. */
  get author(): string {
    return this.options.displayName()?.trim() || UNNAMED_AUTHOR;
  }

  hostConnected(): void {
    for (const [name, listener] of this.listeners) this.host.addEventListener(name, listener as EventListener);
  }

  hostDisconnected(): void {
    for (const [name, listener] of this.listeners) this.host.removeEventListener(name, listener as EventListener);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (root && !root.adoptedStyleSheets.includes(this.stateSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.stateSheet];
    const rules = noteStateRules(
      this.notes.filter((note) => note.resolved).map((note) => note.id),
      this.activeId,
    );
    if (rules !== this.stateRules) this.stateSheet.replaceSync((this.stateRules = rules));
  }

  /** The notes panel's events, handled here. */
  private readonly listeners: [keyof GlobalEventHandlersEventMap, (event: CustomEvent) => void][] = [
    ['nd-note-add', (event: CustomEvent<{ text: string }>) => void this.add(event.detail.text)],
    ['nd-note-draft-cancel', () => this.cancelDraft()],
    ['nd-note-reply', (event: CustomEvent<{ id: string; text: string }>) => this.reply(event.detail.id, event.detail.text)],
    [
      'nd-note-resolve',
      (event: CustomEvent<{ id: string; resolved: boolean }>) => this.setResolved(event.detail.id, event.detail.resolved),
    ],
    ['nd-note-delete', (event: CustomEvent<{ id: string }>) => this.remove(event.detail.id)],
    ['nd-note-reply-delete', (event: CustomEvent<{ id: string; index: number }>) => this.removeReply(event.detail.id, event.detail.index)],
    ['nd-note-select', (event: CustomEvent<{ id: string; focus: boolean }>) => this.select(event.detail.id, event.detail.focus)],
  ];

  /** Loads the notes of a newly opened article. */
  open(article: Article | null): void {
    this.notes = article?.notes ?? [];
    this.draft = null;
    this.hint = '';
    this.activeId = null;
  }

  /** Takes notes restored from elsewhere (kept edits); they are saved with the rest. */
  replace(notes: NoteThread[]): void {
    this.notes = notes;
    this.host.requestUpdate();
  }

  /** What a new body editor needs: the new-note request. */
  editorOptions() {
    return { onNoteRequest: (range: DocumentRange) => this.startDraft(range) };
  }

  /** The bar's Note button: a note on the selection, or a hint to select words first. */
  renderButton() {
    const shortcut = NOTE_SHORTCUTS.add.replace('Mod', MOD_KEY_LABEL);
    return html`<button
      class="button quiet revising-button"
      type="button"
      title="Add a note on the selected words (${shortcut})"
      aria-keyshortcuts="Control+Alt+M Meta+Alt+M"
      @mousedown=${(event: MouseEvent) => event.preventDefault()}
      @click=${() => this.requestFromButton()}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 3.5h10v7H8l-3 2.5v-2.5H3z" /><path d="M5.5 6.3h5M5.5 8.3h3" /></svg>
      <span class="label">Note</span>
    </button>`;
  }

  private requestFromButton(): void {
    const editor = this.options.editor();
    if (!editor || editor.isDestroyed || editor.commands.requestNote()) return;
    this.hint = 'Select the words the note is about in the story, then press Note.';
    this.options.showPanel();
    this.host.requestUpdate();
  }

  startDraft(range: DocumentRange): void {
    const editor = this.options.editor();
    if (!editor) return;
    this.hint = '';
    this.draft = { range, quote: editor.state.doc.textBetween(range.from, range.to, ' ') };
    this.options.showPanel();
    this.host.requestUpdate();
  }

  cancelDraft(): void {
    this.draft = null;
    this.host.requestUpdate();
    this.options.editor()?.commands.focus();
  }

  /** Stores the draft as a new note with `text` as its first message, anchored to the draft's words. */
  add(text: string): string | null {
    const editor = this.options.editor();
    const draft = this.draft;
    if (!editor || !draft || text.trim() === '') return null;
    const id = newNoteId();
    if (!editor.commands.placeNote(id, draft.range)) return null;
    this.draft = null;
    this.commit([...this.notes, { id, resolved: false, messages: [this.message(text)] }]);
    return id;
  }

  reply(id: string, text: string): void {
    if (text.trim() === '') return;
    this.change(id, (note) => ({ ...note, messages: [...note.messages, this.message(text)] }));
  }

  setResolved(id: string, resolved: boolean): void {
    this.change(id, (note) => ({ ...note, resolved }));
  }

  /** Deletes a note (its author only): the thread and its anchors. */
  remove(id: string): void {
    const note = this.notes.find((candidate) => candidate.id === id);
    if (!note || !this.mayDelete(note)) return;
    this.options.editor()?.commands.removeNoteAnchors(id);
    if (this.activeId === id) this.activeId = null;
    this.commit(this.notes.filter((candidate) => candidate.id !== id));
  }

  /** Deletes a reply (its author only; the first message is the note itself). */
  removeReply(id: string, index: number): void {
    this.change(id, (note) =>
      index > 0 && note.messages[index]?.author === this.author
        ? { ...note, messages: note.messages.filter((_message, at) => at !== index) }
        : note,
    );
  }

  mayDelete(note: NoteThread): boolean {
    return noteAuthor(note) === this.author;
  }

  /**
   * Makes the note active and scrolls its words into view; with `focus`, the
   * cursor goes to the body with its words selected. False when it is orphaned.
   */
  select(id: string, focus: boolean): boolean {
    const editor = this.options.editor();
    const range = editor ? noteRanges(editor.state.doc).get(id) : undefined;
    this.activate(id);
    if (!editor || !range) return false;
    if (focus) editor.chain().focus().setTextSelection(range).scrollIntoView().run();
    else {
      const { node } = editor.view.domAtPos(range.from);
      (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'nearest' });
    }
    return true;
  }

  activate(id: string | null): void {
    if (this.activeId === id) return;
    this.activeId = id;
    this.host.requestUpdate();
  }

  private message(text: string): NoteMessage {
    return { author: this.author, at: new Date().toISOString(), text: text.trim() };
  }

  private change(id: string, update: (note: NoteThread) => NoteThread): void {
    this.commit(this.notes.map((note) => (note.id === id ? update(note) : note)));
  }

  private commit(notes: NoteThread[]): void {
    this.notes = notes;
    this.options.save(notes);
    this.host.requestUpdate();
  }
}
