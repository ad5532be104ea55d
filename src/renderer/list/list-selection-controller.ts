/**
 * ListSelectionController: checking rows of <nd-article-list> for a batch
 * action (export), as a Lit reactive controller over a ListSelection. It turns
 * the selection gestures into changes: Ctrl/Cmd+click or Space toggles a row,
 * Shift+click or Shift+Space checks a range, Ctrl/Cmd+A checks every row,
 * Escape clears. After every change it sets the host's `selecting` attribute
 * and fires `nd-selection-change` from the host with the checked ids in list order.
 * It renders the bar that says how many are checked (styles: list-selection.styles.ts).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

import { emit } from '../ui/emit';
import { MOD_KEY_LABEL } from '../ui/format';
import { ListSelection } from './list-selection';

export interface ListSelectionOptions {
  /** The rows' ids, in the order shown. */
  rowIds: () => readonly string[];
  /** The open article's id: where a Shift range starts when no row was toggled yet. */
  openId: () => string | null;
  /** "Export selected…" was pressed. */
  exportSelected: (ids: string[]) => void;
}

export class ListSelectionController implements ReactiveController {
  private readonly selection = new ListSelection();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ListSelectionOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.host.toggleAttribute('selecting', this.size > 0);
  }

  get size(): number {
    return this.selection.size;
  }

  has(id: string): boolean {
    return this.selection.has(id);
  }

  /** The checked rows' ids, in list order. */
  get ids(): string[] {
    return this.selection.idsIn(this.options.rowIds());
  }

  /** Unchecks every row. */
  clear(): void {
    if (this.size === 0) return;
    this.selection.clear();
    this.changed();
  }

  /** Forgets rows no longer shown (after a search or a delete). */
  retainShown(): void {
    if (this.selection.retain(this.options.rowIds())) this.changed();
  }

  /** A click on a row: true when it was a selection gesture (Ctrl/Cmd or Shift), false for a plain click that opens. */
  rowClick(event: MouseEvent, id: string): boolean {
    if (event.ctrlKey || event.metaKey) this.selection.toggle(id);
    else if (event.shiftKey) this.extendTo(id);
    else return false;
    this.changed();
    return true;
  }

  /** A click on a row's check box: toggles it, or with Shift checks a range. */
  checkClick(event: MouseEvent, id: string): void {
    if (event.shiftKey) this.extendTo(id);
    else this.selection.toggle(id);
    this.changed();
  }

  /** A key in the list, on the focused row `id` (null when no row has focus); true when it was a selection key. */
  keydown(event: KeyboardEvent, id: string | null): boolean {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      this.selection.checkAll(this.options.rowIds());
      this.changed();
      return true;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || id === null) return false;
    if (event.key === ' ') {
      event.preventDefault();
      if (event.shiftKey) this.extendTo(id);
      else this.selection.toggle(id);
      this.changed();
      return true;
    }
    if (event.key === 'Escape' && this.size > 0) {
      event.preventDefault();
      this.clear();
      return true;
    }
    return false;
  }

  /** The bar that says how many rows are checked and offers "Export selected…" and "Clear"; nothing when none is. */
  renderBar() {
    if (this.size === 0) return nothing;
    return html`<div class="selection-bar" role="region" aria-label="Selection">
      <span class="selection-count" role="status">${this.size} selected</span>
      <button class="button primary selection-export" title="Export the checked articles (${MOD_KEY_LABEL}+E)" @click=${() => this.options.exportSelected(this.ids)}>
        Export selected…
      </button>
      <button class="button quiet" title="Uncheck every article (Escape in the list)" @click=${() => this.clear()}>Clear</button>
    </div>`;
  }

  private extendTo(id: string): void {
    this.selection.extendTo(id, this.options.rowIds(), this.options.openId());
  }

  private changed(): void {
    this.host.requestUpdate();
    this.host.toggleAttribute('selecting', this.size > 0);
    emit(this.host, 'nd-selection-change', { ids: this.ids });
  }
}
