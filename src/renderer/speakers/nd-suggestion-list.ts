import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

import { emit } from '../ui/emit';
import { controlStyles } from '../ui/shared.styles';
import type { AttributionSuggestion } from './attribution-suggestions';
import { suggestionListStyles } from './nd-suggestion-list.styles';

const KIND_LABELS = { mention: 'Mention', direct: 'Direct quote', paraphrase: 'Paraphrase' } as const;
const EXCERPT_LENGTH = 90;
/** The confidence levels an editor may accept in bulk at or above; 0 is every suggestion. */
const THRESHOLDS = [0, 0.5, 0.75, 0.9] as const;

const percent = (confidence: number) => `${Math.round(confidence * 100)} %`;

/** high ≥ 90 %, medium ≥ 60 %, low below: a colour and a word, never colour alone. */
function confidenceClass(confidence: number): 'high' | 'medium' | 'low' {
  return confidence >= 0.9 ? 'high' : confidence >= 0.6 ? 'medium' : 'low';
}

function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;
}

/**
 * <nd-suggestion-list>: the attribution detector's suggestions for review:
 * each with its kind, the words it would tag, the evidence ("Hong said") and the
 * speaker (marked "existing" when the registry knows them), why the detector
 * chose that speaker and how sure it is. Anonymous quotes are listed as not
 * taggable. Accept or reject one by one, or all at once — every open one, or
 * only those at or above a chosen confidence.
 *
 * @fires nd-suggestion-accept - detail: { keys } (one key, or every open one for Accept all)
 * @fires nd-suggestion-reject - detail: { keys }
 * @fires nd-suggestion-show - point at a suggestion's words in the body; detail: { key }
 */
@customElement('nd-suggestion-list')
export class NdSuggestionList extends LitElement {
  static styles = [controlStyles, suggestionListStyles];

  @property({ attribute: false }) suggestions: AttributionSuggestion[] = [];
  @property({ type: Boolean }) busy = false;

  /** Accept all takes only suggestions at or above this confidence. */
  @state() private threshold = 0;

  render() {
    const open = this.suggestions.filter((item) => item.speaker !== null);
    const sure = open.filter((item) => item.confidence >= this.threshold);
    const acceptLabel = this.threshold === 0 ? 'Accept all' : `Accept ${sure.length} at ${percent(this.threshold)} or more`;
    return html`<div class="bulk">
        <span class="summary">${open.length} to review</span>
        <label class="threshold">
          <span class="visually-hidden">Accept all at or above this confidence</span>
          <select
            class="field-small"
            title="Accept all at or above this confidence"
            @change=${(event: Event) => (this.threshold = Number((event.target as HTMLSelectElement).value))}
          >
            ${THRESHOLDS.map((level) => html`<option value=${level} ?selected=${level === this.threshold}>${level === 0 ? 'Any confidence' : `${percent(level)} or more`}</option>`)}
          </select>
        </label>
        <button class="button small primary" ?disabled=${this.busy || sure.length === 0} @click=${() => emit(this, 'nd-suggestion-accept', { keys: sure.map((item) => item.key) })}>
          ${acceptLabel}
        </button>
        <button class="button small" ?disabled=${this.busy || this.suggestions.length === 0} @click=${() => emit(this, 'nd-suggestion-reject', { keys: this.suggestions.map((item) => item.key) })}>
          Reject all
        </button>
      </div>
      <ul aria-label="Suggestions">
        ${this.suggestions.map((item) => this.renderItem(item))}
      </ul>`;
  }

  private renderItem(item: AttributionSuggestion) {
    const who = item.speaker?.name ?? 'anonymous — not tagged';
    return html`<li class="suggestion ${item.kind}" data-key=${item.key} aria-label="${KIND_LABELS[item.kind]}: ${who}">
      <button class="show" title="Show in the text" @click=${() => emit(this, 'nd-suggestion-show', { key: item.key })}>
        <span class="kind">${KIND_LABELS[item.kind]}</span>
        <span class="speaker ${item.speaker ? '' : 'anonymous'}"
          >${who}${item.existingId ? html` <span class="existing">existing</span>` : item.speaker ? html` <span class="new">new</span>` : nothing}</span
        >
        <q class="text">${excerpt(item.text)}</q>
        ${item.evidence && item.kind !== 'mention' ? html`<span class="evidence">Evidence: “${excerpt(item.evidence)}”</span>` : nothing}
        ${item.kind !== 'mention' ? html`<span class="reason">Why: ${item.reason} <span class="confidence ${confidenceClass(item.confidence)}">${percent(item.confidence)} sure</span></span>` : nothing}
      </button>
      <span class="decide">
        ${
          item.speaker
            ? html`<button class="button small icon accept" aria-label="Accept" title="Accept" ?disabled=${this.busy} @click=${() => emit(this, 'nd-suggestion-accept', { keys: [item.key] })}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3.5 8.5 6.5 11.5 12.5 4.5" /></svg>
            </button>`
            : nothing
        }
        <button class="button small icon reject" aria-label="Reject" title="Reject" ?disabled=${this.busy} @click=${() => emit(this, 'nd-suggestion-reject', { keys: [item.key] })}>
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4.5 4.5l7 7M11.5 4.5l-7 7" /></svg>
        </button>
      </span>
    </li>`;
  }
}

interface NdSuggestionListEvents {
  'nd-suggestion-accept': CustomEvent<{ keys: string[] }>;
  'nd-suggestion-reject': CustomEvent<{ keys: string[] }>;
  'nd-suggestion-show': CustomEvent<{ key: string }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-suggestion-list': NdSuggestionList;
  }
  interface GlobalEventHandlersEventMap extends NdSuggestionListEvents {}
}
