import './nd-speaker-card';
import './nd-suggestion-list';

import type { Editor } from '@tiptap/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

import type { NodeJson } from '../../shared/article';
import { lintAttributions, type LintFinding } from '../../shared/attribution/attribution-lint';
import { pictureFindings } from '../../shared/attribution/picture-checks';
import { reviewChecks } from '../../shared/attribution/review-checks';
import type { NoteThread } from '../../shared/notes/note-thread';
import type { Speaker } from '../../shared/speaker';
import { type SpeakerSpanCounts, tallySpeakerSpans } from '../../shared/speaker-spans';
import { messageOf } from '../desk';
import { type DocumentRange, offsetsOfRange, rangeOfOffsets, textBlocks } from '../editor/text-blocks';
import { asideSectionStyles, controlStyles } from '../ui/shared.styles';
import { whenIdle } from '../ui/when-idle';
import { renderChecks } from './attribution-checks';
import { applySuggestions, type AttributionSuggestion, suggestAttributions } from './attribution-suggestions';
import { type DocumentSpeakerSpan, speakerSpansIn } from './doc-speaker-spans';
import { speakersPanelStyles } from './nd-speakers-panel.styles';
import type { SpeakerPalette } from './speaker-hue';
import { speakerPaletteOf } from './speaker-hues';
import type { SpeakerRegistry } from './speaker-registry';

/** Quiet time after an edit before the panel recounts and re-lints. */
const REFRESH_DELAY_MS = 300;

/**
 * <nd-speakers-panel>: who speaks in the open article. Lists its speakers (from
 * the live body's marks, described by the registry) with counts of mentions,
 * direct quotes and paraphrases; steps through a speaker's spans; edits and
 * merges speakers (cards fire the events; nd-editor merges, since a merge
 * reloads the article). Runs the attribution detector on request, or whenever
 * `suggestRequest` changes, and lists its suggestions; lints the attributions.
 *
 * Fires no events of its own; nd-speaker-card's nd-speaker-merge bubbles through.
 */
@customElement('nd-speakers-panel')
export class NdSpeakersPanel extends LitElement {
  static styles = [controlStyles, asideSectionStyles, speakersPanelStyles];

  @property({ attribute: false }) editor: Editor | null = null;
  @property({ attribute: false }) registry: SpeakerRegistry | null = null;
  /** Bump to run the detector (after an import). */
  @property({ type: Number }) suggestRequest = 0;
  /** The article's notes: unresolved ones are listed with the checks. */
  @property({ attribute: false }) notes: NoteThread[] = [];

  @state() private suggestions: AttributionSuggestion[] | null = null;
  @state() private busy = false;
  @state() private message = '';
  @state() private stepping: { speakerId: string; index: number } | null = null;

  private readonly refresh = () => this.requestUpdate();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** After an edit the spans, counts and checks are redone once typing pauses, never per keystroke. */
  private readonly refreshSoon = () => {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(this.refresh, REFRESH_DELAY_MS);
  };

  /** The editor whose story the panel shows: it follows `editor` once the window is idle, so a story opens first. */
  private shownEditor: Editor | null = null;
  /** What the panel showed for `shownEditor`, kept on screen until then. */
  private shown: ReturnType<NdSpeakersPanel['renderPanel']> = nothing;
  private cancelShow = () => undefined as void;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('editor')) {
      this.cancelShow();
      this.cancelShow = whenIdle(() => {
        this.shownEditor = this.editor;
        this.requestUpdate();
      }, 300);
      (changed.get('editor') as Editor | null | undefined)?.off('update', this.refreshSoon);
      this.editor?.on('update', this.refreshSoon);
      this.suggestions = null;
      this.stepping = null;
      this.message = '';
    }
    if (changed.has('registry')) {
      (changed.get('registry') as SpeakerRegistry | null | undefined)?.removeEventListener('change', this.refresh);
      this.registry?.addEventListener('change', this.refresh);
    }
  }

  protected updated(changed: PropertyValues<this>): void {
    if (
      (changed.has('suggestRequest') || changed.has('editor')) &&
      this.suggestRequest > 0 &&
      this.editor &&
      this.pendingRequest !== this.suggestRequest
    ) {
      this.pendingRequest = this.suggestRequest;
      void this.suggest();
    }
  }
  private pendingRequest = 0;

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.off('update', this.refreshSoon);
    clearTimeout(this.refreshTimer);
    this.cancelShow();
    this.registry?.removeEventListener('change', this.refresh);
  }

  render() {
    if (this.editor !== null && this.editor !== this.shownEditor) return this.shown; // until idle: handlers already act on the new editor
    this.shownEditor = this.editor;
    this.shown = this.renderPanel();
    return this.shown;
  }

  private renderPanel() {
    const editor = this.editor;
    if (!editor || editor.isDestroyed) return nothing;
    const spans = speakerSpansIn(editor.state.doc);
    const counts = tallySpeakerSpans(spans);
    const palette = speakerPaletteOf(editor.state); // the colours the body shows
    const registry = this.registry?.speakers ?? [];
    const speakers = [...counts.keys()].map((id) => registry.find((speaker) => speaker.id === id) ?? unknownSpeaker(id));
    return html`
      <section class="section" aria-labelledby="speakers-title">
        <header class="section-head">
          <h2 id="speakers-title">Speakers</h2>
          <button
            class="button small"
            title="Find quotes, paraphrases and mentions with the attribution detector"
            ?disabled=${this.busy}
            @click=${() => void this.suggest()}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M8 2v2.5M8 11.5V14M2 8h2.5M11.5 8H14M3.8 3.8l1.7 1.7M10.5 10.5l1.7 1.7M12.2 3.8l-1.7 1.7M5.5 10.5l-1.7 1.7" />
            </svg>
            Suggest attributions
          </button>
        </header>
        ${this.message ? html`<p class="message" role="status">${this.message}</p>` : nothing}
        ${
          speakers.length === 0
            ? html`<p class="empty">
                No speakers tagged yet. Select words and press a tag shortcut, or run <em>Suggest attributions</em>.
              </p>`
            : html`<ul class="speakers" aria-label="Speakers in this article">
                ${speakers.map((speaker) => this.renderSpeaker(speaker, counts.get(speaker.id), spans, registry, palette))}
              </ul>`
        }
      </section>
      ${this.suggestions ? this.renderSuggestions(this.suggestions) : nothing} ${this.renderLint(spans)}
    `;
  }

  private renderSpeaker(
    speaker: Speaker,
    counts: SpeakerSpanCounts | undefined,
    spans: DocumentSpeakerSpan[],
    registry: Speaker[],
    palette: SpeakerPalette,
  ) {
    const own = spans.filter((span) => span.speakerId === speaker.id).length;
    const stepping = this.stepping?.speakerId === speaker.id ? this.stepping : null;
    return html`<li>
      <nd-speaker-card
        .speaker=${speaker}
        .counts=${counts ?? { mentions: 0, direct: 0, paraphrases: 0 }}
        .palette=${palette}
        .others=${registry.filter((other) => other.id !== speaker.id)}
        .position=${stepping ? `${Math.min(stepping.index, own - 1) + 1} of ${own}` : ''}
        ?focused=${stepping !== null}
        @nd-speaker-step=${(event: CustomEvent<{ speakerId: string; delta: 1 | -1 }>) => this.step(event.detail.speakerId, event.detail.delta)}
        @nd-speaker-edit=${(event: CustomEvent<{ speakerId: string; fields: object }>) => void this.edit(event.detail.speakerId, event.detail.fields)}
      ></nd-speaker-card>
    </li>`;
  }

  private renderSuggestions(suggestions: AttributionSuggestion[]) {
    return html`<section class="section" aria-labelledby="suggestions-title">
      <header class="section-head">
        <h2 id="suggestions-title">Suggestions</h2>
        <button class="button quiet small" @click=${() => (this.suggestions = null)}>Close</button>
      </header>
      ${
        suggestions.length === 0
          ? html`<p class="empty">Nothing left to review.</p>`
          : html`<nd-suggestion-list
              .suggestions=${suggestions}
              ?busy=${this.busy}
              @nd-suggestion-accept=${(event: CustomEvent<{ keys: string[] }>) => void this.accept(event.detail.keys)}
              @nd-suggestion-reject=${(event: CustomEvent<{ keys: string[] }>) => this.reject(event.detail.keys)}
              @nd-suggestion-show=${(event: CustomEvent<{ key: string }>) => this.showSuggestion(event.detail.key)}
            ></nd-suggestion-list>`
      }
    </section>`;
  }

  private renderLint(spans: DocumentSpeakerSpan[]) {
    const review = this.editor ? reviewChecks(this.editor.getJSON() as NodeJson, this.notes) : [];
    return renderChecks(this.lint(spans), (finding) => this.select(finding), review);
  }

  private lint(spans: DocumentSpeakerSpan[]): LintFinding[] {
    if (!this.editor) return [];
    const blocks = textBlocks(this.editor.state.doc);
    const located = spans.flatMap((span) => {
      const offsets = offsetsOfRange(blocks, span);
      return offsets ? [{ speakerId: span.speakerId, kind: span.kind, ...offsets }] : [];
    });
    const ids = new Set(spans.map((span) => span.speakerId));
    const speakers = (this.registry?.speakers ?? []).filter((speaker) => ids.has(speaker.id));
    const findings = lintAttributions(
      blocks.map((block) => block.text),
      located,
      speakers,
    );
    const pictures = pictureFindings(this.editor.state.doc);
    if (pictures.length === 0) return findings;
    return [...findings, ...pictures].sort((left, right) => left.paragraph - right.paragraph || left.start - right.start);
  }

  /** Selects the next (or previous) span of a speaker, highlights all of theirs and scrolls to it. */
  private step(speakerId: string, delta: 1 | -1): void {
    const editor = this.editor;
    if (!editor) return;
    const own = speakerSpansIn(editor.state.doc).filter((span) => span.speakerId === speakerId);
    if (own.length === 0) return;
    const previous = this.stepping?.speakerId === speakerId ? this.stepping.index : delta === 1 ? -1 : own.length;
    const index = (previous + delta + own.length) % own.length;
    this.stepping = { speakerId, index };
    editor.chain().focusSpeaker(speakerId).setTextSelection(own[index]).pointAt(own[index], 'speaker').run();
    this.reveal(own[index]);
  }

  private select(finding: LintFinding): void {
    const editor = this.editor;
    if (editor && finding.position !== undefined) {
      editor.chain().focus().setNodeSelection(finding.position).run();
      const dom = editor.view.nodeDOM(finding.position);
      if (dom instanceof Element) dom.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return;
    }
    const range = editor && rangeOfOffsets(textBlocks(editor.state.doc), finding.paragraph, finding.start, finding.end);
    if (!editor || !range) return;
    editor.chain().focus().setTextSelection(range).pointAt(range, 'lint').run();
    this.reveal(range);
  }

  private reveal(range: DocumentRange): void {
    const editor = this.editor;
    if (!editor) return;
    const { node } = editor.view.domAtPos(range.from);
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  private async suggest(): Promise<void> {
    const editor = this.editor;
    if (!editor || !this.registry) return;
    this.busy = true;
    try {
      await this.registry.load();
      this.suggestions = suggestAttributions(editor.state.doc, this.registry);
      this.message = this.suggestions.length === 0 ? 'The detector found no quotes or speakers in this article.' : '';
    } catch (error) {
      this.message = `Couldn't suggest attributions: ${messageOf(error)}`;
    } finally {
      this.busy = false;
    }
  }

  private async accept(keys: string[]): Promise<void> {
    const editor = this.editor;
    if (!editor || !this.registry || !this.suggestions) return;
    const chosen = this.suggestions.filter((item) => keys.includes(item.key) && item.speaker);
    this.busy = true;
    try {
      const applied = await applySuggestions(editor, this.registry, chosen);
      const stale = chosen.length - applied.length;
      this.suggestions = (this.suggestions ?? []).filter((item) => !applied.includes(item.key));
      this.message =
        stale > 0
          ? `${stale} suggestion${stale === 1 ? '' : 's'} no longer match the text (edited since). Run Suggest attributions again.`
          : '';
    } catch (error) {
      this.message = `Couldn't apply the suggestions: ${messageOf(error)}`;
    } finally {
      this.busy = false;
    }
  }

  private reject(keys: string[]): void {
    this.suggestions = (this.suggestions ?? []).filter((item) => !keys.includes(item.key));
  }

  private showSuggestion(key: string): void {
    const item = this.suggestions?.find((candidate) => candidate.key === key);
    const editor = this.editor;
    const range = item && editor && rangeOfOffsets(textBlocks(editor.state.doc), item.paragraph, item.start, item.end);
    if (!editor || !range) return;
    editor.commands.pointAt(range, 'lint');
    this.reveal(range);
  }

  private async edit(speakerId: string, fields: object): Promise<void> {
    try {
      await this.registry?.update(speakerId, fields);
      this.message = '';
    } catch (error) {
      this.message = `Couldn't save the speaker: ${messageOf(error)}`;
    }
  }
}

/** A speaker whose id is in the body but not (or not yet) in the registry. */
function unknownSpeaker(id: string): Speaker {
  return { id, name: 'Unknown speaker', aliases: [], role: '', organization: '', createdAt: '', updatedAt: '' };
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-speakers-panel': NdSpeakersPanel;
  }
}
