import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

import type { Speaker } from '../../shared/speaker';
import { emit } from '../ui/emit';
import { controlStyles } from '../ui/shared.styles';
import type { SpeakerSpanKind } from './doc-speaker-spans';
import { speakerPickerStyles } from './nd-speaker-picker.styles';
import { SpeakerPalette } from './speaker-hue';
import { speakerHueStyles } from './speaker-hue.styles';
import type { SpeakerDraft } from './speaker-registry';
import { searchSpeakers } from './speaker-search';

const KIND_TITLES: Record<SpeakerSpanKind, string> = {
  mention: 'Tag mention of…',
  direct: 'Direct quote by…',
  paraphrase: 'Paraphrase of…',
};
const MAX_RESULTS = 8;

/**
 * <nd-speaker-picker>: a small popup near the selection that picks the speaker
 * to tag it with. Type to filter the registry (name, aliases, role,
 * organization); ArrowUp/ArrowDown move, Enter picks, Escape cancels. The last
 * option creates a speaker from the typed name, with role and organization
 * fields in place. It positions itself (fixed) at `anchor`.
 *
 * @fires nd-speaker-choose - a registry speaker was picked; detail: { speakerId }
 * @fires nd-speaker-create - a new speaker was asked for; detail: { draft } (name, role, organization)
 * @fires nd-picker-close - cancelled (Escape, or focus left); detail: null
 */
@customElement('nd-speaker-picker')
export class NdSpeakerPicker extends LitElement {
  static styles = [controlStyles, speakerHueStyles, speakerPickerStyles];

  @property({ attribute: false }) speakers: Speaker[] = [];
  /** Ids to list first (the article's own speakers). */
  @property({ attribute: false }) preferred: string[] = [];
  @property() kind: SpeakerSpanKind = 'mention';
  /** The text the picker starts with (selected, so typing replaces it). */
  @property() initialQuery = '';
  /** Viewport point below which the popup opens. */
  @property({ attribute: false }) anchor: { x: number; y: number } = { x: 0, y: 0 };
  /** A failure to show (creating the speaker failed). */
  @property() error = '';

  @state() private query = '';
  @state() private active = 0;
  @state() private creating = false;

  @query('input.search') private searchInput?: HTMLInputElement;
  @query('input[name="name"]') private nameInput?: HTMLInputElement;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('initialQuery')) {
      this.query = this.initialQuery;
      this.active = 0;
      this.creating = false;
    }
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('anchor')) this.place();
    if (changed.has('initialQuery')) {
      this.searchInput?.focus();
      this.searchInput?.select();
    }
    if ((changed as Map<string, unknown>).has('creating') && this.creating) this.nameInput?.focus();
  }

  /** Keeps the popup inside the window: below the anchor, or above it when there is no room. Sets CSSOM, not a style attribute. */
  private place(): void {
    const width = 340;
    const left = Math.max(8, Math.min(this.anchor.x, window.innerWidth - width - 8));
    const top = this.anchor.y + 6;
    this.style.left = `${left}px`;
    this.style.top = `${Math.min(top, window.innerHeight - 320)}px`;
  }

  private get results(): Speaker[] {
    return searchSpeakers(this.speakers, this.query, this.preferred).slice(0, MAX_RESULTS);
  }

  private get offersCreate(): boolean {
    const name = this.query.trim();
    return name !== '' && !this.speakers.some((speaker) => speaker.name.toLowerCase() === name.toLowerCase() && !speaker.organization);
  }

  render() {
    return html`<div class="popup" role="dialog" aria-label=${KIND_TITLES[this.kind]} @keydown=${this.onKeydown} @focusout=${this.onFocusOut}>
      <div class="title">${KIND_TITLES[this.kind]}</div>
      ${this.creating ? this.renderCreate() : this.renderSearch()}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    </div>`;
  }

  private renderSearch() {
    const matches = this.results;
    // The article's speakers keep their colours; others take the next free ones, as they would once tagged.
    const palette = new SpeakerPalette(this.preferred);
    const count = matches.length + (this.offersCreate ? 1 : 0);
    const active = Math.min(this.active, Math.max(count - 1, 0));
    return html`<input
        class="search"
        role="combobox"
        aria-label="Speaker"
        aria-expanded="true"
        aria-controls="options"
        aria-activedescendant=${count > 0 ? `option-${active}` : ''}
        placeholder="Type a name, alias, role or organization"
        autocomplete="off"
        .value=${this.query}
        @input=${(event: Event) => {
          this.query = (event.target as HTMLInputElement).value;
          this.active = 0;
        }}
      />
      <ul id="options" role="listbox" aria-label="Speakers">
        ${matches.map(
          (speaker, index) => html`<li
            id="option-${index}"
            role="option"
            aria-selected=${index === active ? 'true' : 'false'}
            class=${palette.classOf(speaker.id)}
            @mousedown=${(event: MouseEvent) => event.preventDefault()}
            @click=${() => this.choose(index)}
          >
            <span class="swatch" aria-hidden="true">${initials(speaker.name)}</span>
            <span class="who"
              ><span class="name">${speaker.name}</span>
              <span class="detail">${[speaker.role, speaker.organization].filter(Boolean).join(', ') || speaker.aliases.join(', ')}</span></span
            >
          </li>`,
        )}
        ${
          this.offersCreate
            ? html`<li
              id="option-${matches.length}"
              role="option"
              class="create"
              aria-selected=${active === matches.length ? 'true' : 'false'}
              @mousedown=${(event: MouseEvent) => event.preventDefault()}
              @click=${() => this.choose(matches.length)}
            >
              <span class="swatch plus" aria-hidden="true">+</span><span class="name">Create “${this.query.trim()}”</span>
            </li>`
            : nothing
        }
        ${count === 0 ? html`<li class="none" role="presentation">Type a name to find or create a speaker</li>` : nothing}
      </ul>
      <div class="hint"><kbd>↑</kbd><kbd>↓</kbd> move · <kbd>Enter</kbd> tag · <kbd>Esc</kbd> cancel</div>`;
  }

  private renderCreate() {
    return html`<form class="create-form" @submit=${this.onCreate}>
      <label>Name <input name="name" required autocomplete="off" .value=${this.query.trim()} /></label>
      <label>Role <input name="role" autocomplete="off" placeholder="spokesman, minister…" /></label>
      <label>Organization <input name="organization" autocomplete="off" placeholder="Foreign Ministry…" /></label>
      <div class="form-actions">
        <button type="button" class="button quiet" @click=${() => (this.creating = false)}>Back</button>
        <button type="submit" class="button primary">Create and tag</button>
      </div>
    </form>`;
  }

  private choose(index: number): void {
    const matches = this.results;
    const speaker = matches[index];
    if (speaker) emit(this, 'nd-speaker-choose', { speakerId: speaker.id });
    else if (index === matches.length && this.offersCreate) this.creating = true;
  }

  private onCreate(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const field = (name: string) => String(form.get(name) ?? '').trim();
    if (!field('name')) return;
    emit(this, 'nd-speaker-create', { draft: { name: field('name'), role: field('role'), organization: field('organization') } });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      emit(this, 'nd-picker-close', null);
      return;
    }
    if (this.creating) return;
    const count = this.results.length + (this.offersCreate ? 1 : 0);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count > 0) this.active = (Math.min(this.active, count - 1) + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (count > 0) this.choose(Math.min(this.active, count - 1));
    }
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.shadowRoot?.contains(next)) return;
    if (next === null) return; // the window lost focus, or a click on nothing focusable inside
    emit(this, 'nd-picker-close', null);
  }
}

/** "Hong Lei" → "HL". */
export function initials(name: string): string {
  const parts = name
    .replace(/[^\p{L}\s]/gu, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts[parts.length - 1][0] ?? '') : '')).toUpperCase();
}

interface NdSpeakerPickerEvents {
  'nd-speaker-choose': CustomEvent<{ speakerId: string }>;
  'nd-speaker-create': CustomEvent<{ draft: SpeakerDraft }>;
  'nd-picker-close': CustomEvent<null>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-speaker-picker': NdSpeakerPicker;
  }
  interface GlobalEventHandlersEventMap extends NdSpeakerPickerEvents {}
}
