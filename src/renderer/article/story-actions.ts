/**
 * The story's own actions at the right of the editor's bar: its workflow
 * status (a select, coloured by status) and Move to trash.
 */
import { html } from 'lit';
import { live } from 'lit/directives/live.js';

import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/article';
import { STATUS_LABELS } from '../ui/format';

export interface StoryActionsContext {
  status: ArticleStatus;
  /** Why the story cannot be published now (an embargo), shown on the disabled option; null when it can. */
  publishRefusal: string | null;
  changeStatus(event: Event): void;
  trash(): void;
}

export function renderStoryActions(context: StoryActionsContext) {
  return html`<label class="status ${context.status}">
    <span class="visually-hidden">Status</span>
    <span class="status-dot" aria-hidden="true"></span>
    <select aria-label="Status" .value=${live(context.status)} @change=${context.changeStatus}>
      ${ARTICLE_STATUSES.map((status) => {
        const refused = status === 'published' && context.publishRefusal !== null && context.status !== 'published';
        return html`<option value=${status} ?selected=${status === context.status} ?disabled=${refused} title=${refused ? (context.publishRefusal ?? '') : ''}>
          ${STATUS_LABELS[status]}${refused ? ' (under embargo)' : ''}
        </option>`;
      })}
    </select>
  </label>
  <button
    class="button quiet danger trash"
    aria-label="Move to trash"
    title="Move to trash (Delete on a focused list row; Undo in the notice)"
    @click=${context.trash}
  >
    <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5" /></svg>
  </button>`;
}
