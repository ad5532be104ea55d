/**
 * RecoveredEditController: when an article opens, asks main whether edits of
 * it were kept because the disk refused them (the recovery journal), and
 * offers them back in a banner above the story: Restore puts them in the
 * editor and saves them; Discard forgets them. Drawn by <nd-editor>, which it
 * asks to redraw.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';

import type { Article, ArticleFields } from '../../shared/article';
import type { RecoveredEdit } from '../../shared/ipc/api';
import { desk, messageOf } from '../desk';
import { absoluteTime } from '../ui/format';

export interface RecoveredEditOptions {
  /** Puts the kept fields into the editor and saves them. */
  apply: (fields: ArticleFields) => void;
}

export class RecoveredEditController {
  private recovered: RecoveredEdit | null = null;
  private error = '';
  private request = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RecoveredEditOptions,
  ) {}

  /** Looks for kept edits of a newly opened article; only edits newer than its stored copy are offered. */
  async check(article: Article | null): Promise<void> {
    const request = ++this.request;
    this.recovered = null;
    this.error = '';
    this.host.requestUpdate();
    if (!article) return;
    try {
      const recovered = await desk.getRecoveredEdit({ articleId: article.id });
      if (request !== this.request) return;
      if (recovered && recovered.keptAt > article.updatedAt) this.recovered = recovered;
      else if (recovered) await desk.discardRecoveredEdit({ articleId: article.id });
    } catch {
      // No journal to read is no journal: the story opens as stored.
    }
    this.host.requestUpdate();
  }

  render() {
    const recovered = this.recovered;
    if (!recovered) return nothing;
    return html`<div class="recovered" role="alert">
      <p>
        <strong>Unsaved edits from ${absoluteTime(recovered.keptAt)} were kept.</strong>
        The disk refused them then; they are not in the story below.
      </p>
      ${this.error ? html`<p class="error">${this.error}</p>` : nothing}
      <div class="actions">
        <button class="button small primary" @click=${() => this.restore(recovered)}>Restore them</button>
        <button class="button small quiet" @click=${() => void this.discard(recovered)}>Discard</button>
      </div>
    </div>`;
  }

  private restore(recovered: RecoveredEdit): void {
    this.recovered = null;
    this.options.apply(recovered.fields);
    this.host.requestUpdate();
  }

  private async discard(recovered: RecoveredEdit): Promise<void> {
    try {
      await desk.discardRecoveredEdit({ articleId: recovered.articleId });
      this.recovered = null;
    } catch (error) {
      this.error = `Couldn't discard them: ${messageOf(error)}`;
    }
    this.host.requestUpdate();
  }
}
