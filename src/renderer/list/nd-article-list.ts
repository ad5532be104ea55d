import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, queryAll, state } from 'lit/decorators.js';
import { ARTICLE_STATUSES, type ArticleSummary } from '../../shared/article';
import { ArticleSearchController, type SearchChangeDetail, type StatusFilter } from './article-search-controller';
import { MOD_KEY_LABEL, STATUS_LABELS, absoluteTime, relativeTime, wordCountLabel } from '../ui/format';
import { ListSelectionController } from './list-selection-controller';
import { articleListStyles } from './nd-article-list.styles';
import { listSelectionStyles } from './list-selection.styles';
import { controlStyles } from '../ui/shared.styles';
import { emit } from '../ui/emit';

export type { SearchChangeDetail, StatusFilter } from './article-search-controller';

/**
 * <nd-article-list>: the desk's article list with search, status filter and trash.
 * Shows what it is given; main does the searching and sorting (article-search-controller.ts).
 *
 * Keyboard: ArrowUp/ArrowDown/Home/End move between rows, Enter opens,
 * Delete (or Backspace) moves the focused article to the trash.
 *
 * Rows can also be checked for a batch action (export), apart from opening one:
 * Ctrl/Cmd+click or Space toggles a row, Shift+click checks a range, Ctrl/Cmd+A
 * checks every row, Escape clears. Checked rows carry aria-checked="true"; a bar
 * says how many and offers "Export selected…" and "Clear" (list-selection-controller.ts).
 *
 * @fires nd-search-change - search text or status filter changed (debounced); detail: { query, status }
 * @fires nd-trash-toggle - the Trash view was switched on or off; detail: { trash }
 * @fires nd-article-select - a row was opened; detail: { id }
 * @fires nd-article-delete - a row asked to go to the trash; detail: { id }
 * @fires nd-article-restore - a trashed row asked to come back; detail: { id }
 * @fires nd-selection-change - the checked rows changed; detail: { ids } (in list order)
 * @fires nd-selection-export - "Export selected…" was pressed; detail: { ids }
 */
@customElement('nd-article-list')
export class NdArticleList extends LitElement {
  static styles = [controlStyles, articleListStyles, listSelectionStyles];

  /** The rows to show, in order. */
  @property({ attribute: false }) articles: ArticleSummary[] = [];
  /** The open article's id, marked as selected. */
  @property({ attribute: false }) selectedId: string | null = null;
  /** True to show the trash. */
  @property({ type: Boolean, reflect: true }) trash = false;
  /** The time relative times are measured from; the host ticks it. */
  @property({ type: Number }) now = Date.now();

  @state() private focusedId: string | null = null;

  @query('input[type="search"]') private searchInput!: HTMLInputElement;
  @queryAll('[role="option"]') private rows!: NodeListOf<HTMLElement>;

  private readonly search = new ArticleSearchController(this, () => this.focusRow(0));
  private readonly selection = new ListSelectionController(this, {
    rowIds: () => this.articles.map((article) => article.id),
    openId: () => this.selectedId,
    exportSelected: (ids) => emit(this, 'nd-selection-export', { ids }),
  });

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

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('articles') && this.focusedId && !this.articles.some((article) => article.id === this.focusedId)) {
      this.focusedId = null;
    }
    if (changed.has('trash') && this.trash && this.selection.size > 0) this.selection.clear();
    else if (changed.has('articles')) this.selection.retainShown();
  }

  render() {
    return html`
      <div class="controls">
        <div class="search-row">
          <label class="search">
            <span class="visually-hidden">Search articles</span>
            <svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="7" cy="7" r="4.5" /><path d="M10.5 10.5 14 14" /></svg>
            <input
              type="search"
              placeholder=${this.trash ? 'Search the trash' : 'Search articles'}
              title="Search (${MOD_KEY_LABEL}+K)"
              aria-keyshortcuts="Control+K Meta+K"
              .value=${this.search.query}
              @input=${this.search.onInput}
              @keydown=${this.search.onKeydown}
            />
            <kbd aria-hidden="true">${MOD_KEY_LABEL} K</kbd>
          </label>
          <button
            class="button trash-toggle"
            aria-pressed=${this.trash ? 'true' : 'false'}
            title=${this.trash ? 'Back to the desk' : 'Show articles moved to the trash'}
            @click=${this.toggleTrash}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5" /></svg>
            Trash
          </button>
        </div>
        <div class="statuses" role="group" aria-label="Filter by status">
          ${(['all', ...ARTICLE_STATUSES] as StatusFilter[]).map(
            (status) => html`<button
              class="chip"
              aria-pressed=${this.search.status === status ? 'true' : 'false'}
              @click=${() => this.search.setStatus(status)}
            >
              ${status === 'all' ? 'All' : STATUS_LABELS[status]}
            </button>`,
          )}
        </div>
      </div>
      ${this.trash ? html`<p class="trash-banner">Trash — articles here are kept until you restore them.</p>` : nothing}
      ${this.trash ? nothing : this.selection.renderBar()}
      ${this.trash ? this.renderTrash() : this.renderDesk()}
    `;
  }

  private renderDesk() {
    if (this.articles.length === 0) return this.renderEmpty();
    const focusedId = this.focusedId ?? this.selectedId ?? this.articles[0].id;
    return html`<div class="rows" role="listbox" aria-label="Articles" @keydown=${this.onListKeydown}>
      ${this.articles.map(
        (article) => html`<div
          role="option"
          class="row"
          data-id=${article.id}
          aria-selected=${article.id === this.selectedId ? 'true' : 'false'}
          aria-checked=${this.selection.has(article.id) ? 'true' : 'false'}
          tabindex=${article.id === focusedId ? '0' : '-1'}
          title="Enter to open · Space or ${MOD_KEY_LABEL}+click to select · Delete to move to the trash"
          @mousedown=${(event: MouseEvent) => event.shiftKey && event.preventDefault()}
          @click=${(event: MouseEvent) => this.onRowClick(event, article.id)}
          @focus=${() => (this.focusedId = article.id)}
        >
          <span class="check" aria-hidden="true" @click=${(event: MouseEvent) => this.onCheckClick(event, article.id)}>
            <svg viewBox="0 0 16 16"><path d="M4 8.5 7 11.5 12 5" /></svg>
          </span>
          ${this.renderSummary(article)}
        </div>`,
      )}
    </div>`;
  }

  private renderTrash() {
    if (this.articles.length === 0) return this.renderEmpty();
    return html`<ul class="rows" aria-label="Trash">
      ${this.articles.map(
        (article) => html`<li class="row trashed" data-id=${article.id}>
          ${this.renderSummary(article)}
          <button class="button restore" @click=${() => emit(this, 'nd-article-restore', { id: article.id })}>
            Restore<span class="visually-hidden"> “${article.headline || 'Untitled article'}”</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private renderSummary(article: ArticleSummary) {
    const when = this.trash && article.deletedAt ? article.deletedAt : article.updatedAt;
    return html`
      <span class="top">
        <span class="headline ${article.headline ? '' : 'untitled'}">${article.headline || 'Untitled article'}</span>
        <time datetime=${when} title=${`${this.trash ? 'Deleted' : 'Changed'} ${absoluteTime(when)}`}>${relativeTime(when, this.now)}</time>
      </span>
      <span class="meta">
        <span class="pill ${article.status}">${STATUS_LABELS[article.status]}</span>
        ${article.dateline ? html`<span class="dateline">${article.dateline}</span>` : nothing}
        <span class="words">${wordCountLabel(article.wordCount)}</span>
      </span>
    `;
  }

  private renderEmpty() {
    const filtered = this.search.filtered;
    const message = this.trash
      ? filtered ? 'Nothing in the trash matches.' : 'The trash is empty.'
      : filtered ? 'No article matches.' : 'No articles yet.';
    const hint = this.trash ? '' : filtered ? 'Try other words or another status.' : `Press ${MOD_KEY_LABEL}+N or import a briefing.`;
    return html`<div class="empty" role="status"><strong>${message}</strong>${hint ? html`<span>${hint}</span>` : nothing}</div>`;
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
    const rows = [...this.rows];
    const index = rows.findIndex((row) => row === this.shadowRoot?.activeElement);
    const id = index === -1 ? null : (rows[index].dataset.id ?? '');
    if (this.selection.keydown(event, id) || event.altKey || event.ctrlKey || event.metaKey || id === null) return;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      this.focusRow(moves[event.key]);
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
    if (this.rows.length === 0) this.focusSearch();
    else this.focusRow(index);
  }

  private focusRow(index: number): void {
    const rows = [...this.rows];
    const row = rows[Math.max(0, Math.min(index, rows.length - 1))];
    row?.focus();
  }

}

interface NdArticleListEvents {
  'nd-search-change': CustomEvent<SearchChangeDetail>;
  'nd-trash-toggle': CustomEvent<{ trash: boolean }>;
  'nd-article-select': CustomEvent<{ id: string }>;
  'nd-article-delete': CustomEvent<{ id: string }>;
  'nd-article-restore': CustomEvent<{ id: string }>;
  'nd-selection-change': CustomEvent<{ ids: string[] }>;
  'nd-selection-export': CustomEvent<{ ids: string[] }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-article-list': NdArticleList;
  }
  interface GlobalEventHandlersEventMap extends NdArticleListEvents {}
}
