import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

import type { Article } from '../../shared/article';
import { bodyToHtml } from '../../shared/export/body-html';
import { emit } from '../ui/emit';
import { absoluteTime } from '../ui/format';
import { controlStyles } from '../ui/shared.styles';
import { trashViewStyles } from './nd-trash-view.styles';

/**
 * <nd-trash-view>: the editor pane while the Trash is shown. With a story
 * picked (Preview in its row), that story read-only — headline, dateline,
 * byline, text — with Restore; otherwise how many stories wait in the trash
 * and Empty trash. The text is the desk's own HTML of the stored body
 * (every character escaped by body-html.ts), never the file's markup.
 *
 * @fires nd-article-restore - Restore on the previewed story; detail: { id }
 * @fires nd-trash-empty - the person asked to empty the trash (the host confirms); detail: undefined
 */
@customElement('nd-trash-view')
export class NdTrashView extends LitElement {
  static styles = [controlStyles, trashViewStyles];

  @property({ attribute: false }) article: Article | null = null;
  /** Stories in the trash. */
  @property({ type: Number }) count = 0;

  render() {
    const article = this.article;
    if (!article) {
      return html`<div class="empty" role="status">
        <p class="title">${this.count === 0 ? 'No stories to preview.' : `${this.count} ${this.count === 1 ? 'story' : 'stories'} in the trash.`}</p>
        <p class="hint">Preview one from the list to read it before you restore it.</p>
        ${this.count > 0 ? html`<button class="button danger-solid" @click=${() => emit(this, 'nd-trash-empty', undefined)}>Empty trash…</button>` : nothing}
      </div>`;
    }
    return html`<article class="preview" aria-label="Preview of a story in the trash">
      <p class="banner">
        In the trash since ${absoluteTime(article.deletedAt ?? article.updatedAt)} — read only.
        <button class="button small primary" @click=${() => emit(this, 'nd-article-restore', { id: article.id })}>Restore to edit it</button>
      </p>
      <h1>${article.headline || 'Untitled article'}</h1>
      <p class="fields">${article.dateline ? html`<span class="dateline">${article.dateline}</span>` : nothing} ${article.byline}</p>
      <div class="body">${unsafeHTML(bodyToHtml(article.body, new Map()))}</div>
    </article>`;
  }
}

interface NdTrashViewEvents {
  'nd-trash-empty': CustomEvent<undefined>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-trash-view': NdTrashView;
  }
  interface GlobalEventHandlersEventMap extends NdTrashViewEvents {}
}
