/**
 * StoryMetadata: what <nd-editor> does with the story's newsroom metadata:
 * the details panel in the side panel (<nd-metadata-panel>, its edits saved
 * through the editor's saver), the embargo badge beside the status, and the
 * rule the status follows while the story is under embargo (Published is
 * offered disabled, with the reason).
 */
import '../metadata/nd-metadata-panel';

import { html, nothing } from 'lit';

import type { Article, ArticleFields } from '../../shared/article';
import { formatByline } from '../../shared/metadata/bylines';
import { describeEmbargo, type Embargo, isEmbargoed } from '../../shared/metadata/embargo';
import type { DeskSettings } from '../../shared/settings';

export interface StoryMetadataOptions {
  /** The story as last stored. */
  stored(): Article | null;
  settings(): DeskSettings | null;
  /** Saves fields; `now` skips the typing pause. */
  save(fields: ArticleFields, now: boolean): void;
  /** The byline line changed with the people (the masthead shows it). */
  showByline(byline: string): void;
  /** Opens the history on the published version against the current text. */
  comparePublished(): void;
}

export class StoryMetadata {
  constructor(private readonly options: StoryMetadataOptions) {}

  /** The embargo the stored story is under now, or null. */
  embargoInForce(): Embargo | null {
    const embargo = this.options.stored()?.embargo;
    return embargo && isEmbargoed(embargo, new Date()) ? embargo : null;
  }

  /** Why the story cannot take `status` now, or null when it can. */
  statusRefusal(status: string): string | null {
    const embargo = this.embargoInForce();
    return embargo && status === 'published'
      ? `Under embargo until ${describeEmbargo(embargo)}: it cannot be published before then.`
      : null;
  }

  /** The badge beside the status while the story is under embargo. */
  renderBadge() {
    const embargo = this.embargoInForce();
    if (!embargo) return nothing;
    return html`<span class="embargo-badge" role="status" title=${`Under embargo until ${describeEmbargo(embargo)}. It cannot be published before then.`}>
      <svg viewBox="0 0 16 16" aria-hidden="true"><rect x="3.5" y="7" width="9" height="6.5" rx="1.2" /><path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" /></svg>
      Embargoed<span class="visually-hidden"> until ${describeEmbargo(embargo)}</span>
    </span>`;
  }

  renderPanel() {
    const settings = this.options.settings();
    return html`<nd-metadata-panel
      slot="metadata"
      .article=${this.options.stored()}
      .deskLanguage=${settings?.language ?? 'en-GB'}
      .deskTimeZone=${settings?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone}
      @nd-metadata-change=${(event: CustomEvent<{ fields: ArticleFields; now: boolean }>) => this.onChange(event.detail.fields, event.detail.now)}
      @nd-published-compare=${() => this.options.comparePublished()}
    ></nd-metadata-panel>`;
  }

  private onChange(fields: ArticleFields, now: boolean): void {
    if (fields.bylines) this.options.showByline(formatByline(fields.bylines));
    this.options.save(fields, now);
  }
}
