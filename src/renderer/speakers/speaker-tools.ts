/**
 * SpeakerTools: the editor's speaker tagging, as a Lit reactive controller on
 * <nd-editor>: the speaker registry, the tag picker, colour redraws when the
 * registry changes, and merging two speakers.
 */
import './nd-speaker-picker';

import type { Editor } from '@tiptap/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

import { whenSelectionSettled } from '../editor/settled-selection';
import type { DocumentRange } from '../editor/text-blocks';
import type { SpeakerSpanKind } from './doc-speaker-spans';
import { type SpeakerDraft, SpeakerRegistry } from './speaker-registry';
import { SpeakerTagger } from './speaker-tagger';

export interface SpeakerToolsOptions {
  editor: () => Editor | null;
  /** Saves pending edits; resolves true when everything is stored. */
  flush: () => Promise<boolean>;
  articleId: () => string | undefined;
  /** A merge rewrote the stored article: reopen it. */
  reload: (id: string) => void;
}

export class SpeakerTools implements ReactiveController {
  readonly registry = new SpeakerRegistry();
  private readonly tagger: SpeakerTagger;

  // Names and colours change when the registry does; redraw without stealing a selection being made.
  private readonly onRegistryChange = () => {
    const editor = this.options.editor();
    if (editor) whenSelectionSettled(editor.view, () => editor.commands.refreshSpeakerHues());
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: SpeakerToolsOptions,
  ) {
    host.addController(this);
    this.tagger = new SpeakerTagger(host, options.editor, this.registry);
  }

  hostConnected(): void {
    this.registry.addEventListener('change', this.onRegistryChange);
  }

  hostDisconnected(): void {
    this.registry.removeEventListener('change', this.onRegistryChange);
  }

  /** What a new body editor needs for tagging: the picker request and speaker names for tooltips. */
  editorOptions() {
    return {
      onTagRequest: (kind: SpeakerSpanKind, range: DocumentRange) => this.tagger.open(kind, range),
      nameOf: (id: string) => this.registry.byId(id)?.name,
    };
  }

  /** Loads the registry for a newly mounted editor; tooltips fall back to "Unknown speaker", the panel reports failures. */
  attach(): void {
    void this.registry.load().catch(() => undefined);
  }

  /** Merges two speakers: saves first (main mends later saves too), then asks for the rewritten article. */
  async merge(fromId: string, intoId: string): Promise<void> {
    const id = this.options.articleId();
    if (!id || !(await this.options.flush())) return;
    await this.registry.merge(fromId, intoId);
    this.options.reload(id);
  }

  /** Handler for the speakers panel's `nd-speaker-merge` event. */
  readonly onMerge = (event: CustomEvent<{ fromId: string; intoId: string }>): void => {
    void this.merge(event.detail.fromId, event.detail.intoId);
  };

  /** The tag picker, while one is open. */
  renderPicker() {
    const request = this.tagger.request;
    if (!request) return nothing;
    return html`<nd-speaker-picker
      .speakers=${this.registry.speakers}
      .preferred=${request.preferred}
      .kind=${request.kind}
      .initialQuery=${request.initialQuery}
      .anchor=${request.anchor}
      .error=${this.tagger.error}
      @nd-speaker-choose=${(event: CustomEvent<{ speakerId: string }>) => this.tagger.choose(event.detail.speakerId)}
      @nd-speaker-create=${(event: CustomEvent<{ draft: SpeakerDraft }>) => void this.tagger.create(event.detail.draft)}
      @nd-picker-close=${() => this.tagger.close()}
    ></nd-speaker-picker>`;
  }
}
