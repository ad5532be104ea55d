/**
 * ArticleSearchController: the article list's search text and status filter,
 * as a Lit reactive controller on <nd-article-list>. Typing searches after a
 * quiet pause; a status chip, or Escape clearing the text, searches at once.
 * Each search fires `nd-search-change` from the host with { query, status };
 * main does the searching.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ArticleStatus } from '../../shared/article';
import { emit } from '../ui/emit';

export type StatusFilter = ArticleStatus | 'all';

export interface SearchChangeDetail {
  query: string;
  status: StatusFilter;
}

/** Quiet time after the last keystroke in the search box before searching. */
const SEARCH_DELAY_MS = 150;

export class ArticleSearchController implements ReactiveController {
  query = '';
  status: StatusFilter = 'all';

  private timer: ReturnType<typeof setTimeout> | undefined;

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
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.announce(), SEARCH_DELAY_MS);
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

  setStatus(status: StatusFilter): void {
    this.status = status;
    this.host.requestUpdate();
    this.announce();
  }

  private announce(): void {
    clearTimeout(this.timer);
    const detail: SearchChangeDetail = { query: this.query, status: this.status };
    emit(this.host, 'nd-search-change', detail);
  }
}
