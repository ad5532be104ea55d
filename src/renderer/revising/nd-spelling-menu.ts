import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

import { emit } from '../ui/emit';
import { controlStyles } from '../ui/shared.styles';
import { spellingMenuStyles } from './nd-spelling-menu.styles';

type MenuChoice = { kind: 'replace'; text: string } | { kind: 'add' } | { kind: 'ignore' };

/**
 * <nd-spelling-menu>: the menu for a misspelled word: its suggestions, "Add to
 * desk dictionary" and "Ignore". Opens at `anchor` (viewport point) with the
 * first item focused; ArrowUp/ArrowDown move, Enter or a click picks, Escape
 * or a click elsewhere closes.
 *
 * @fires nd-spelling-replace - a suggestion was picked; detail: { text }
 * @fires nd-spelling-add - "Add to desk dictionary"; detail: { word }
 * @fires nd-spelling-ignore - "Ignore"; detail: { word }
 * @fires nd-spelling-close - closed without a choice; detail: null
 */
@customElement('nd-spelling-menu')
export class NdSpellingMenu extends LitElement {
  static styles = [controlStyles, spellingMenuStyles];

  @property() word = '';
  /** null while the suggestions are being looked up. */
  @property({ attribute: false }) suggestions: string[] | null = null;
  @property({ attribute: false }) anchor: { x: number; y: number } = { x: 0, y: 0 };

  @state() private active = 0;

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
  }

  private get choices(): MenuChoice[] {
    return [...(this.suggestions ?? []).map((text) => ({ kind: 'replace' as const, text })), { kind: 'add' }, { kind: 'ignore' }];
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('suggestions') || changed.has('word')) this.active = 0;
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('anchor')) this.place();
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.active}"]`)?.focus();
  }

  /** Below the anchor, kept inside the window. CSSOM, not a style attribute (the CSP). */
  private place(): void {
    const width = 240;
    this.style.left = `${Math.max(8, Math.min(this.anchor.x, window.innerWidth - width - 8))}px`;
    this.style.top = `${Math.min(this.anchor.y + 4, window.innerHeight - 300)}px`;
  }

  render() {
    const choices = this.choices;
    const suggestions = this.suggestions;
    return html`<div class="menu" role="menu" aria-label="Spelling of “${this.word}”" @keydown=${this.onKeydown}>
      <div class="heading" aria-hidden="true">${this.word}</div>
      ${suggestions === null ? html`<div class="note" role="status">Looking for suggestions…</div>` : nothing}
      ${suggestions?.length === 0 ? html`<div class="note">No suggestions</div>` : nothing}
      ${choices.map((choice, index) => {
        const label = choice.kind === 'replace' ? choice.text : choice.kind === 'add' ? 'Add to desk dictionary' : 'Ignore';
        return html`${choice.kind === 'add' ? html`<div class="separator" role="separator"></div>` : nothing}
          <button
            class="item ${choice.kind}"
            role="menuitem"
            type="button"
            tabindex=${index === this.active ? '0' : '-1'}
            data-index=${index}
            @click=${() => this.pick(choice)}
          >
            ${label}
          </button>`;
      })}
    </div>`;
  }

  private pick(choice: MenuChoice): void {
    if (choice.kind === 'replace') emit(this, 'nd-spelling-replace', { text: choice.text });
    else if (choice.kind === 'add') emit(this, 'nd-spelling-add', { word: this.word });
    else emit(this, 'nd-spelling-ignore', { word: this.word });
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.choices.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      this.active = (this.active + (event.key === 'ArrowDown' ? 1 : -1) + count) % count;
    } else if (event.key === 'Home' || event.key === 'End') {
      this.active = event.key === 'Home' ? 0 : count - 1;
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      emit(this, 'nd-spelling-close', null);
    } else {
      return; // Enter and Space click the focused item
    }
    event.preventDefault();
    event.stopPropagation();
  }

  private readonly onOutsidePointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) emit(this, 'nd-spelling-close', null);
  };
}

interface SpellingMenuEvents {
  'nd-spelling-replace': CustomEvent<{ text: string }>;
  'nd-spelling-add': CustomEvent<{ word: string }>;
  'nd-spelling-ignore': CustomEvent<{ word: string }>;
  'nd-spelling-close': CustomEvent<null>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-spelling-menu': NdSpellingMenu;
  }
  interface GlobalEventHandlersEventMap extends SpellingMenuEvents {}
}
