import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';

import { emit } from '../ui/emit';
import { controlStyles } from '../ui/shared.styles';
import { styleProperties } from '../ui/style-properties';
import { renderDeskRow, renderEmptyList, renderTrashRow, type RowContext } from './article-row';
import type { ArticleRows } from './article-rows';
import { ArticleSearchController, type SearchChangeDetail } from './article-search-controller';
import { rowForKey } from './list-keys';
import { listSelectionStyles } from './list-selection.styles';
import { ListSelectionController } from './list-selection-controller';
import { articleListStyles, DESK_ROWS, TRASH_ROWS } from './nd-article-list.styles';
import { type RowGeometry, rowsPerPage, type RowWindow, rowWindow, scrollToShow } from './row-window';

export type { SearchChangeDetail, StatusFilter } from './article-search-controller';

/**
 * <nd-article-list>: the desk's article list with search, status filter and trash.
 * Shows the rows it is given (an ArticleRows, which fetches summaries as they are
 * needed); main does the searching and sorting (article-search-controller.ts).
 *
 * Virtualized: rows have a fixed height, and only the rows in view (plus a few
 * each side) are in the DOM, absolutely placed in a spacer as tall as the whole
 * list; the focused or tabbable row is always kept, so focus survives scrolling.
 * Rows are keyed by article id. Each option says where it is: aria-posinset and
 * aria-setsize (the view's length), so a screen reader reads "12 of 10,000".
 *
 * Keyboard: ArrowUp/ArrowDown/PageUp/PageDown/Home/End move between rows (scrolling
 * as needed), Enter opens, Delete (or Backspace) moves the focused article to the trash.
 *
 * Rows can also be checked for a batch action (export), apart from opening one:
 * Ctrl/Cmd+click or Space toggles a row, Shift+click checks a range, Ctrl/Cmd+A
 * checks every row, Escape clears. Checked rows carry aria-checked="true"; a bar
 * says how many and offers "Export selected…" and "Clear" (list-selection-controller.ts).
 *
 * @fires nd-search-change - search text or status filter changed; detail: { query, status }
 * @fires nd-trash-toggle - the Trash view was switched on or off; detail: { trash }
 * @fires nd-article-select - a row was opened; detail: { id }
 * @fires nd-article-delete - a row asked to go to the trash; detail: { id }
 * @fires nd-article-restore - a trashed row asked to come back; detail: { id }
 * @fires nd-article-preview - a trashed row asked to be read; detail: { id }
 * @fires nd-selection-change - the checked rows changed; detail: { ids } (in list order)
 * @fires nd-selection-export - "Export selected…" was pressed; detail: { ids }
 */
@customElement('nd-article-list')
export class NdArticleList extends LitElement {
  static styles = [controlStyles, articleListStyles, listSelectionStyles];

  /** The rows to show, in order; the list redraws when they fire `change`. */
  @property({ attribute: false }) rows: ArticleRows | null = null;
  /** The open article's id, marked as selected. */
  @property({ attribute: false }) selectedId: string | null = null;
  /** True to show the trash. */
  @property({ type: Boolean, reflect: true }) trash = false;
  /** The time relative times are measured from; the host ticks it. */
  @property({ type: Number }) now = Date.now();

  @state() private focusedId: string | null = null;
  @state() private window: RowWindow = { start: 0, end: 0 };

  @query('input[type="search"]') private searchInput!: HTMLInputElement;
  @query('.rows') private scroller?: HTMLElement;

  private readonly search = new ArticleSearchController(this, () => void this.focusRow(0));
  private readonly selection = new ListSelectionController(this, {
    rowIds: () => this.rows?.ids ?? [],
    openId: () => this.selectedId,
    exportSelected: (ids) => emit(this, 'nd-selection-export', { ids }),
  });
  private readonly resizes = new ResizeObserver(() => this.measureWindow());
  private observed: Element | null = null;

  /** The checked rows' ids, in list order. */
  get selectedIds(): string[] {
    return this.selection.ids;
  }

  /** Unchecks every row. */
  clearSelection(): void {
    this.selection.clear();
  }

  /** Moves focus to the search box and selects its text. */
  focusSearch(): void {
    this.searchInput.focus();
    this.searchInput.select();
  }

  /** The first row in view (to keep the place when the list is loaded again). */
  get firstVisibleRow(): number {
    return this.scroller ? rowWindow(this.scroller.scrollTop, 0, this.rows?.total ?? 0, this.geometry).start : 0;
  }

  /** The view last drawn: a new search, filter or view starts at the top. */
  private drawnView = '';

  private readonly onRowsChange = (event: Event) => {
    if ((event as CustomEvent<{ idsChanged: boolean }>).detail.idsChanged) {
      const view = this.rows ? JSON.stringify(this.rows.view) : '';
      if (view !== this.drawnView && this.scroller) this.scroller.scrollTop = 0;
      this.drawnView = view;
      if (this.focusedId && this.rows?.indexOf(this.focusedId) === -1) this.focusedId = null;
      this.selection.retainShown();
      this.measureWindow();
    }
    this.requestUpdate();
  };

  private get geometry(): RowGeometry {
    return this.trash ? TRASH_ROWS : DESK_ROWS;
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
    this.observed = null;
    this.rows?.removeEventListener('change', this.onRowsChange);
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rows')) {
      (changed.get('rows') as ArticleRows | null | undefined)?.removeEventListener('change', this.onRowsChange);
      this.rows?.addEventListener('change', this.onRowsChange);
    }
    if (changed.has('trash') && this.trash && this.selection.size > 0) this.selection.clear();
  }

  protected updated(): void {
    if (this.scroller !== this.observed) {
      this.resizes.disconnect();
      this.observed = this.scroller ?? null;
      if (this.observed) this.resizes.observe(this.observed);
    }
    this.measureWindow();
    this.rows?.want(this.window.start, this.window.end);
  }

  /** Recomputes which rows are in view; redraws when that changed. */
  private measureWindow(): void {
    const scroller = this.scroller;
    const next = scroller
      ? rowWindow(scroller.scrollTop, scroller.clientHeight, this.rows?.total ?? 0, this.geometry)
      : { start: 0, end: 0 };
    if (next.start !== this.window.start || next.end !== this.window.end) this.window = next;
  }

  render() {
    return html`
      ${this.search.renderControls(this.trash, () => this.toggleTrash())}
      ${this.trash ? html`<p class="trash-banner">Trash — articles here are kept until you restore them.</p>` : nothing}
      ${this.trash ? nothing : this.selection.renderBar()} ${this.renderRows()}
    `;
  }

  /**
   * The rows to draw, in list order: those in view, and the tabbable one wherever it is (it may
   * hold focus). The order never changes for a kept row, so it is never moved in the DOM (moving
   * a focused element blurs it).
   */
  private drawnIndexes(tabbable: number): number[] {
    const indexes: number[] = [];
    const outside = tabbable !== -1 && (tabbable < this.window.start || tabbable >= this.window.end);
    if (outside && tabbable < this.window.start) indexes.push(tabbable);
    for (let index = this.window.start; index < this.window.end; index += 1) indexes.push(index);
    if (outside && tabbable >= this.window.end) indexes.push(tabbable);
    return indexes;
  }

  private renderRows() {
    const rows = this.rows;
    if (!rows || rows.total === 0) return renderEmptyList(this.trash, this.search.filtered);
    const ids = rows.ids;
    const focusedIndex = this.focusedId ? rows.indexOf(this.focusedId) : -1;
    const selectedIndex = this.selectedId ? rows.indexOf(this.selectedId) : -1;
    const tabbable = this.trash ? -1 : focusedIndex !== -1 ? focusedIndex : selectedIndex !== -1 ? selectedIndex : 0;
    const { stride, top } = this.geometry;
    const spacer = styleProperties({ height: `${rows.total * stride}px` });
    const drawn = repeat(
      this.drawnIndexes(tabbable),
      (index) => ids[index],
      (index) => (this.trash ? this.renderTrashRow(index) : this.renderDeskRow(index, index === tabbable)),
    );
    const place = styleProperties({ top: `${top}px` });
    if (this.trash) {
      return html`<div class="rows" role="list" aria-label="Trash" @scroll=${this.measureWindow}>
        <div class="spacer" role="presentation" style=${spacer}><div class="placed" role="presentation" style=${place}>${drawn}</div></div>
      </div>`;
    }
    return html`<div
      class="rows"
      role="listbox"
      aria-label="Articles"
      aria-multiselectable="true"
      @scroll=${this.measureWindow}
      @keydown=${this.onListKeydown}
    >
      <div class="spacer" role="presentation" style=${spacer}><div class="placed" role="presentation" style=${place}>${drawn}</div></div>
    </div>`;
  }

  /** What a drawn row needs of the list: where it is, what it shows, and what its gestures do. */
  private rowContext(index: number): RowContext {
    const rows = this.rows!;
    return { id: rows.ids[index], index, total: rows.total, article: rows.at(index), stride: this.geometry.stride, now: this.now };
  }

  private renderDeskRow(index: number, tabbable: boolean) {
    const row = this.rowContext(index);
    return renderDeskRow(row, {
      tabbable,
      selected: row.id === this.selectedId,
      checked: this.selection.has(row.id),
      click: (event) => this.onRowClick(event, row.id),
      checkClick: (event) => this.onCheckClick(event, row.id),
      focus: () => (this.focusedId = row.id),
    });
  }

  private renderTrashRow(index: number) {
    return renderTrashRow(this.rowContext(index), this);
  }

  private toggleTrash(): void {
    emit(this, 'nd-trash-toggle', { trash: !this.trash });
  }

  private select(id: string): void {
    this.focusedId = id;
    emit(this, 'nd-article-select', { id });
  }

  private onRowClick(event: MouseEvent, id: string): void {
    this.focusedId = id;
    if (!this.selection.rowClick(event, id)) this.select(id);
  }

  private onCheckClick(event: MouseEvent, id: string): void {
    event.stopPropagation();
    this.focusedId = id;
    this.selection.checkClick(event, id);
  }

  /** Moving, opening and trashing; the selection keys (Space, Escape, Ctrl/Cmd+A) are the selection's. */
  private onListKeydown(event: KeyboardEvent): void {
    const active = this.shadowRoot?.activeElement as HTMLElement | null;
    const id = active?.getAttribute('role') === 'option' ? (active.dataset.id ?? null) : null;
    if (this.selection.keydown(event, id) || event.altKey || event.ctrlKey || event.metaKey || id === null || !this.rows) return;
    const page = rowsPerPage(this.scroller?.clientHeight ?? 0, this.geometry);
    const target = rowForKey(event.key, this.rows.indexOf(id), this.rows.total, page);
    if (target !== null) {
      event.preventDefault();
      void this.focusRow(target);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.select(id);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      emit(this, 'nd-article-delete', { id });
    }
  }

  /** Focuses the row at `index` (the last one when fewer are shown); the list's search box when it is empty. */
  focusRowAt(index: number): void {
    if (!this.rows || this.rows.total === 0) this.focusSearch();
    else void this.focusRow(index);
  }

  /** Scrolls row `index` (clamped) into view, draws it and focuses it. */
  private async focusRow(index: number): Promise<void> {
    const rows = this.rows;
    const scroller = this.scroller;
    if (!rows || rows.total === 0 || !scroller) return;
    const target = Math.max(0, Math.min(index, rows.total - 1));
    this.focusedId = rows.ids[target];
    scroller.scrollTop = scrollToShow(target, scroller.scrollTop, scroller.clientHeight, this.geometry);
    this.measureWindow();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[role="option"][data-index="${target}"]`)?.focus();
  }
}

interface NdArticleListEvents {
  'nd-search-change': CustomEvent<SearchChangeDetail>;
  'nd-trash-toggle': CustomEvent<{ trash: boolean }>;
  'nd-article-select': CustomEvent<{ id: string }>;
  'nd-article-delete': CustomEvent<{ id: string }>;
  'nd-article-restore': CustomEvent<{ id: string }>;
  'nd-article-preview': CustomEvent<{ id: string }>;
  'nd-selection-change': CustomEvent<{ ids: string[] }>;
  'nd-selection-export': CustomEvent<{ ids: string[] }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-article-list': NdArticleList;
  }
  interface GlobalEventHandlersEventMap extends NdArticleListEvents {}
}
