import '../notes/nd-notes-panel';
import '../speakers/nd-speakers-panel';
import '../suggestions/nd-suggestions-panel';

import type { Editor } from '@tiptap/core';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';

import type { NoteThread } from '../../shared/notes/note-thread';
import type { NoteDraft } from '../notes/notes-tools';
import type { SpeakerRegistry } from '../speakers/speaker-registry';
import { controlStyles } from '../ui/shared.styles';
import { articleAsideStyles } from './nd-article-aside.styles';

/**
 * <nd-article-aside>: the tools beside the open article, stacked in one
 * scrolling column: Suggested changes (<nd-suggestions-panel>), Notes
 * (<nd-notes-panel>), Speakers (<nd-speakers-panel>), then whatever the host
 * slots into `related` and `metadata` (nd-editor puts its <nd-related-panel>
 * and <nd-metadata-panel> there, so they stay in nd-editor's own tree and keep their bindings).
 *
 * Fires no events of its own; its panels' events bubble through (the notes
 * panel's to nd-editor's NotesTools).
 */
@customElement('nd-article-aside')
export class NdArticleAside extends LitElement {
  static styles = [controlStyles, articleAsideStyles];

  @property({ attribute: false }) editor: Editor | null = null;
  @property({ attribute: false }) registry: SpeakerRegistry | null = null;
  /** Bump to run attribution suggestions (after an import). */
  @property({ type: Number }) suggestRequest = 0;
  @property({ attribute: false }) notes: NoteThread[] = [];
  @property({ attribute: false }) noteDraft: NoteDraft | null = null;
  @property({ attribute: false }) activeNote: string | null = null;
  @property() noteAuthor = '';
  @property() noteHint = '';

  /** A speaker's name, for the suggestions panel's quote flags. */
  private readonly speakerName = (speakerId: string): string | undefined => this.registry?.byId(speakerId)?.name;

  render() {
    return html`<div class="column">
      <nd-suggestions-panel .editor=${this.editor} .speakerName=${this.speakerName}></nd-suggestions-panel>
      <nd-notes-panel
        .editor=${this.editor}
        .notes=${this.notes}
        .draft=${this.noteDraft}
        .activeId=${this.activeNote}
        .author=${this.noteAuthor}
        .hint=${this.noteHint}
      ></nd-notes-panel>
      <nd-speakers-panel .editor=${this.editor} .registry=${this.registry} .suggestRequest=${this.suggestRequest} .notes=${this.notes}></nd-speakers-panel>
      <div class="related"><slot name="related"></slot></div>
      <div class="metadata"><slot name="metadata"></slot></div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-article-aside': NdArticleAside;
  }
}
