import type { Editor } from '@tiptap/core';
import { html, LitElement, type PropertyValues, svg, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

import { emit } from '../ui/emit';
import { MOD_KEY_LABEL } from '../ui/format';
import { controlStyles } from '../ui/shared.styles';
import { EMPTY_QUERY, type FindQuery, findStateOf, findStep, replaceAll, replaceCurrent, setFindQuery } from './find-replace';
import { findBarStyles } from './nd-find-bar.styles';

const icon = (paths: ReturnType<typeof svg>) => html`<svg viewBox="0 0 16 16" aria-hidden="true">${paths}</svg>`;

/**
 * <nd-find-bar>: find and replace in the open article's body. Typing searches
 * as you go; Enter / Shift+Enter go to the next / previous match ("3 of 12"),
 * Replace replaces the current match, Replace all replaces every match in one
 * step (one Undo brings them all back). Match case and Whole word narrow the
 * search. Escape closes the bar and clears the highlights.
 *
 * Needs the editor to carry `findReplacePlugin()`.
 *
 * @fires nd-find-close - Escape or the close button; detail: null
 */
@customElement('nd-find-bar')
export class NdFindBar extends LitElement {
  static styles = [controlStyles, findBarStyles];

  @property({ attribute: false }) editor: Editor | null = null;

  @state() private query: FindQuery = EMPTY_QUERY;
  @state() private replacement = '';
  @state() private matchCount = 0;
  @state() private current = -1;

  @query('input.find') private findInput?: HTMLInputElement;

  private readonly refresh = () => {
    const find = this.editor && !this.editor.isDestroyed ? findStateOf(this.editor.state) : undefined;
    this.matchCount = find?.matches.length ?? 0;
    this.current = find?.current ?? -1;
  };

  /** Focuses the find field with its text selected; starts from the editor's selection when it is a short phrase. */
  focusFind(): void {
    const editor = this.editor;
    if (editor && !editor.state.selection.empty) {
      const { from, to } = editor.state.selection;
      const selected = editor.state.doc.textBetween(from, to, ' ');
      if (selected.length <= 100 && !selected.includes('\n')) this.search({ ...this.query, text: selected });
    }
    void this.updateComplete.then(() => {
      this.findInput?.focus();
      this.findInput?.select();
    });
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('editor')) return;
    const previous = changed.get('editor') as Editor | null | undefined;
    previous?.off('transaction', this.refresh);
    this.editor?.on('transaction', this.refresh);
    if (this.query.text) this.run(setFindQuery(this.query));
    this.refresh();
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.editor?.on('transaction', this.refresh);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.off('transaction', this.refresh);
    this.run(setFindQuery(EMPTY_QUERY));
  }

  render() {
    const count = this.query.text === '' ? '' : this.matchCount === 0 ? 'No matches' : `${this.current + 1} of ${this.matchCount}`;
    const none = this.matchCount === 0;
    return html`<div class="bar" role="search" aria-label="Find and replace" @keydown=${this.onKeydown}>
      <div class="group find-group">
        ${icon(svg`<circle cx="7" cy="7" r="4.2" /><path d="m10.2 10.2 3.3 3.3" />`)}
        <input
          class="find"
          aria-label="Find"
          placeholder="Find"
          autocomplete="off"
          spellcheck="false"
          .value=${this.query.text}
          @input=${(event: Event) => this.search({ ...this.query, text: (event.target as HTMLInputElement).value })}
          @keydown=${this.onFindKeydown}
        />
        <span class="count ${this.query.text && none ? 'none' : ''}" role="status" data-testid="find-count">${count}</span>
        ${this.renderToggle('matchCase', 'Match case', html`Aa`)} ${this.renderToggle('wholeWord', 'ab: whole word', html`<span class="whole">ab</span>`)}
        <button class="icon-button" type="button" aria-label="Previous match" title="Previous match (Shift+Enter)" ?disabled=${none} @click=${() => this.step(-1)}>
          ${icon(svg`<path d="m4 10 4-4 4 4" />`)}
        </button>
        <button class="icon-button" type="button" aria-label="Next match" title="Next match (Enter)" ?disabled=${none} @click=${() => this.step(1)}>
          ${icon(svg`<path d="m4 6 4 4 4-4" />`)}
        </button>
      </div>
      <div class="group replace-group">
        <input
          class="replace"
          aria-label="Replace with"
          placeholder="Replace with"
          autocomplete="off"
          spellcheck="false"
          .value=${this.replacement}
          @input=${(event: Event) => (this.replacement = (event.target as HTMLInputElement).value)}
          @keydown=${this.onReplaceKeydown}
        />
        <button class="button" type="button" title="Replace this match (Enter in the replace field)" ?disabled=${none} @click=${this.replaceOne}>Replace</button>
        <button class="button" type="button" title="Replace every match (${MOD_KEY_LABEL}+Alt+Enter) — one Undo brings them back" ?disabled=${none} @click=${this.replaceEvery}>Replace all</button>
      </div>
      <button class="icon-button close" type="button" aria-label="Close find and replace" title="Close (Escape)" @click=${this.close}>
        ${icon(svg`<path d="m4.5 4.5 7 7M11.5 4.5l-7 7" />`)}
      </button>
    </div>`;
  }

  /** A search option as a pressed-or-not button. */
  private renderToggle(option: 'matchCase' | 'wholeWord', label: string, content: TemplateResult) {
    return html`<button
      class="icon-button toggle"
      type="button"
      aria-label=${label}
      title=${label}
      aria-pressed=${String(this.query[option])}
      @click=${() => this.search({ ...this.query, [option]: !this.query[option] })}
    >
      ${content}
    </button>`;
  }
  private run(command: (state: Editor['state'], dispatch?: Editor['view']['dispatch']) => boolean): boolean {
    const editor = this.editor;
    if (!editor || editor.isDestroyed) return false;
    return command(editor.state, editor.view.dispatch);
  }

  /** Searches as the person types and brings the current match into view; the find field keeps the focus. */
  private search(query: FindQuery): void {
    this.query = query;
    this.run(setFindQuery(query));
    this.refresh();
    this.showCurrentMatch();
  }

  private showCurrentMatch(): void {
    const editor = this.editor;
    const find = editor && !editor.isDestroyed ? findStateOf(editor.state) : undefined;
    const match = find?.matches[find.current];
    if (!editor || !match) return;
    const { node } = editor.view.domAtPos(match.from);
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  private step(direction: 1 | -1): void {
    this.run(findStep(direction));
  }

  private readonly replaceOne = (): void => {
    this.run(replaceCurrent(this.replacement));
    this.keepFocus();
  };

  private readonly replaceEvery = (): void => {
    this.run(replaceAll(this.replacement));
    this.keepFocus();
  };

  /** A button that pressed itself disabled (no matches left) would drop the focus out of the bar. */
  private keepFocus(): void {
    void this.updateComplete.then(() => {
      const active = this.shadowRoot?.activeElement;
      if (!active || (active as HTMLButtonElement).disabled) this.findInput?.focus();
    });
  }

  private readonly close = (): void => {
    emit(this, 'nd-find-close', null);
  };

  private onFindKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (event.altKey && (event.ctrlKey || event.metaKey)) return this.replaceEvery();
    this.step(event.shiftKey ? -1 : 1);
  }

  private onReplaceKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (event.altKey && (event.ctrlKey || event.metaKey)) this.replaceEvery();
    else this.replaceOne();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-find-bar': NdFindBar;
  }
  interface GlobalEventHandlersEventMap {
    'nd-find-close': CustomEvent<null>;
  }
}
