import type { Editor } from '@tiptap/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

import { countOpenNotes, type NoteMessage, type NoteThread } from '../../shared/notes/note-thread';
import { confirmAction } from '../ui/confirm';
import { emit } from '../ui/emit';
import { absoluteTime, MOD_KEY_LABEL, relativeTime } from '../ui/format';
import { asideSectionStyles, controlStyles } from '../ui/shared.styles';
import { notesPanelStyles } from './nd-notes-panel.styles';
import { NOTE_SHORTCUTS, noteRanges } from './note-commands';
import type { NoteDraft } from './notes-tools';

/** Quiet time after an edit before the panel re-reads where the notes are. */
const REFRESH_DELAY_MS = 300;
const QUOTE_LENGTH = 80;

const shortcutLabel = (shortcut: string) => shortcut.replace('Mod', MOD_KEY_LABEL);

/**
 * <nd-notes-panel>: the open article's editorial notes, in the order their
 * words appear in the body, orphaned notes (their words deleted) last. Each
 * note shows the words it is about (a button that selects them), its messages
 * with author and time, and Reply, Resolve/Reopen and — for its author — Delete.
 * While `draft` is set it shows the form for a new note. ArrowDown/ArrowUp
 * move between notes.
 *
 * @fires nd-note-add - the draft was written; detail: { text }
 * @fires nd-note-draft-cancel - the draft was dropped; detail: undefined
 * @fires nd-note-reply - detail: { id, text }
 * @fires nd-note-resolve - resolve (resolved: true) or reopen; detail: { id, resolved }
 * @fires nd-note-delete - its author deleted the note (after confirming); detail: { id }
 * @fires nd-note-reply-delete - its author deleted a reply; detail: { id, index }
 * @fires nd-note-select - show the note's words in the body; detail: { id, focus } (focus: put the cursor there, selecting them)
 */
@customElement('nd-notes-panel')
export class NdNotesPanel extends LitElement {
  static styles = [controlStyles, asideSectionStyles, notesPanelStyles];

  @property({ attribute: false }) editor: Editor | null = null;
  @property({ attribute: false }) notes: NoteThread[] = [];
  @property({ attribute: false }) draft: NoteDraft | null = null;
  @property({ attribute: false }) activeId: string | null = null;
  /** Who is writing: their own notes and replies may be deleted. */
  @property() author = '';
  /** A word of help shown above the notes (the Note button pressed with nothing selected). */
  @property() hint = '';

  @state() private replyingTo: string | null = null;

  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly refreshSoon = () => {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.requestUpdate(), REFRESH_DELAY_MS);
  };

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('editor')) {
      (changed.get('editor') as Editor | null | undefined)?.off('update', this.refreshSoon);
      this.editor?.on('update', this.refreshSoon);
      this.replyingTo = null;
    }
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('draft') && this.draft) this.renderRoot.querySelector<HTMLTextAreaElement>('.draft textarea')?.focus();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.off('update', this.refreshSoon);
    clearTimeout(this.refreshTimer);
  }

  render() {
    const editor = this.editor;
    if (!editor || editor.isDestroyed) return nothing;
    const ranges = noteRanges(editor.state.doc);
    const order = [...ranges.keys()];
    const anchored = order.flatMap((id) => this.notes.filter((note) => note.id === id));
    const orphaned = this.notes.filter((note) => !ranges.has(note.id));
    const quoteOf = (id: string) => {
      const range = ranges.get(id);
      return range ? editor.state.doc.textBetween(range.from, range.to, ' ') : null;
    };
    const open = countOpenNotes(this.notes);
    return html`<section class="section" aria-labelledby="notes-title" @keydown=${this.onKeydown}>
      <header class="section-head">
        <h2 id="notes-title">Notes</h2>
        ${open > 0 ? html`<span class="badge" title="Open notes">${open}</span>` : nothing}
      </header>
      ${this.hint && !this.draft ? html`<p class="hint-message" role="status">${this.hint}</p>` : nothing}
      ${this.draft ? this.renderDraft(this.draft) : nothing}
      ${
        this.notes.length === 0 && !this.draft
          ? html`<p class="empty">No notes. Select words and press ${shortcutLabel(NOTE_SHORTCUTS.add)} to leave one for the desk.</p>`
          : html`<ul class="notes" aria-label="Notes">
              ${anchored.map((note) => this.renderNote(note, quoteOf(note.id)))}
            </ul>`
      }
      ${
        orphaned.length > 0
          ? html`<h3 id="orphaned-title">Orphaned — their words were deleted</h3>
              <ul class="notes orphaned" aria-labelledby="orphaned-title">
                ${orphaned.map((note) => this.renderNote(note, null))}
              </ul>`
          : nothing
      }
    </section>`;
  }

  private renderDraft(draft: NoteDraft) {
    return html`<div class="draft">
      <p class="quote">On “${excerpt(draft.quote)}”</p>
      <form @submit=${(event: SubmitEvent) => this.submitDraft(event)}>
        <textarea
          aria-label="New note"
          placeholder="Note for the desk…"
          maxlength="5000"
          @keydown=${(event: KeyboardEvent) => this.onTextKeydown(event, () => emit(this, 'nd-note-draft-cancel', undefined))}
        ></textarea>
        <div class="form-actions">
          <span class="hint">Enter to add · Shift+Enter new line</span>
          <button class="button small quiet" type="button" @click=${() => emit(this, 'nd-note-draft-cancel', undefined)}>Cancel</button>
          <button class="button small primary" type="submit">Add note</button>
        </div>
      </form>
    </div>`;
  }

  private renderNote(note: NoteThread, quote: string | null) {
    const active = note.id === this.activeId;
    const mine = note.messages[0].author === this.author;
    const classes = `note ${note.resolved ? 'resolved' : ''} ${quote === null ? 'orphaned' : ''} ${active ? 'active' : ''}`;
    return html`<li class=${classes} data-note-id=${note.id} aria-label=${`Note by ${note.messages[0].author}${note.resolved ? ', resolved' : ''}`}>
      ${
        quote === null
          ? html`<button class="anchor gone" type="button" aria-label="Orphaned note: its words were deleted">Words deleted</button>`
          : html`<button class="anchor" type="button" title="Select these words in the story" @click=${() => emit(this, 'nd-note-select', { id: note.id, focus: true })}>
              “${excerpt(quote)}”
            </button>`
      }
      <ol class="messages">
        ${note.messages.map((message, index) => this.renderMessage(note, message, index))}
      </ol>
      ${this.replyingTo === note.id ? this.renderReply(note) : nothing}
      <div class="actions">
        ${
          note.resolved
            ? html`<span class="state">Resolved</span>
                <button class="button small quiet" type="button" @click=${() => emit(this, 'nd-note-resolve', { id: note.id, resolved: false })}>Reopen</button>`
            : html`<button class="button small quiet" type="button" @click=${() => void this.startReply(note.id)}>Reply</button>
                <button class="button small quiet" type="button" @click=${() => emit(this, 'nd-note-resolve', { id: note.id, resolved: true })}>Resolve</button>`
        }
        ${
          mine
            ? html`<button class="button small quiet danger" type="button" @click=${() => void this.confirmDelete(note)}>Delete</button>`
            : nothing
        }
      </div>
    </li>`;
  }

  private renderMessage(note: NoteThread, message: NoteMessage, index: number) {
    const deletable = index > 0 && message.author === this.author;
    return html`<li class="message">
      <span class="byline">
        <span class="author">${message.author}</span>
        <time datetime=${message.at} title=${absoluteTime(message.at)}>${relativeTime(message.at)}</time>
        ${
          deletable
            ? html`<button class="button small quiet" type="button" aria-label="Delete this reply" @click=${() => emit(this, 'nd-note-reply-delete', { id: note.id, index })}>×</button>`
            : nothing
        }
      </span>
      <p class="text">${message.text}</p>
    </li>`;
  }

  private renderReply(note: NoteThread) {
    return html`<form @submit=${(event: SubmitEvent) => this.submitReply(event, note.id)}>
      <textarea
        aria-label="Reply"
        placeholder="Reply…"
        maxlength="5000"
        @keydown=${(event: KeyboardEvent) => this.onTextKeydown(event, () => (this.replyingTo = null))}
      ></textarea>
      <div class="form-actions">
        <button class="button small quiet" type="button" @click=${() => (this.replyingTo = null)}>Cancel</button>
        <button class="button small primary" type="submit">Reply</button>
      </div>
    </form>`;
  }

  private async startReply(id: string): Promise<void> {
    this.replyingTo = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>(`li[data-note-id="${id}"] form textarea`)?.focus();
  }

  private async confirmDelete(note: NoteThread): Promise<void> {
    const confirmed = await confirmAction({
      heading: 'Delete this note?',
      message: `The note and its ${note.messages.length === 1 ? 'message' : `${note.messages.length} messages`} are removed for everyone. Resolve it instead to keep it on record.`,
      confirmLabel: 'Delete note',
      danger: true,
    });
    if (confirmed) emit(this, 'nd-note-delete', { id: note.id });
  }

  /** Enter sends, Shift+Enter is a new line, Escape cancels. */
  private onTextKeydown(event: KeyboardEvent, cancel: () => void): void {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      (event.target as HTMLTextAreaElement).form?.requestSubmit();
    }
  }

  private submitDraft(event: SubmitEvent): void {
    event.preventDefault();
    const text = (event.target as HTMLFormElement).querySelector('textarea')?.value ?? '';
    if (text.trim() !== '') emit(this, 'nd-note-add', { text });
  }

  private submitReply(event: SubmitEvent, id: string): void {
    event.preventDefault();
    const text = (event.target as HTMLFormElement).querySelector('textarea')?.value ?? '';
    if (text.trim() === '') return;
    this.replyingTo = null;
    emit(this, 'nd-note-reply', { id, text });
  }

  /** ArrowDown/ArrowUp from anywhere in a note (not while writing) move to the next or previous note. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const from = event.composedPath()[0] as HTMLElement;
    if (from.tagName === 'TEXTAREA') return;
    const cards = [...this.renderRoot.querySelectorAll<HTMLElement>('li.note')];
    const index = cards.findIndex((card) => card.contains(from));
    if (index === -1) return;
    event.preventDefault();
    const next = cards[Math.min(cards.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    next.querySelector<HTMLButtonElement>('.anchor')?.focus();
    const id = next.dataset.noteId;
    if (id) emit(this, 'nd-note-select', { id, focus: false });
  }
}

function excerpt(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > QUOTE_LENGTH ? `${trimmed.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : trimmed;
}

interface NdNotesPanelEvents {
  'nd-note-add': CustomEvent<{ text: string }>;
  'nd-note-draft-cancel': CustomEvent<undefined>;
  'nd-note-reply': CustomEvent<{ id: string; text: string }>;
  'nd-note-resolve': CustomEvent<{ id: string; resolved: boolean }>;
  'nd-note-delete': CustomEvent<{ id: string }>;
  'nd-note-reply-delete': CustomEvent<{ id: string; index: number }>;
  'nd-note-select': CustomEvent<{ id: string; focus: boolean }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-notes-panel': NdNotesPanel;
  }
  interface GlobalEventHandlersEventMap extends NdNotesPanelEvents {}
}
