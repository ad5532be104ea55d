import type { Editor } from '@tiptap/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';

import type { SuggestionSummary, TouchedAttribution } from '../../shared/suggestions';
import { absoluteTime, relativeTime } from '../ui/format';
import { asideSectionStyles, controlStyles } from '../ui/shared.styles';
import { suggestionsIn } from './doc-suggestions';
import { suggestionsPanelStyles } from './nd-suggestions-panel.styles';
import { SUGGESTION_SHORTCUTS } from './suggest-changes';
import { shortcutLabel } from './suggest-tools';

/** Quiet time after an edit before the list is read again. */
const REFRESH_DELAY_MS = 300;
/** How much of a suggestion's text the list shows on each side of the arrow. */
const SHOWN_CHARACTERS = 48;

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > SHOWN_CHARACTERS ? `${flat.slice(0, SHOWN_CHARACTERS - 1)}…` : flat;
}

const FORMAT_NAMES: Record<string, string> = { bold: 'bold', italic: 'italic', underline: 'underline', strike: 'strikethrough' };

function formatChange(suggestion: SuggestionSummary): string {
  const names = (marks: string[]) => marks.map((mark) => FORMAT_NAMES[mark] ?? mark).join(' and ');
  const parts = [
    suggestion.add.length ? `make ${names(suggestion.add)}` : '',
    suggestion.remove.length ? `remove ${names(suggestion.remove)}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** "before → after" as a sentence, for the buttons' accessible names. */
function describe(suggestion: SuggestionSummary): string {
  switch (suggestion.kind) {
    case 'insert':
      return `insert “${shortened(suggestion.after)}”`;
    case 'delete':
      return `delete “${shortened(suggestion.before)}”`;
    case 'replace':
      return `replace “${shortened(suggestion.before)}” with “${shortened(suggestion.after)}”`;
    default:
      return `${formatChange(suggestion)}: “${shortened(suggestion.before)}”`;
  }
}

/**
 * <nd-suggestions-panel>: the open suggested changes of the story, in document
 * order: who suggested each and when, a short "before → after", Accept and
 * Reject, and a flag when it changes someone's direct quote or paraphrase.
 * Accept all / Reject all, per author when more than one has suggested.
 * Clicking a suggestion selects it in the text. Re-read after typing pauses,
 * never per keystroke.
 *
 * Fires no events: it settles suggestions through the editor's commands.
 */
@customElement('nd-suggestions-panel')
export class NdSuggestionsPanel extends LitElement {
  static styles = [controlStyles, asideSectionStyles, suggestionsPanelStyles];

  @property({ attribute: false }) editor: Editor | null = null;
  /** A speaker's name by id (the article's speakers, from the registry). */
  @property({ attribute: false }) speakerName: (speakerId: string) => string | undefined = () => undefined;

  private suggestions: SuggestionSummary[] = [];
  private readonly refresh = () => {
    this.suggestions = this.editor && !this.editor.isDestroyed ? suggestionsIn(this.editor.state.doc) : [];
    this.requestUpdate();
  };
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly refreshSoon = () => {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(this.refresh, REFRESH_DELAY_MS);
  };

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('editor')) {
      (changed.get('editor') as Editor | null | undefined)?.off('update', this.refreshSoon);
      this.editor?.on('update', this.refreshSoon);
      this.suggestions = this.editor && !this.editor.isDestroyed ? suggestionsIn(this.editor.state.doc) : [];
    }
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.off('update', this.refreshSoon);
    clearTimeout(this.refreshTimer);
  }

  render() {
    const suggestions = this.suggestions;
    const authors = [...new Set(suggestions.map((suggestion) => suggestion.author))];
    return html`<section class="section" aria-labelledby="changes-title">
      <header class="section-head">
        <h2 id="changes-title">Suggested changes</h2>
        ${suggestions.length ? html`<span class="badge" aria-label="${suggestions.length} open">${suggestions.length}</span>` : nothing}
      </header>
      ${
        suggestions.length === 0
          ? html`<p class="empty">
              No open suggestions. Turn on <strong>Suggest</strong> (${shortcutLabel(SUGGESTION_SHORTCUTS.toggle)}) to propose changes.
            </p>`
          : html`${this.renderBulk(authors)}
              <ol class="changes" aria-label="Open suggestions">
                ${suggestions.map((suggestion) => this.renderSuggestion(suggestion))}
              </ol>
              <p class="hint">
                At the cursor: accept <kbd>${shortcutLabel(SUGGESTION_SHORTCUTS.accept)}</kbd> · reject
                <kbd>${shortcutLabel(SUGGESTION_SHORTCUTS.reject)}</kbd> · next <kbd>${shortcutLabel(SUGGESTION_SHORTCUTS.next)}</kbd> ·
                previous <kbd>${shortcutLabel(SUGGESTION_SHORTCUTS.previous)}</kbd>
              </p>`
      }
    </section>`;
  }

  private renderBulk(authors: string[]) {
    return html`<div class="bulk">
        <button class="button small" type="button" @click=${() => this.run((editor) => editor.commands.acceptAllSuggestions())}>Accept all</button>
        <button class="button small" type="button" @click=${() => this.run((editor) => editor.commands.rejectAllSuggestions())}>Reject all</button>
      </div>
      ${
        authors.length > 1
          ? html`<ul class="authors" aria-label="By author">
              ${authors.map(
                (author) =>
                  html`<li>
                    <span class="author-name">${author}</span>
                    <button
                      class="button quiet small"
                      type="button"
                      aria-label="Accept all by ${author}"
                      @click=${() => this.run((editor) => editor.commands.acceptAllSuggestions(author))}
                    >
                      Accept all
                    </button>
                    <button
                      class="button quiet small"
                      type="button"
                      aria-label="Reject all by ${author}"
                      @click=${() => this.run((editor) => editor.commands.rejectAllSuggestions(author))}
                    >
                      Reject all
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }`;
  }

  private renderSuggestion(suggestion: SuggestionSummary) {
    const description = describe(suggestion);
    return html`<li class="change">
      <button class="show" type="button" title="Select in the text" @click=${() => this.show(suggestion)}>
        <span class="meta">
          <span class="author">${suggestion.author || 'Unknown'}</span>
          <time datetime=${suggestion.at} title=${absoluteTime(suggestion.at)}>${relativeTime(suggestion.at)}</time>
        </span>
        ${this.renderDiff(suggestion)} ${suggestion.attributions.map((touched) => this.renderFlag(touched))}
      </button>
      <span class="actions">
        <button
          class="button small accept"
          type="button"
          aria-label="Accept: ${description}"
          @click=${() => this.run((editor) => editor.commands.acceptSuggestion(suggestion.id))}
        >
          Accept
        </button>
        <button
          class="button small reject"
          type="button"
          aria-label="Reject: ${description}"
          @click=${() => this.run((editor) => editor.commands.rejectSuggestion(suggestion.id))}
        >
          Reject
        </button>
      </span>
    </li>`;
  }

  private renderDiff(suggestion: SuggestionSummary) {
    const before = html`<del>${shortened(suggestion.before)}</del>`;
    const after = html`<ins>${shortened(suggestion.after)}</ins>`;
    switch (suggestion.kind) {
      case 'insert':
        return html`<span class="diff"><span class="kind">Insert</span> ${after}</span>`;
      case 'delete':
        return html`<span class="diff"><span class="kind">Delete</span> ${before}</span>`;
      case 'replace':
        return html`<span class="diff">${before} <span class="arrow" aria-label="becomes">→</span> ${after}</span>`;
      default:
        return html`<span class="diff"><span class="kind">Format</span> “${shortened(suggestion.before)}”: ${formatChange(suggestion)}</span>`;
    }
  }

  private renderFlag(touched: TouchedAttribution) {
    const name = this.speakerName(touched.speakerId) ?? 'an untagged speaker';
    const what = touched.kind === 'direct' ? `Changes a quote by ${name}` : `Changes a paraphrase of ${name}`;
    return html`<span class="flag ${touched.kind}">
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 2.5 14 13H2z" /><path d="M8 6.5v3M8 11.4v.1" /></svg>
      ${what}
    </span>`;
  }

  /** Runs a settle command, then reads the list again at once (a click is not typing). */
  private run(command: (editor: Editor) => boolean): void {
    const editor = this.editor;
    if (!editor || editor.isDestroyed) return;
    command(editor);
    clearTimeout(this.refreshTimer);
    this.refresh();
  }

  /** Selects the suggestion in the text and scrolls to it. */
  private show(suggestion: SuggestionSummary): void {
    const editor = this.editor;
    if (!editor || editor.isDestroyed) return;
    const size = editor.state.doc.content.size;
    editor
      .chain()
      .focus()
      .setTextSelection({ from: Math.min(suggestion.from, size), to: Math.min(suggestion.to, size) })
      .scrollIntoView()
      .run();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-suggestions-panel': NdSuggestionsPanel;
  }
}
