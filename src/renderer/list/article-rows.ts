/**
 * ArticleRows: what the article list shows, for a desk of any size. It holds
 * the ids of every row of the current view (search text, status filter, desk or
 * trash) in order, and the summaries of the rows that have been looked at;
 * summaries of rows scrolled to are fetched in batches (`want`).
 *
 * Contract:
 * - `load(view, offset)` asks for the view once; while a load is out, newer
 *   views wait and only the latest is asked next (typing never queues searches).
 * - `saved(summary)` patches the row of an article the editor just stored and
 *   re-sorts locally: the list is ordered by last change, so the saved story
 *   goes to the top; it leaves the view when it no longer passes the status
 *   filter, and joins it when it does (with no search text: a search's matches
 *   are main's to decide). Nothing is fetched.
 * - Fires `change` whenever ids or summaries change.
 */
import type { ArticleSummary } from '../../shared/article';
import type { ArticlePage } from '../../shared/ipc/article-page';
import type { StatusFilter } from './article-search-controller';

export interface ListView {
  query: string;
  status: StatusFilter;
  trash: boolean;
}

export interface RowSource {
  page(view: ListView, offset: number, limit: number): Promise<ArticlePage>;
  rows(ids: string[]): Promise<ArticleSummary[]>;
}

/** Summaries fetched at once: a screenful or two. */
const BATCH = 60;

export class ArticleRows extends EventTarget {
  /** Every row of the view, in order. */
  ids: readonly string[] = [];
  /** The view `ids` belong to. */
  view: ListView = { query: '', status: 'all', trash: false };

  private summaries = new Map<string, ArticleSummary>();
  private readonly asked = new Set<string>();
  private positions: Map<string, number> | null = null;
  private loading: Promise<void> | null = null;
  private next: { view: ListView; offset: number } | null = null;

  constructor(private readonly source: RowSource) {
    super();
  }

  get total(): number {
    return this.ids.length;
  }

  /** The summary of row `index`, if fetched. */
  at(index: number): ArticleSummary | undefined {
    const id = this.ids[index];
    return id === undefined ? undefined : this.summaries.get(id);
  }

  /** Where `id` is in the view; -1 when it is not in it. */
  indexOf(id: string): number {
    this.positions ??= new Map(this.ids.map((rowId, index) => [rowId, index]));
    return this.positions.get(id) ?? -1;
  }

  /** Loads `view`, with the summaries from row `offset` on. Resolves when the latest view asked for is shown. */
  load(view: ListView, offset = 0): Promise<void> {
    this.next = { view, offset };
    this.loading ??= this.drain().finally(() => (this.loading = null));
    return this.loading;
  }

  /** Fetches the summaries of rows `start`…`end` (exclusive) not fetched yet. */
  want(start: number, end: number): void {
    const missing = this.ids.slice(Math.max(0, start), Math.max(0, end)).filter((id) => !this.summaries.has(id) && !this.asked.has(id));
    for (let at = 0; at < missing.length; at += BATCH) {
      const batch = missing.slice(at, at + BATCH);
      batch.forEach((id) => this.asked.add(id));
      const summaries = this.summaries;
      void this.source
        .rows(batch)
        .then((rows) => {
          if (summaries !== this.summaries) return; // the view changed meanwhile
          rows.forEach((row) => summaries.set(row.id, row));
          this.changed(false);
        })
        .catch(() => undefined) // left unfetched: scrolling back asks again
        .finally(() => batch.forEach((id) => this.asked.delete(id)));
    }
  }

  /** Patches and re-sorts after the editor stored an article (see the contract above). */
  saved(summary: ArticleSummary): void {
    const { view } = this;
    const present = this.indexOf(summary.id) !== -1;
    const passes = !view.trash && !summary.deletedAt && (view.status === 'all' || summary.status === view.status);
    if (present || passes) this.summaries.set(summary.id, summary);
    if (view.trash) return this.changed(false);
    const others = this.ids.filter((id) => id !== summary.id);
    if (passes && (present || view.query.trim() === '')) this.ids = [summary.id, ...others];
    else if (!passes && present) this.ids = others;
    else return this.changed(false);
    this.changed(true);
  }

  private async drain(): Promise<void> {
    while (this.next) {
      const { view, offset } = this.next;
      this.next = null;
      const page = await this.source.page(view, offset, BATCH);
      if (this.next) continue; // a newer view was asked for meanwhile: this answer is stale
      this.view = view;
      this.ids = page.ids;
      this.summaries = new Map(page.rows.map((row) => [row.id, row]));
      this.asked.clear();
      this.changed(true);
    }
  }

  private changed(idsChanged: boolean): void {
    if (idsChanged) this.positions = null;
    this.dispatchEvent(new CustomEvent('change', { detail: { idsChanged } }));
  }
}
