import '../related/nd-related-panel';
import './nd-article-aside';
import './nd-toolbar';

import type { Editor } from '@tiptap/core';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

import { type Article, type ArticleFields, type ArticleStatus, type NodeJson } from '../../shared/article';
import { isWholeBriefing } from '../../shared/briefing-parser';
import type { RelatedLink } from '../../shared/related-link';
import type { DeskSettings } from '../../shared/settings';
import { desk } from '../desk';
import { bodyStyles } from '../editor/body.styles';
import { createEditor } from '../editor/create-editor';
import { figureStyles } from '../media/figure.styles';
import { noteAnchorStyles } from '../notes/note-anchor.styles';
import { NotesTools } from '../notes/notes-tools';
import type { NdRelatedPanel } from '../related/nd-related-panel';
import type { NdLengthMeter } from '../revising/nd-length-meter';
import { RevisingTools } from '../revising/revising-tools';
import { revisingStyles } from '../revising/revising-tools.styles';
import { speakerHueStyles, speakerSpanStyles } from '../speakers/speaker-hue.styles';
import { SpeakerTools } from '../speakers/speaker-tools';
import { exemptFromSuggesting } from '../suggestions/suggest-changes';
import { SuggestTools } from '../suggestions/suggest-tools';
import { suggestionStyles } from '../suggestions/suggestions.styles';
import { emit } from '../ui/emit';
import { controlStyles } from '../ui/shared.styles';
import { ArticleSaver } from './article-saver';
import { bodyExtensions } from './body-extensions';
import { renderEmptyState } from './empty-state';
import { editorStyles } from './nd-editor.styles';
import { RecoveredEditController } from './recovered-edit-controller';
import { confirmMoveWithOpenReview, openReviewOf } from './review-guard';
import { SidePanel } from './side-panel';
import { renderStoryActions } from './story-actions';
import { type MastheadField, renderMasthead } from './story-masthead';
import { StoryMetadata } from './story-metadata';
import { renderStatusbar } from './story-statusbar';

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
 * @fires nd-picture-refuse - a picture could not be added (not a picture, too large, not stored); detail: { message }
 */
@customElement('nd-editor')
export class NdEditor extends LitElement {
  static styles = [
    controlStyles,
    editorStyles,
    bodyStyles,
    figureStyles,
    speakerHueStyles,
    speakerSpanStyles,
    revisingStyles,
    suggestionStyles,
    noteAnchorStyles,
  ];

  /** The article to edit, as loaded from the desk; null shows the empty state. */
  @property({ attribute: false }) article: Article | null = null;
  /** Who is editing (the settings' display name; null until they have said): suggestions and notes carry it. */
  @property({ attribute: false }) displayName: string | null = null;
  /** The desk's settings (language and time zone for the story details); null until loaded. */
  @property({ attribute: false }) deskSettings: DeskSettings | null = null;

  @state() private headline = '';
  @state() private dateline = '';
  @state() private byline = '';
  @state() private status: ArticleStatus = 'draft';
  @state() private editor: Editor | null = null;
  /** Bumped to have the speakers panel suggest attributions. */
  @state() private suggestRequest = 0;

  @query('.body') private bodyElement?: HTMLElement;
  @query('.headline') private headlineInput?: HTMLTextAreaElement;
  @query('nd-related-panel') private relatedPanel?: NdRelatedPanel;
  @query('nd-length-meter') private lengthMeter?: NdLengthMeter;

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

  /** Whether the side panel is shown (remembered; Ctrl+Alt+P); the app toggles it from the menu. */
  readonly sidePanel = new SidePanel(this);

  /** Editorial notes: threads saved with the article, the draft being written, the active note (notes-tools.ts). */
  private readonly notes = new NotesTools(this, {
    editor: () => this.editor,
    save: (notes) => this.saver.change({ notes }),
    showPanel: () => this.sidePanel.shown || this.sidePanel.toggle(),
    displayName: () => this.displayName,
  });

  /** Edits the disk refused earlier, offered back when the article opens. */
  private readonly recovery = new RecoveredEditController(this, { apply: (fields) => this.applyFields(fields) });

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
    saveSpellingLanguage: (spellingLanguage) => this.saver.change({ spellingLanguage }),
  });

  /** Suggest mode: the toolbar toggle, the banner, the author suggestions carry (suggest-tools.ts). */
  private readonly suggesting = new SuggestTools(this, { editor: () => this.editor, displayName: () => this.displayName });

  /** Slugline, subjects, embargo, corrections…: the details panel and the embargo's hold on the status (story-metadata.ts). */
  private readonly metadata = new StoryMetadata({
    stored: () => this.stored,
    settings: () => this.deskSettings,
    save: (fields, now) => {
      this.saver.change(fields);
      if (now) void this.saver.flush();
    },
    showByline: (byline) => (this.byline = byline),
    comparePublished: () => void this.flush().then(() => this.revising.comparePublished()),
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
    this.notes.open(article);
    void this.recovery.check(article);
    this.revising.language.open(article);
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
        ${this.suggesting.renderButton()} ${this.notes.renderButton()} ${this.revising.renderButtons()} ${this.sidePanel.renderButton()}
        ${this.metadata.renderBadge()}
        ${renderStoryActions({
          status: this.status,
          publishRefusal: this.metadata.statusRefusal('published'),
          changeStatus: (event) => void this.onStatusChange(event),
          trash: () => emit(this, 'nd-article-delete', { id: this.article?.id ?? '' }),
        })}
      </header>
      ${this.suggesting.renderBanner()} ${this.revising.renderFindBar()}
      <div class="workspace ${this.sidePanel.shown ? '' : 'aside-hidden'}">
      <div class="scroll">
        <article class="page">
          ${this.recovery.render()}
          ${renderMasthead({
            headline: this.headline,
            dateline: this.dateline,
            byline: this.byline,
            change: (field, value) => this.onField(field, value),
            pasteHeadline: (event) => this.onHeadlinePaste(event),
          })}
          <div class="body"></div>
        </article>
      </div>
      <nd-article-aside ?hidden=${!this.sidePanel.shown} .editor=${this.editor} .registry=${this.speakers.registry} .suggestRequest=${this.suggestRequest} @nd-speaker-merge=${this.speakers.onMerge}
        .notes=${this.notes.notes} .noteDraft=${this.notes.draft} .activeNote=${this.notes.activeId} .noteAuthor=${this.notes.author} .noteHint=${this.notes.hint}>
        <nd-related-panel slot="related" .article=${this.stored} @nd-related-change=${this.onRelatedChange}></nd-related-panel>
        ${this.metadata.renderPanel()}
      </nd-article-aside>
      </div>
      ${renderStatusbar({
        editor: this.editor,
        article: this.article,
        changeTarget: (event) => this.onTargetChange(event),
        language: this.revising.language.render(),
        saver: this.saver,
      })}
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
        onPictureRefuse: (message) => emit(this, 'nd-picture-refuse', { message }),
        ...this.speakers.editorOptions(),
        ...this.revising.editorOptions(),
        suggestChanges: this.suggesting.editorOptions(),
        ...this.notes.editorOptions(),
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

  private onField(name: MastheadField, value: string): void {
    this[name] = value;
    this.saver.change({ [name]: value } satisfies ArticleFields);
  }

  /** Kept edits the person chose to restore: into the fields and the body, then saved. */
  private applyFields(fields: ArticleFields): void {
    if (fields.headline !== undefined) this.headline = fields.headline;
    if (fields.dateline !== undefined) this.dateline = fields.dateline;
    if (fields.byline !== undefined) this.byline = fields.byline;
    if (fields.status !== undefined) this.status = fields.status;
    // Restored text is the person's own earlier edit, never a suggestion.
    if (fields.body && this.editor)
      this.editor
        .chain()
        .command(({ tr }) => !!exemptFromSuggesting(tr))
        .setContent(fields.body)
        .run();
    if (fields.notes) this.notes.replace(fields.notes);
    this.saver.change(fields);
    void this.saver.flush();
  }

  /** An edit outside the text: a published story asks first, and `revert` shows the old value when it stays published. */
  private async guardedEdit(apply: () => void, revert: () => void): Promise<void> {
    if (await this.revising.confirmEdit()) apply();
    else revert();
  }

  /** Link edits are discrete actions, so they are stored at once rather than after the typing pause. */
  private onRelatedChange(event: CustomEvent<{ related: RelatedLink[] }>): void {
    const apply = () => {
      this.saver.change({ related: event.detail.related });
      void this.saver.flush();
    };
    void this.guardedEdit(apply, () => this.relatedPanel?.revert());
  }

  private onTargetChange(event: CustomEvent<{ targetWords: number | null }>): void {
    const apply = () => this.saver.change({ targetWords: event.detail.targetWords });
    void this.guardedEdit(apply, () => this.lengthMeter?.resetTarget(this.stored?.targetWords ?? null));
  }

  /** Published waits while an embargo is in force (the disabled option says why); Ready and Published ask first while suggestions or notes are open (review-guard.ts). */
  private async onStatusChange(event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const next = select.value as ArticleStatus;
    if (this.metadata.statusRefusal(next) || !(await confirmMoveWithOpenReview(next, openReviewOf(this.editor, this.notes.notes)))) {
      select.value = this.status;
      return;
    }
    this.status = next;
    this.saver.change({ status: next });
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
  'nd-picture-refuse': CustomEvent<{ message: string }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-editor': NdEditor;
  }
  interface GlobalEventHandlersEventMap extends NdEditorEvents {}
}
