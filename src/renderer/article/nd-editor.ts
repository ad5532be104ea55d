import '../related/nd-related-panel';
import './nd-article-aside';
import './nd-toolbar';
import '../revising/nd-length-meter';

import type { Editor } from '@tiptap/core';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';

import { type Article, ARTICLE_STATUSES, type ArticleFields, type ArticleStatus, type NodeJson } from '../../shared/article';
import { isWholeBriefing } from '../../shared/briefing-parser';
import type { RelatedLink } from '../../shared/related-link';
import { desk } from '../desk';
import { bodyStyles } from '../editor/body.styles';
import { createEditor } from '../editor/create-editor';
import type { NdRelatedPanel } from '../related/nd-related-panel';
import { RevisingTools } from '../revising/revising-tools';
import { revisingStyles } from '../revising/revising-tools.styles';
import { speakerHueStyles, speakerSpanStyles } from '../speakers/speaker-hue.styles';
import { SpeakerTools } from '../speakers/speaker-tools';
import { emit } from '../ui/emit';
import { STATUS_LABELS } from '../ui/format';
import { controlStyles } from '../ui/shared.styles';
import { ArticleSaver } from './article-saver';
import { bodyExtensions } from './body-extensions';
import { renderEmptyState } from './empty-state';
import { editorStyles } from './nd-editor.styles';

/**
 * <nd-editor>: edits one article: headline, dateline, byline, status, the
 * Tiptap body, and its related stories (<nd-related-panel>, whose nd-article-open
 * bubbles out for nd-app to open that article). Saves by itself (ArticleSaver)
 * about half a second after typing stops; the host element carries
 * `data-save-state` = idle | pending | saving | saved | error for anyone to wait on.
 *
 * Setting `article` (a new object) reloads every field and starts a fresh undo history.
 * With no article it shows the empty state.
 *
 * @fires nd-article-save - an edit was stored; detail: { article } (the stored article)
 * @fires nd-article-delete - the user asked to move this article to the trash; detail: { id }
 * @fires nd-briefing-paste - a whole briefing was pasted into this empty article; detail: { text, intoId }
 * @fires nd-article-reload - a speaker merge rewrote the stored article; reopen it; detail: { id }
 * @fires nd-paste-refuse - a paste was too large to take and was refused (nothing changed); detail: { characters }
 */
@customElement('nd-editor')
export class NdEditor extends LitElement {
  static styles = [controlStyles, editorStyles, bodyStyles, speakerHueStyles, speakerSpanStyles, revisingStyles];

  /** The article to edit, as loaded from the desk; null shows the empty state. */
  @property({ attribute: false }) article: Article | null = null;

  @state() private headline = '';
  @state() private dateline = '';
  @state() private byline = '';
  @state() private status: ArticleStatus = 'draft';
  @state() private wordCount = 0;
  @state() private editor: Editor | null = null;
  /** Bumped to have the speakers panel suggest attributions. */
  @state() private suggestRequest = 0;

  @query('.body') private bodyElement?: HTMLElement;
  @query('.headline') private headlineInput?: HTMLInputElement;
  @query('nd-related-panel') private relatedPanel?: NdRelatedPanel;

  /** The article as last stored: `article`, then what each save returned (main may resolve links on save). */
  @state() private stored: Article | null = null;

  private readonly saver = new ArticleSaver(this, {
    save: (id, fields) => desk.updateArticle({ id, fields }),
    onSaved: (article) => {
      if (article.id === this.article?.id) this.stored = article;
      emit(this, 'nd-article-save', { article });
    },
  });

  /** The registry, the tag picker and speaker merges (speaker-tools.ts). */
  private readonly speakers = new SpeakerTools(this, {
    editor: () => this.editor,
    flush: () => this.flush(),
    articleId: () => this.article?.id,
    reload: (id) => emit(this, 'nd-article-reload', { id }),
  });

  /** Find/replace, history, spellcheck and the published-story guard (revising-tools.ts). */
  private readonly revising = new RevisingTools(this, {
    editor: () => this.editor,
    article: () => this.stored,
    flush: () => this.flush(),
    isPublished: () => this.status === 'published',
    reopen: () => {
      this.status = 'editing';
      this.saver.change({ status: 'editing' });
    },
    restored: (article) => emit(this, 'nd-article-reload', { id: article.id }),
  });

  /** Runs the attribution detector on the body and lists its suggestions in the speakers panel. */
  suggestAttributions(): void {
    this.suggestRequest += 1;
  }

  /** Saves pending edits now; resolves true when everything is stored. */
  flush(): Promise<boolean> {
    return this.saver.flush();
  }

  /** True while edits are waiting, being sent, or failed to save. */
  get hasUnsavedChanges(): boolean {
    return this.saver.hasUnsavedChanges;
  }

  focusHeadline(): void {
    this.headlineInput?.focus();
  }

  /** Re-reads the related links after main changed them (a linked article was trashed or restored). */
  refreshRelated(): Promise<void> {
    return this.relatedPanel?.reload() ?? Promise.resolve();
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('article')) return;
    const article = this.article;
    this.saver.open(article?.id ?? null);
    this.stored = article;
    this.headline = article?.headline ?? '';
    this.dateline = article?.dateline ?? '';
    this.byline = article?.byline ?? '';
    this.status = article?.status ?? 'draft';
    this.wordCount = article?.wordCount ?? 0;
  }

  protected updated(changed: PropertyValues<this>): void {
    this.dataset.saveState = this.saver.state;
    if (changed.has('article')) this.mountEditor();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.destroy();
    this.editor = null;
  }

  render() {
    if (!this.article) return renderEmptyState();
    return html`
      <header class="bar">
        <nd-toolbar .editor=${this.editor}></nd-toolbar>
        <span class="spacer"></span>
        ${this.revising.renderButtons()}
        <label class="status ${this.status}">
          <span class="visually-hidden">Status</span>
          <span class="status-dot" aria-hidden="true"></span>
          <select aria-label="Status" .value=${live(this.status)} @change=${this.onStatusChange}>
            ${ARTICLE_STATUSES.map((status) => html`<option value=${status} ?selected=${status === this.status}>${STATUS_LABELS[status]}</option>`)}
          </select>
        </label>
        <button
          class="button quiet danger trash"
          aria-label="Move to trash"
          title="Move to trash (Delete on a focused list row; Undo in the notice)"
          @click=${() => emit(this, 'nd-article-delete', { id: this.article?.id ?? '' })}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5" /></svg>
        </button>
      </header>
      ${this.revising.renderFindBar()}
      <div class="workspace">
        <div class="scroll">
          <article class="page">
            <input
              class="headline"
              aria-label="Headline"
              placeholder="Headline"
              maxlength="500"
              autocomplete="off"
              .value=${live(this.headline)}
              @input=${(event: Event) => this.onField('headline', event)}
              @paste=${this.onHeadlinePaste}
            />
            <div class="fields">
              <label class="field dateline">
                <span>Dateline</span>
                <input
                  placeholder="CITY, Month D"
                  maxlength="200"
                  autocomplete="off"
                  .value=${live(this.dateline)}
                  @input=${(event: Event) => this.onField('dateline', event)}
                />
              </label>
              <label class="field byline">
                <span>Byline</span>
                <input
                  placeholder="By …"
                  maxlength="200"
                  autocomplete="off"
                  .value=${live(this.byline)}
                  @input=${(event: Event) => this.onField('byline', event)}
                />
              </label>
            </div>
            <div class="body"></div>
          </article>
        </div>
        <nd-article-aside
          .editor=${this.editor}
          .registry=${this.speakers.registry}
          .suggestRequest=${this.suggestRequest}
          @nd-speaker-merge=${this.speakers.onMerge}
        >
          <nd-related-panel slot="related" .article=${this.stored} @nd-related-change=${this.onRelatedChange}></nd-related-panel>
        </nd-article-aside>
      </div>
      <footer class="statusbar">
        <nd-length-meter
          .editor=${this.editor}
          .article=${this.article}
          .wordCount=${this.wordCount}
          @nd-target-change=${(event: CustomEvent<{ targetWords: number | null }>) => this.saver.change({ targetWords: event.detail.targetWords })}
        ></nd-length-meter>
        <span class="spacer"></span>
        ${this.saver.renderState()}
      </footer>
      ${this.speakers.renderPicker()} ${this.revising.renderOverlays()}
    `;
  }

  private mountEditor(): void {
    this.editor?.destroy();
    this.editor = null;
    const element = this.bodyElement;
    if (!this.article || !element) return;
    element.replaceChildren();
    const editor = createEditor({
      element,
      content: this.article.body,
      label: 'Body',
      extensions: bodyExtensions({
        placeholder: 'Write the story, or paste a whole briefing into this empty article…',
        onBriefing: (text) => this.takeBriefing(text),
        ...this.speakers.editorOptions(),
        ...this.revising.editorOptions(),
      }),
      onPasteTooLarge: (characters) => emit(this, 'nd-paste-refuse', { characters }),
    });
    this.speakers.attach();
    editor.on('update', ({ editor: updated }) => {
      // Per keystroke only a reference is kept: the body is serialised when the save goes out
      // (the length meter counts words after a pause).
      const doc = updated.state.doc;
      this.saver.changeBody(() => doc.toJSON() as NodeJson);
    });
    this.editor = editor;
  }

  private onField(name: 'headline' | 'dateline' | 'byline', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this[name] = value;
    this.saver.change({ [name]: value } satisfies ArticleFields);
  }

  /** Link edits are discrete actions, so they are stored at once rather than after the typing pause. */
  private onRelatedChange(event: CustomEvent<{ related: RelatedLink[] }>): void {
    this.saver.change({ related: event.detail.related });
    void this.saver.flush();
  }

  private onStatusChange(event: Event): void {
    this.status = (event.target as HTMLSelectElement).value as ArticleStatus;
    this.saver.change({ status: this.status });
  }

  private onHeadlinePaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (isWholeBriefing(text) && this.takeBriefing(text)) event.preventDefault();
  }

  /** An empty article (no headline, empty body) takes a pasted briefing whole. */
  private takeBriefing(text: string): boolean {
    const article = this.article;
    if (!article || this.headline.trim() !== '' || (this.editor && !this.editor.isEmpty)) return false;
    emit(this, 'nd-briefing-paste', { text, intoId: article.id });
    return true;
  }
}

interface NdEditorEvents {
  'nd-article-save': CustomEvent<{ article: Article }>;
  'nd-article-delete': CustomEvent<{ id: string }>;
  'nd-briefing-paste': CustomEvent<{ text: string; intoId: string }>;
  'nd-article-reload': CustomEvent<{ id: string }>;
  'nd-paste-refuse': CustomEvent<{ characters: number }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-editor': NdEditor;
  }
  interface GlobalEventHandlersEventMap extends NdEditorEvents {}
}
