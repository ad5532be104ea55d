import './nd-keyword-field';
import './nd-subject-picker';

import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';

import type { Article, ArticleFields } from '../../shared/article';
import { bodyToPlainText } from '../../shared/body-text';
import { type Correction, GENRE_LABELS, GENRES, type HeadlineVariants } from '../../shared/metadata/article-metadata';
import type { Byline } from '../../shared/metadata/bylines';
import type { Embargo } from '../../shared/metadata/embargo';
import { suggestKeywords } from '../../shared/metadata/keyword-suggestions';
import { suggestSlugline } from '../../shared/metadata/slugline';
import { isLanguageTag } from '../../shared/settings';
import { desk } from '../desk';
import { emit } from '../ui/emit';
import { controlStyles, panelSectionStyles } from '../ui/shared.styles';
import { renderBylines } from './bylines-section';
import { renderCorrections } from './corrections-section';
import { renderEmbargo } from './embargo-section';
import { renderHeadlineVariants } from './headline-variants-section';
import { metadataPanelStyles } from './nd-metadata-panel.styles';
import { type MetadataValues, PendingEdits, valuesOf } from './pending-edits';

const URGENCY_WORDS: Record<number, string> = {
  1: '1 · flash',
  2: '2',
  3: '3 · urgent',
  4: '4',
  5: '5 · normal',
  6: '6',
  7: '7',
  8: '8',
  9: '9 · routine',
};

/**
 * <nd-metadata-panel>: the open story's newsroom metadata, in the side panel:
 * slugline (checked against the desk as it is set, and suggested from the
 * headline), urgency, genre, language (the desk's by default), keywords (with
 * suggestions from the text), IPTC subjects, headline variants with their
 * meters, bylines, the embargo, corrections and the editor's note.
 *
 * Shows `article`, the stored article; edits show at once and go to the host
 * as `nd-metadata-change` (which saves them); a stored copy that arrives
 * before an edit reaches the disk does not undo it (pending-edits.ts).
 *
 * @fires nd-metadata-change - fields were edited; detail: { fields, now } (now: save at once rather than after the typing pause)
 * @fires nd-published-compare - the person asked to see what changed since the story was published; detail: { id }
 */
@customElement('nd-metadata-panel')
export class NdMetadataPanel extends LitElement {
  static styles = [controlStyles, panelSectionStyles, metadataPanelStyles];

  @property({ attribute: false }) article: Article | null = null;
  /** The desk's settings: the language new stories take and the zone embargoes are set in. */
  @property({ attribute: false }) deskLanguage = 'en-GB';
  @property({ attribute: false }) deskTimeZone = 'UTC';

  @state() private values: MetadataValues = valuesOf(null);
  @state() private sluglineError = '';
  @state() private embargoError = '';
  @state() private languageError = '';
  @state() private embargoZone: string | null = null;
  @state() private zonesOffered = false;

  private readonly pending = new PendingEdits();
  private shownId: string | null = null;
  private sluglineCheck = 0;
  /** The slugline last handed to the host for this story. */
  private sentSlugline: string | null = null;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('article')) return;
    const article = this.article;
    if (article?.id !== this.shownId) {
      this.shownId = article?.id ?? null;
      this.pending.clear();
      this.values = valuesOf(article);
      this.sluglineError = this.embargoError = this.languageError = '';
      this.embargoZone = null;
      this.sentSlugline = null;
    } else if (article) {
      this.values = this.pending.merge(valuesOf(article), this.values);
    }
  }

  render() {
    const article = this.article;
    if (!article) return nothing;
    const values = this.values;
    const text = bodyToPlainText(article.body);
    const zone = this.embargoZone ?? values.embargo?.timeZone ?? this.deskTimeZone;
    return html`<section aria-labelledby="metadata-title">
      <h2 id="metadata-title">Story details</h2>
      <div class="grid">
        <label class="stacked slugline">
          <span>Slugline</span>
          <span class="inline">
            <input
              class="field-small"
              aria-label="Slugline"
              aria-invalid=${this.sluglineError ? 'true' : 'false'}
              aria-describedby="slugline-error"
              placeholder=${suggestSlugline(article.headline) || 'ONE-WORD-TAG'}
              maxlength="40"
              autocomplete="off"
              .value=${live(values.slugline)}
              @input=${(event: Event) => this.typeSlugline((event.target as HTMLInputElement).value)}
              @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && void this.setSlugline((event.target as HTMLInputElement).value)}
              @blur=${(event: FocusEvent) => void this.setSlugline((event.target as HTMLInputElement).value)}
            />
            <button
              type="button"
              class="button small quiet suggest"
              aria-label="Suggest a slugline from the headline"
              title="Suggest a slugline from the headline"
              ?disabled=${!suggestSlugline(article.headline)}
              @click=${() => void this.setSlugline(suggestSlugline(article.headline))}
            >
              Suggest
            </button>
          </span>
        </label>
        <label class="stacked">
          <span>Urgency</span>
          <select class="field-small" aria-label="Urgency" @change=${(event: Event) => this.setUrgency((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!values.urgency}>Not set</option>
            ${Object.entries(URGENCY_WORDS).map(([value, label]) => html`<option value=${value} ?selected=${values.urgency === Number(value)}>${label}</option>`)}
          </select>
        </label>
        <label class="stacked">
          <span>Genre</span>
          <select class="field-small" aria-label="Genre" @change=${(event: Event) => this.setGenre((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!values.genre}>Not set</option>
            ${GENRES.map((genre) => html`<option value=${genre} ?selected=${values.genre === genre}>${GENRE_LABELS[genre]}</option>`)}
          </select>
        </label>
        <label class="stacked">
          <span>Language</span>
          <input
            class="field-small"
            aria-label="Language"
            aria-invalid=${this.languageError ? 'true' : 'false'}
            placeholder=${this.deskLanguage}
            maxlength="35"
            autocomplete="off"
            .value=${live(values.language ?? '')}
            @input=${(event: Event) => this.typing({ language: (event.target as HTMLInputElement).value })}
            @change=${(event: Event) => this.setLanguage((event.target as HTMLInputElement).value)}
          />
        </label>
      </div>
      ${this.sluglineError ? html`<p class="error" id="slugline-error" role="alert">${this.sluglineError}</p>` : nothing}
      ${this.languageError ? html`<p class="error" role="alert">${this.languageError}</p>` : nothing}

      <h3>Keywords</h3>
      <nd-keyword-field
        .keywords=${values.keywords}
        .suggestions=${suggestKeywords(text, values.keywords, 6)}
        @nd-keywords-change=${(event: CustomEvent<{ keywords: string[] }>) => this.commit({ keywords: event.detail.keywords }, true)}
      ></nd-keyword-field>

      <h3>Subjects</h3>
      <nd-subject-picker
        .subjects=${values.subjects}
        @nd-subjects-change=${(event: CustomEvent<{ subjects: string[] }>) => this.commit({ subjects: event.detail.subjects }, true)}
      ></nd-subject-picker>

      <h3>Headlines</h3>
      ${renderHeadlineVariants({
        headline: article.headline,
        headlines: values.headlines,
        change: (role, value) => this.commit({ headlines: { ...values.headlines, [role]: value } satisfies HeadlineVariants }, false),
      })}

      <h3>Bylines</h3>
      ${renderBylines({ bylines: values.bylines, change: (bylines) => this.setBylines(bylines), typing: (bylines) => this.typing({ bylines }) })}

      <h3>Embargo</h3>
      ${renderEmbargo({
        embargo: values.embargo,
        deskTimeZone: this.deskTimeZone,
        zone,
        now: new Date(),
        error: this.embargoError,
        change: (embargo) => this.setEmbargo(embargo),
        changeZone: (next) => (this.embargoZone = next),
        zonesOffered: this.zonesOffered,
        offerZones: () => (this.zonesOffered = true),
      })}

      <h3>Corrections</h3>
      ${renderCorrections({
        corrections: values.corrections,
        published: article.status === 'published' || !!article.firstPublishedAt,
        add: (kind, note) =>
          this.commit(
            { corrections: [...values.corrections, { date: new Date().toISOString(), kind, text: note } satisfies Correction] },
            true,
          ),
        remove: (index) => this.commit({ corrections: values.corrections.filter((_, at) => at !== index) }, true),
        comparePublished: () => emit(this, 'nd-published-compare', { id: article.id }),
      })}

      <h3><label for="ednote">Editor's note</label></h3>
      <textarea
        id="ednote"
        class="field-small ednote"
        rows="3"
        maxlength="2000"
        placeholder="For the desk only: never published"
        .value=${live(values.ednote)}
        @input=${(event: Event) => this.commit({ ednote: (event.target as HTMLTextAreaElement).value }, false)}
      ></textarea>
    </section>`;
  }

  /** Shows the edit and hands it to the host. */
  private commit(fields: Partial<MetadataValues>, now: boolean): void {
    this.values = { ...this.values, ...fields };
    this.pending.record(fields);
    emit(this, 'nd-metadata-change', { fields: fields as ArticleFields, now });
  }

  /** Typing in the slugline field supersedes a check still on its way (its answer must not overwrite the typing). */
  private typeSlugline(value: string): void {
    this.sluglineCheck++;
    this.typing({ slugline: value });
  }

  /** Text being typed, not yet committed: a stored copy arriving meanwhile must not put the old text back. */
  private typing(fields: Partial<MetadataValues>): void {
    this.values = { ...this.values, ...fields };
    this.pending.record(fields);
  }

  /** A slugline another story on the desk has is refused here, with its headline, before it is saved. */
  private async setSlugline(raw: string): Promise<void> {
    const slugline = raw.trim().replace(/\s+/g, '-');
    // Enter, then leaving the field, asks twice: the second time nothing changed.
    if (slugline === (this.sentSlugline ?? this.article?.slugline ?? '') && !this.sluglineError) return;
    const check = ++this.sluglineCheck;
    this.values = { ...this.values, slugline };
    if (slugline && !/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(slugline)) {
      this.sluglineError = 'A slugline is letters, digits and hyphens (HARBOUR-STRIKE).';
      return;
    }
    if (slugline) {
      const rows = await desk.listArticles({ query: slugline }).catch(() => []);
      if (check !== this.sluglineCheck) return;
      const holder = rows.find((row) => row.id !== this.article?.id && row.slugline?.toLowerCase() === slugline.toLowerCase());
      if (holder) {
        this.sluglineError = `${slugline} is already the slugline of “${holder.headline || 'Untitled'}”. Choose another: sluglines are unique on the desk.`;
        return;
      }
    }
    this.sluglineError = '';
    this.sentSlugline = slugline;
    this.commit({ slugline }, true);
  }

  private setUrgency(value: string): void {
    this.commit({ urgency: value ? Number(value) : null }, true);
  }

  private setGenre(value: string): void {
    this.commit({ genre: (value || null) as MetadataValues['genre'] }, true);
  }

  private setLanguage(raw: string): void {
    const tag = raw.trim();
    if (tag && !isLanguageTag(tag)) {
      this.languageError = `“${tag}” is not a language tag. Use a BCP 47 tag such as en-GB, fr or pt-BR.`;
      return;
    }
    this.languageError = '';
    this.commit({ language: tag ? (Intl.getCanonicalLocales(tag)[0] ?? tag) : null }, true);
  }

  /** People without a name are kept on screen but not saved until they have one. */
  private setBylines(bylines: Byline[]): void {
    this.values = { ...this.values, bylines };
    this.pending.record({ bylines }); // a row still without a name stays on screen when a stored copy arrives
    const named = bylines.filter((person) => person.name.trim());
    if (JSON.stringify(named) === JSON.stringify(this.article?.bylines ?? []) && named.length !== bylines.length) return;
    emit(this, 'nd-metadata-change', { fields: { bylines: named }, now: true });
  }

  private setEmbargo(embargo: Embargo | null): void {
    this.embargoError = '';
    if (embargo && this.article?.status === 'published') {
      this.embargoError = 'This story is already published, so it cannot be put under embargo. Set it back to Ready first.';
      return;
    }
    this.commit({ embargo }, true);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-metadata-panel': NdMetadataPanel;
  }
  interface GlobalEventHandlersEventMap {
    'nd-metadata-change': CustomEvent<{ fields: ArticleFields; now: boolean }>;
    'nd-published-compare': CustomEvent<{ id: string }>;
  }
}
