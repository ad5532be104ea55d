/**
 * ArticleSearchController: the article list's search text and status filter,
 * as a Lit reactive controller on <nd-article-list>. Every change searches at
 * once: typing, a status chip, Escape clearing the text. Each fires
 * `nd-search-change` from the host with { query, status }; main does the
 * searching, and the list asks only for the latest while one is out
 * (article-rows.ts), so fast typing never queues searches.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/article';
import { emit } from '../ui/emit';
import { MOD_KEY_LABEL, STATUS_LABELS } from '../ui/format';

export type StatusFilter = ArticleStatus | 'all';

export interface SearchChangeDetail {
  query: string;
  status: StatusFilter;
}

export class ArticleSearchController implements ReactiveController {
  query = '';
  status: StatusFilter = 'all';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** ArrowDown in the search box: move the focus to the first row. */
    private readonly toRows: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** True when the search text or the status narrows the list. */
  get filtered(): boolean {
    return this.query.trim() !== '' || this.status !== 'all';
  }

  /** For the search box's `input`. */
  readonly onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.host.requestUpdate();
    this.announce();
  };

  /** For the search box's `keydown`: ArrowDown goes to the rows, Escape clears the text. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' && !event.altKey) {
      event.preventDefault();
      this.toRows();
    } else if (event.key === 'Escape' && this.query !== '') {
      event.preventDefault();
      this.query = '';
      this.host.requestUpdate();
      this.announce();
    }
  };

  /** The search box, the Trash switch and the status chips. */
  renderControls(trash: boolean, toggleTrash: () => void) {
    return html`
      <div class="controls">
        <div class="search-row">
          <label class="search">
            <span class="visually-hidden">Search articles</span>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="7" cy="7" r="4.5" />
              <path d="M10.5 10.5 14 14" />
            </svg>
            <input
              type="search"
              placeholder=${trash ? 'Search the trash' : 'Search articles'}
              title="Search (${MOD_KEY_LABEL}+K)"
              aria-keyshortcuts="Control+K Meta+K"
              .value=${this.query}
              @input=${this.onInput}
              @keydown=${this.onKeydown}
            />
            <kbd aria-hidden="true">${MOD_KEY_LABEL} K</kbd>
          </label>
          <button
            class="button trash-toggle"
            aria-pressed=${trash ? 'true' : 'false'}
            title=${trash ? 'Back to the desk' : 'Show articles moved to the trash'}
            @click=${toggleTrash}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5" /></svg>
            Trash
          </button>
        </div>
        <div class="statuses" role="group" aria-label="Filter by status">
          ${(['all', ...ARTICLE_STATUSES] as StatusFilter[]).map(
            (status) =>
              html`<button class="chip" aria-pressed=${this.status === status ? 'true' : 'false'} @click=${() => this.setStatus(status)}>
                ${status === 'all' ? 'All' : STATUS_LABELS[status]}
              </button>`,
          )}
        </div>
      </div>
    `;
  }

  setStatus(status: StatusFilter): void {
    this.status = status;
    this.host.requestUpdate();
    this.announce();
  }

  private announce(): void {
    const detail: SearchChangeDetail = { query: this.query, status: this.status };
    emit(this.host, 'nd-search-change', detail);
  }
}
