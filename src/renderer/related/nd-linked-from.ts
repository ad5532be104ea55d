import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

import { desk, messageOf } from '../desk';
import { emit } from '../ui/emit';
import { controlStyles, panelSectionStyles } from '../ui/shared.styles';
import { linkedFromStyles } from './nd-linked-from.styles';

/**
 * <nd-linked-from>: the stored stories that link to an article (its
 * backlinks), each a button that opens that story. Reads them from the desk
 * whenever `articleId` or `revision` changes; the host bumps `revision` after
 * a save or anything else that may have changed links.
 *
 * @fires nd-article-open - the user asked to open a linking story; detail: { id }
 */
@customElement('nd-linked-from')
export class NdLinkedFrom extends LitElement {
  static styles = [controlStyles, panelSectionStyles, linkedFromStyles];

  @property({ attribute: false }) articleId: string | null = null;
  /** Any new value reads the backlinks again. */
  @property({ type: Number }) revision = 0;

  @state() private backlinks: { id: string; headline: string }[] = [];
  @state() private error = '';

  private request = 0;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('articleId')) this.backlinks = [];
    if (changed.has('articleId') || changed.has('revision')) void this.load();
  }

  render() {
    return html`<section aria-labelledby="linked-from-title">
      <h2 id="linked-from-title">Linked from</h2>
      ${
        this.backlinks.length > 0
          ? html`<ul aria-labelledby="linked-from-title">
            ${this.backlinks.map(
              (backlink) => html`<li>
                <button class="backlink" @click=${() => this.open(backlink.id)}>${backlink.headline || 'Untitled article'}</button>
              </li>`,
            )}
          </ul>`
          : html`<p class="none">${this.error || 'No stored story links here.'}</p>`
      }
    </section>`;
  }

  private async load(): Promise<void> {
    const request = ++this.request;
    const id = this.articleId;
    if (!id) return;
    try {
      const backlinks = await desk.linkedFrom({ id });
      if (request !== this.request) return;
      this.backlinks = backlinks;
      this.error = '';
    } catch (error) {
      if (request === this.request) this.error = `Couldn't look up the stories linking here: ${messageOf(error)}`;
    }
  }

  private open(id: string): void {
    emit(this, 'nd-article-open', { id });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-linked-from': NdLinkedFrom;
  }
}
