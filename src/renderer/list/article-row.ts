/**
 * One row of the article list, as <nd-article-list> draws it: placed by
 * arithmetic (a translate of index × stride, set through the CSSOM), saying
 * where it is in the whole list (aria-posinset, aria-setsize), showing the
 * headline, change time, status, an embargo badge while one is in force, the
 * dateline, slugline, word count and open notes of its summary, or a
 * quiet placeholder while that summary is on its way (a fast scroll far down a
 * long desk).
 */
import { html, nothing } from 'lit';

import type { ArticleSummary } from '../../shared/article';
import { describeEmbargo, isEmbargoed } from '../../shared/metadata/embargo';
import { emit } from '../ui/emit';
import { absoluteTime, MOD_KEY_LABEL, relativeTime, STATUS_LABELS, wordCountLabel } from '../ui/format';
import { styleProperties } from '../ui/style-properties';

export interface RowContext {
  id: string;
  index: number;
  total: number;
  /** Its summary; undefined until fetched. */
  article: ArticleSummary | undefined;
  stride: number;
  now: number;
}

export interface DeskRowState {
  tabbable: boolean;
  /** The open article. */
  selected: boolean;
  /** Checked for a batch action. */
  checked: boolean;
  click: (event: MouseEvent) => void;
  checkClick: (event: MouseEvent) => void;
  focus: () => void;
}

const place = (row: RowContext) => styleProperties({ transform: `translateY(${row.index * row.stride}px)` });

/** A row of the desk's listbox. */
export function renderDeskRow(row: RowContext, state: DeskRowState) {
  return html`<div
    role="option"
    class="row"
    data-id=${row.id}
    data-index=${row.index}
    style=${place(row)}
    aria-posinset=${row.index + 1}
    aria-setsize=${row.total}
    aria-selected=${state.selected ? 'true' : 'false'}
    aria-checked=${state.checked ? 'true' : 'false'}
    aria-busy=${row.article ? 'false' : 'true'}
    tabindex=${state.tabbable ? '0' : '-1'}
    title="Enter to open · Space or ${MOD_KEY_LABEL}+click to select · Delete to move to the trash"
    @mousedown=${(event: MouseEvent) => event.shiftKey && event.preventDefault()}
    @click=${state.click}
    @focus=${state.focus}
  >
    <span class="check" aria-hidden="true" @click=${state.checkClick}>
      <svg viewBox="0 0 16 16"><path d="M4 8.5 7 11.5 12 5" /></svg>
    </span>
    ${row.article ? renderArticleSummary(row.article, row.now, false) : renderRowPlaceholder()}
  </div>`;
}

/** A row of the trash, with its Restore button. */
/** A row of the Trash: Preview and Restore fire `nd-article-preview` / `nd-article-restore` from `list`. */
export function renderTrashRow(row: RowContext, list: EventTarget) {
  const restore = () => emit(list, 'nd-article-restore', { id: row.id });
  const preview = () => emit(list, 'nd-article-preview', { id: row.id });
  return html`<div
    role="listitem"
    class="row trashed"
    data-id=${row.id}
    style=${place(row)}
    aria-posinset=${row.index + 1}
    aria-setsize=${row.total}
  >
    ${row.article ? renderArticleSummary(row.article, row.now, true) : renderRowPlaceholder()}
    <span class="trash-actions">
    <button class="button quiet preview" ?disabled=${!row.article} @click=${preview}>
      Preview<span class="visually-hidden"> “${row.article?.headline || 'Untitled article'}”</span>
    </button>
    <button class="button restore" ?disabled=${!row.article} @click=${restore}>
      Restore<span class="visually-hidden"> “${row.article?.headline || 'Untitled article'}”</span>
    </button>
    </span>
  </div>`;
}

/** The inside of a row for `article`; in the trash the time shown is when it was deleted. */
export function renderArticleSummary(article: ArticleSummary, now: number, trash: boolean) {
  const when = trash && article.deletedAt ? article.deletedAt : article.updatedAt;
  return html`
    <span class="top">
      <span class="headline ${article.headline ? '' : 'untitled'}">${article.headline || 'Untitled article'}</span>
      <time datetime=${when} title=${`${trash ? 'Deleted' : 'Changed'} ${absoluteTime(when)}`}>${relativeTime(when, now)}</time>
    </span>
    <span class="meta">
      <span class="pill ${article.status}">${STATUS_LABELS[article.status]}</span>
      ${
        !trash && article.embargo && isEmbargoed(article.embargo, new Date(now))
          ? html`<span class="embargo" title=${`Under embargo until ${describeEmbargo(article.embargo)}`}>Embargoed</span>`
          : nothing
      }
      ${article.dateline ? html`<span class="dateline">${article.dateline}</span>` : nothing}
      ${article.slugline ? html`<span class="slugline">${article.slugline}</span>` : nothing}
      ${article.openNotes ? html`<span class="open-notes">${article.openNotes === 1 ? '1 open note' : `${article.openNotes} open notes`}</span>` : nothing}
      <span class="words">${wordCountLabel(article.wordCount)}</span>
    </span>
  `;
}

/** The inside of a row whose summary has not arrived yet. */
export function renderRowPlaceholder() {
  return html`<span class="top"><span class="headline loading">Loading…</span></span>`;
}

/** What an empty list says: nothing yet, nothing matching, or an empty trash. */
export function renderEmptyList(trash: boolean, filtered: boolean) {
  const message = trash
    ? filtered
      ? 'Nothing in the trash matches.'
      : 'The trash is empty.'
    : filtered
      ? 'No article matches.'
      : 'No articles yet.';
  const hint = trash ? '' : filtered ? 'Try other words or another status.' : `Press ${MOD_KEY_LABEL}+N or import a briefing.`;
  return html`<div class="empty" role="status"><strong>${message}</strong>${hint ? html`<span>${hint}</span>` : nothing}</div>`;
}
