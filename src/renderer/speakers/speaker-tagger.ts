/**
 * SpeakerTagger: the tagging flow of the body editor, as a Lit reactive
 * controller on the element that shows the picker. A tag request (shortcut or
 * toolbar) remembers the range and opens the picker below it; a pick (or a
 * speaker created in the picker) tags the range and puts the cursor after it;
 * cancelling returns to the text untouched. The edit saves like any other.
 */
import type { Editor } from '@tiptap/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { messageOf } from '../desk';
import type { DocumentRange } from '../editor/text-blocks';
import type { SpeakerSpanKind } from './doc-speaker-spans';
import { speakerSpansIn } from './doc-speaker-spans';
import type { SpeakerDraft, SpeakerRegistry } from './speaker-registry';

export interface PickerRequest {
  kind: SpeakerSpanKind;
  range: DocumentRange;
  /** Viewport point just below the selection's end. */
  anchor: { x: number; y: number };
  /** What the picker's search starts with: the selected words, for a mention. */
  initialQuery: string;
  /** Ids of speakers already in the article, listed first. */
  preferred: string[];
}

const MAX_NAME_QUERY = 60;

export class SpeakerTagger implements ReactiveController {
  request: PickerRequest | null = null;
  error = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly editor: () => Editor | null,
    private readonly registry: SpeakerRegistry,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Opens the picker for a range (the selection, or the tagged span around the cursor). */
  open(kind: SpeakerSpanKind, { from, to }: DocumentRange): void {
    const editor = this.editor();
    if (!editor) return;
    const coords = editor.view.coordsAtPos(to);
    const start = editor.view.coordsAtPos(from);
    const selected = editor.state.doc.textBetween(from, to, ' ').trim();
    this.error = '';
    this.request = {
      kind,
      range: { from, to },
      anchor: { x: start.top === coords.top ? start.left : coords.left - 40, y: coords.bottom },
      initialQuery: kind === 'mention' && selected.length <= MAX_NAME_QUERY ? selected : '',
      preferred: [...new Set(speakerSpansIn(editor.state.doc).map((span) => span.speakerId))],
    };
    void this.registry.load().then(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }

  /** Tags the remembered range with a registry speaker and closes the picker. */
  choose(speakerId: string): void {
    const request = this.request;
    const editor = this.editor();
    this.request = null;
    this.host.requestUpdate();
    if (!request || !editor || editor.isDestroyed) return;
    editor.chain().focus().tagSpeaker(speakerId, request.kind, request.range).setTextSelection(request.range.to).run();
  }

  /** Creates a speaker from the picker's fields, then tags with it. A duplicate name picks the existing speaker. */
  async create(draft: SpeakerDraft): Promise<void> {
    try {
      const speaker = await this.registry.create(draft);
      this.choose(speaker.id);
    } catch (error) {
      const twin = this.registry.speakers.find(
        (speaker) => speaker.name === draft.name.trim() && speaker.organization === (draft.organization ?? '').trim(),
      );
      if (twin) return this.choose(twin.id);
      this.error = `Couldn't create ${draft.name}: ${messageOf(error)}`;
      this.host.requestUpdate();
    }
  }

  /** Closes the picker and returns to the text. */
  close(): void {
    this.request = null;
    this.host.requestUpdate();
    this.editor()?.commands.focus();
  }
}
