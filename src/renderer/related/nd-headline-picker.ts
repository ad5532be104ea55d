import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';

import type { HeadlineMatch } from '../../shared/ipc/api';
import { desk, messageOf } from '../desk';
import { emit } from '../ui/emit';
import { STATUS_LABELS } from '../ui/format';
import { controlStyles } from '../ui/shared.styles';
import { headlinePickerStyles } from './nd-headline-picker.styles';
import { hostOf, webAddress } from './related-links';

/** Quiet time after the last keystroke before searching. */
const SEARCH_DELAY_MS = 120;

let pickerCount = 0;

/** One suggestion: a stored article, the web address typed into the box, or the typed text kept as a headline. */
type Choice = { kind: 'article'; match: HeadlineMatch } | { kind: 'address'; url: string } | { kind: 'headline'; headline: string };

/**
 * <nd-headline-picker>: a combobox that finds stored articles by headline as
 * you type (main searches: prefix and typo tolerant). With `allow-address`, an
 * http(s) address typed or pasted instead offers itself as the one choice.
 * With `allow-headline`, the typed text is offered last as a headline to keep
 * unresolved (the story may not be on the desk yet).
 *
 * Keyboard: ArrowDown/ArrowUp move through the suggestions, Enter picks the
 * highlighted one (the best match when none is), Escape closes the suggestions,
 * and Escape again (with them closed) cancels.
 *
 * @fires nd-headline-pick - a stored article was picked; detail: { id, headline, dateline, status }
 * @fires nd-address-pick - a web address was picked; detail: { url }
 * @fires nd-headline-text-pick - the typed text was picked as an unresolved headline; detail: { headline }
 * @fires nd-pick-cancel - Escape was pressed with no suggestions open
 */
@customElement('nd-headline-picker')
export class NdHeadlinePicker extends LitElement {
  static styles = [controlStyles, headlinePickerStyles];

  /** The input's accessible name. */
  @property() label = 'Find a story';
  @property() placeholder = 'Find a story by headline…';
  /** An article never offered (the one being edited). */
  @property({ attribute: 'exclude-id' }) excludeId: string | null = null;
  /** Offer a typed http(s) address as a choice. */
  @property({ type: Boolean, attribute: 'allow-address' }) allowAddress = false;
  /** Offer the typed text itself as a headline to keep unresolved. */
  @property({ type: Boolean, attribute: 'allow-headline' }) allowHeadline = false;
  /** Text to start with; it is searched at once. */
  @property() value = '';

  @state() private text = '';
  @state() private choices: Choice[] = [];
  @state() private open = false;
  @state() private active = -1;
  @state() private searching = false;
  @state() private error = '';

  @query('input') private input!: HTMLInputElement;

  private readonly listId = `nd-headline-picker-${++pickerCount}`;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request = 0;

  /** Focuses the box with its text selected, so typing replaces a headline it started with. */
  focus(): void {
    this.input?.focus();
    this.input?.select();
  }

  /** Empties the box and closes the suggestions. */
  clear(): void {
    clearTimeout(this.timer);
    this.request++;
    this.text = '';
    this.choices = [];
    this.open = false;
    this.searching = false;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) {
      this.text = this.value;
      if (this.value.trim()) void this.search();
    }
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  render() {
    const expanded = this.open && (this.choices.length > 0 || this.text.trim() !== '');
    return html`
      <div class="field">
        <svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="7" cy="7" r="4.5" /><path d="m10.5 10.5 3 3" /></svg>
        <input
          role="combobox"
          aria-label=${this.label}
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${this.listId}
          aria-activedescendant=${expanded && this.active >= 0 ? `${this.listId}-${this.active}` : nothing}
          placeholder=${this.placeholder}
          autocomplete="off"
          spellcheck="false"
          maxlength="2000"
          .value=${live(this.text)}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @blur=${() => (this.open = false)}
          @focus=${() => (this.open = this.text.trim() !== '')}
        />
      </div>
      <ul id=${this.listId} role="listbox" aria-label="Suggestions" class="choices" ?hidden=${!expanded}>
        ${this.choices.map((choice, index) => this.renderChoice(choice, index))}
        ${expanded && this.choices.length === 0 ? html`<li class="none" role="presentation">${this.searching ? 'Searching…' : this.error || 'No stored story matches.'}</li>` : nothing}
      </ul>
    `;
  }

  private renderChoice(choice: Choice, index: number) {
    const id = `${this.listId}-${index}`;
    const selected = index === this.active ? 'true' : 'false';
    const pick = (event: Event) => {
      event.preventDefault(); // keep focus in the input
      this.pick(choice);
    };
    if (choice.kind === 'headline') {
      return html`<li id=${id} role="option" class="choice address" aria-selected=${selected} @mousedown=${pick}>
        <span class="title">Add “${choice.headline}” as a headline</span>
        <span class="meta">Not on the desk yet: resolve it later</span>
      </li>`;
    }
    if (choice.kind === 'address') {
      return html`<li id=${id} role="option" class="choice address" aria-selected=${selected} @mousedown=${pick}>
        <span class="title">Add link to ${hostOf(choice.url)}</span>
        <span class="meta">${choice.url}</span>
      </li>`;
    }
    const { match } = choice;
    return html`<li id=${id} role="option" class="choice" aria-selected=${selected} @mousedown=${pick}>
      <span class="title">${match.headline || 'Untitled article'}</span>
      <span class="meta"><span class="pill ${match.status}">${STATUS_LABELS[match.status]}</span>${match.dateline ? html`<span>${match.dateline}</span>` : nothing}</span>
    </li>`;
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.open = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(), SEARCH_DELAY_MS);
  }

  /** Searches for the current text now. Late answers to older text are dropped. */
  private async search(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const request = ++this.request;
    const text = this.text;
    const address = this.allowAddress ? webAddress(text) : null;
    if (address || !text.trim()) {
      this.choices = address ? [{ kind: 'address', url: address }] : [];
      this.active = this.choices.length > 0 ? 0 : -1;
      this.searching = false;
      return;
    }
    this.searching = true;
    try {
      const matches = await desk.searchHeadlines({ query: text, ...(this.excludeId ? { excludeId: this.excludeId } : {}) });
      if (request !== this.request) return;
      this.error = '';
      const typed: Choice[] = this.allowHeadline ? [{ kind: 'headline', headline: text.trim() }] : [];
      this.choices = [...matches.map((match): Choice => ({ kind: 'article', match })), ...typed];
      this.active = this.choices.length > 0 ? 0 : -1;
    } catch (error) {
      if (request !== this.request) return;
      this.error = `Couldn't search: ${messageOf(error)}`;
      this.choices = [];
    } finally {
      if (request === this.request) this.searching = false;
    }
  }

  private async onKeydown(event: KeyboardEvent): Promise<void> {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        this.open = true;
        const count = this.choices.length;
        if (count === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = (this.active + step + count) % count;
        await this.updateComplete;
        this.renderRoot.querySelector(`#${this.listId}-${this.active}`)?.scrollIntoView({ block: 'nearest' });
        return;
      }
      case 'Enter': {
        event.preventDefault();
        if (!this.text.trim()) return;
        // Enter typed before the debounced search ran searches now, then takes the best match.
        if (this.timer !== undefined || this.searching) await this.search();
        const choice = this.choices[Math.max(this.active, 0)];
        if (choice) this.pick(choice);
        return;
      }
      case 'Escape':
        event.stopPropagation();
        if (this.open && this.text.trim()) {
          this.open = false;
        } else {
          emit(this, 'nd-pick-cancel', undefined);
        }
        return;
    }
  }

  private pick(choice: Choice): void {
    if (choice.kind === 'address') {
      emit(this, 'nd-address-pick', { url: choice.url });
    } else if (choice.kind === 'headline') {
      emit(this, 'nd-headline-text-pick', { headline: choice.headline });
    } else {
      emit(this, 'nd-headline-pick', choice.match);
    }
    this.open = false;
  }
}

interface NdHeadlinePickerEvents {
  'nd-headline-pick': CustomEvent<HeadlineMatch>;
  'nd-address-pick': CustomEvent<{ url: string }>;
  'nd-headline-text-pick': CustomEvent<{ headline: string }>;
  'nd-pick-cancel': CustomEvent<undefined>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-headline-picker': NdHeadlinePicker;
  }
  interface GlobalEventHandlersEventMap extends NdHeadlinePickerEvents {}
}
