import '../list/nd-article-list';
import '../article/nd-editor';

import { html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';

import { type Article, summarize } from '../../shared/article';
import type { MenuCommand } from '../../shared/ipc/menu-commands';
import type { NdEditor } from '../article/nd-editor';
import { desk, messageOf } from '../desk';
import { ExportDialogController } from '../export/export-dialog-controller';
import { ImportController } from '../import/import-controller';
import { IMPORT_ACCEPT } from '../import/import-routing';
import { ArticleRows } from '../list/article-rows';
import type { NdArticleList, SearchChangeDetail } from '../list/nd-article-list';
import { renderEditingAs } from '../settings/editing-as';
import { SettingsController } from '../settings/settings-controller';
import { quoted } from '../ui/format';
import { NoticeController } from '../ui/notice-controller';
import { controlStyles } from '../ui/shared.styles';
import { DeskShortcuts } from './desk-shortcuts';
import { ListPane, renderBrand, renderListRail } from './list-toggle';
import { appStyles } from './nd-app.styles';
import { renderSidebarActions } from './sidebar-actions';
import { reportStoreWarnings } from './store-warnings';
import { TrashController } from './trash-controller';

const CLOCK_TICK_MS = 30_000;

/**
 * <nd-app>: the desk. Owns what is listed and what is open, and every call
 * that changes which article that is: create, open, delete/undo/restore,
 * import (button, drop, pasted briefing). Editing and autosave belong to
 * <nd-editor>; this element only asks it to flush before leaving an article.
 *
 * Its shortcuts and the Electron menu's commands arrive as MenuCommands (desk-shortcuts.ts; the
 * README's keyboard table lists them).
 * Importing (button, drop, pasted briefing) is import-controller.ts.
 *
 * Sets the `data-ready` attribute on itself once the first article list has loaded
 * (the e2e harness waits for it). Fires no events of its own.
 */
@customElement('nd-app')
export class NdApp extends LitElement {
  static styles = [controlStyles, appStyles];

  /** The listed rows: fetched when the search, filter or view changes, patched after a save. */
  private readonly rows = new ArticleRows({
    page: (view, offset, limit) => desk.listPage({ ...view, offset, limit }),
    rows: (ids) => desk.listRows({ ids }),
  });
  /** The article list is shown (remembered between starts; Ctrl+Alt+L). */
  private readonly listPane = new ListPane(this);
  @state() private current: Article | null = null;
  @state() private search: SearchChangeDetail = { query: '', status: 'all' };
  @state() private trash = false;
  @state() private now = Date.now();

  @query('nd-article-list') private list!: NdArticleList;
  @query('nd-editor') private editor!: NdEditor;
  @query('input[type="file"]') private fileInput!: HTMLInputElement;

  /** An article was stored (autosave, a draft from a related link): its row is patched, nothing fetched. */
  private readonly patchRow = (event: CustomEvent<{ article: Article }>) => this.rows.saved(summarize(event.detail.article));
  private readonly notices = new NoticeController(this);
  /** The editor pane in the Trash: a preview, or Empty trash. */
  private readonly trashView = new TrashController(this, {
    notices: this.notices,
    count: () => this.rows.total,
    restore: (id) => this.restore(id),
    refresh: () => this.refresh(),
  });
  private readonly importer = new ImportController(this, {
    notices: this.notices,
    leaveCurrent: () => this.leaveCurrent(),
    flush: () => this.editor.flush(),
    opened: async (article) => {
      await this.show(article);
      this.editor.suggestAttributions();
    },
  });
  /** Who is editing (asked on first run), the language of new stories, the desk's zone. */
  private readonly settings = new SettingsController(this);
  private readonly exportDialog = new ExportDialogController(this, () => (this.current && !this.trash ? this.current.id : null));
  protected readonly shortcuts = new DeskShortcuts(this, {
    run: (command) => this.runCommand(command),
    openExport: () => this.exportDialog.open(),
    isModal: () => this.exportDialog.isOpen || this.settings.isOpen, // modal dialogs: the desk's shortcuts wait
    findsInStory: () => this.current !== null && !this.trash,
    openArticle: (id) => void this.refresh().then(() => this.open(id)),
    viewState: () => ({ articleId: this.trash ? null : (this.current?.id ?? null) }),
  });
  private clock: ReturnType<typeof setInterval> | undefined;

  connectedCallback(): void {
    super.connectedCallback();
    this.clock = setInterval(() => (this.now = Date.now()), CLOCK_TICK_MS);
    void this.refresh().finally(() => this.toggleAttribute('data-ready', true));
    void reportStoreWarnings(this.notices);
    this.listPane.show(this.listPane.shown);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
  }

  render() {
    return html`
      <div class="desk ${this.listPane.shown ? '' : 'list-hidden'}">
        ${this.listPane.shown ? '' : renderListRail(() => this.listPane.show(true))}
        <aside class="sidebar" aria-label="Articles" ?hidden=${!this.listPane.shown}>
          ${renderBrand(() => this.listPane.show(false))}
          ${renderSidebarActions({ create: () => void this.create(), chooseFile: () => this.fileInput.click(), exportArticles: () => this.exportDialog.open() })}
          <input type="file" accept=${IMPORT_ACCEPT} multiple hidden aria-label="File to import" @change=${this.importer.onFileChosen} />
          <nd-article-list
            .rows=${this.rows}
            .selectedId=${this.current?.id ?? null}
            .now=${this.now}
            ?trash=${this.trash}
            @nd-search-change=${this.onSearchChange}
            @nd-trash-toggle=${this.onTrashToggle}
            @nd-article-preview=${(event: CustomEvent<{ id: string }>) => void this.trashView.preview(event.detail.id)}
            @nd-article-select=${(event: CustomEvent<{ id: string }>) => void this.open(event.detail.id)}
            @nd-article-delete=${(event: CustomEvent<{ id: string }>) => void this.trashArticle(event.detail.id)}
            @nd-article-restore=${(event: CustomEvent<{ id: string }>) => void this.restore(event.detail.id)}
            @nd-selection-change=${(event: CustomEvent<{ ids: string[] }>) => (this.exportDialog.checkedIds = event.detail.ids)}
            @nd-selection-export=${(event: CustomEvent<{ ids: string[] }>) => this.exportDialog.openOn(event.detail.ids)}
          ></nd-article-list>
          ${renderEditingAs(this.settings.displayName, () => void this.settings.open())}
        </aside>
        <main class="story-pane" aria-label="Story">
          ${this.trash ? this.trashView.render() : nothing}
          <nd-editor
            ?hidden=${this.trash}
            .article=${this.current}
            .displayName=${this.settings.displayName}
            .deskSettings=${this.settings.settings}
            @nd-article-save=${this.patchRow}
            @nd-article-create=${this.patchRow}
            @nd-article-open=${(event: CustomEvent<{ id: string }>) => void this.open(event.detail.id)}
            @nd-article-reload=${(event: CustomEvent<{ id: string }>) => void this.reload(event.detail.id)}
            @nd-article-delete=${(event: CustomEvent<{ id: string }>) => void this.trashArticle(event.detail.id)}
            @nd-briefing-paste=${(event: CustomEvent<{ text: string; intoId: string }>) =>
              void this.importer.importText(event.detail.text, { intoId: event.detail.intoId })}
            @nd-paste-refuse=${(event: CustomEvent<{ characters: number }>) => this.importer.refusePaste(event.detail.characters)}
            @nd-picture-refuse=${(event: CustomEvent<{ message: string }>) => this.notices.show('error', event.detail.message)}
          ></nd-editor>
        </main>
      </div>
      ${this.importer.renderDropOverlay()} ${this.exportDialog.render()} ${this.settings.render()}
      ${this.notices.render()}
    `;
  }

  /** Loads the list for the current search, filter and view (keeping the place on a delete or restore); latest search wins. */
  private async refresh(): Promise<void> {
    const view = { query: this.search.query, status: this.search.status, trash: this.trash };
    const same = view.query === this.rows.view.query && view.status === this.rows.view.status && view.trash === this.rows.view.trash;
    try {
      await this.rows.load(view, same ? (this.list?.firstVisibleRow ?? 0) : 0);
    } catch (error) {
      this.notices.show('error', `Couldn't load the article list: ${messageOf(error)}`);
    }
  }

  /** Saves the open article before another takes its place. False (with a notice) when it could not be saved. */
  private async leaveCurrent(): Promise<boolean> {
    if (!this.current || !this.editor) return true;
    if (await this.editor.flush()) return true;
    this.notices.show(
      'error',
      `${quoted(this.current.headline)} is not saved yet, so it stays open. The status bar below the story says why and has Retry.`,
    );
    return false;
  }

  private async open(id: string): Promise<void> {
    if (this.trash || this.current?.id === id) return;
    if (!(await this.leaveCurrent())) return;
    try {
      this.current = await desk.getArticle({ id });
    } catch (error) {
      this.notices.show('error', `Couldn't open that article: ${messageOf(error)}`);
      void this.refresh();
    }
  }

  /** Re-reads the open article after main rewrote it (a speaker merge). */
  private async reload(id: string): Promise<void> {
    if (this.current?.id !== id) return;
    try {
      this.current = await desk.getArticle({ id });
    } catch (error) {
      this.notices.show('error', `Couldn't reload the article: ${messageOf(error)}`);
    }
  }

  private async create(): Promise<void> {
    if (!(await this.leaveCurrent())) return;
    try {
      const article = await desk.createArticle({});
      await this.show(article);
      await this.editor.updateComplete;
      this.editor.focusHeadline();
    } catch (error) {
      this.notices.show('error', `Couldn't create an article: ${messageOf(error)}`);
    }
  }

  /** Opens an article that was just made or changed by main, on the desk view. */
  private async show(article: Article): Promise<void> {
    this.trash = false;
    this.current = article;
    await this.refresh();
    await this.updateComplete;
  }

  private async trashArticle(id: string): Promise<void> {
    const wasOpen = this.current?.id === id;
    const index = this.rows.indexOf(id);
    if (wasOpen) await this.editor.flush();
    try {
      const summary = await desk.deleteArticle({ id });
      if (this.current?.id === id) this.current = null;
      await this.refresh();
      // The focus stays in the list, on the row that took the trashed one's place, never on the page.
      if (wasOpen) {
        await this.updateComplete;
        this.list.focusRowAt(Math.max(0, index));
      }
      if (this.current) void this.editor.refreshRelated(); // links to the trashed article became unresolved
      this.notices.show('info', `Moved ${quoted(summary.headline)} to trash`, {
        action: { label: 'Undo', run: () => void this.restore(id, wasOpen) },
        timeout: 10_000,
        key: `undo-trash:${id}`,
      });
    } catch (error) {
      this.notices.show('error', `Couldn't move that article to the trash: ${messageOf(error)}`);
    }
  }

  private async restore(id: string, reopen = false): Promise<void> {
    try {
      const article = await desk.restoreArticle({ id });
      this.notices.withdraw(`undo-trash:${id}`); // restored: its Undo has nothing left to undo
      if (reopen && !this.trash && (await this.leaveCurrent())) this.current = article;
      await this.refresh();
      if (this.current && this.current.id !== id) void this.editor.refreshRelated(); // links to it resolve again
      this.notices.show('info', `Restored ${quoted(article.headline)}`);
    } catch (error) {
      this.notices.show('error', `Couldn't restore that article: ${messageOf(error)}`);
    }
  }

  private async step(delta: 1 | -1): Promise<void> {
    const { ids } = this.rows;
    if (this.trash || ids.length === 0) return;
    const index = this.current ? this.rows.indexOf(this.current.id) : -1;
    const next = index === -1 ? (delta === 1 ? 0 : ids.length - 1) : index + delta;
    const target = ids[next];
    if (target) await this.open(target);
  }

  private onSearchChange(event: CustomEvent<SearchChangeDetail>): void {
    this.search = event.detail;
    void this.refresh();
  }

  private onTrashToggle(event: CustomEvent<{ trash: boolean }>): void {
    this.trash = event.detail.trash;
    this.trashView.close();
    void this.refresh();
  }

  /** Does what a menu command or its shortcut asks. */
  private runCommand(command: MenuCommand): void {
    switch (command) {
      case 'new-article':
        return void this.create();
      case 'import-briefing':
        return this.fileInput.click();
      case 'save':
        return void this.editor?.flush();
      case 'open-settings':
        return void this.settings.open();
      case 'focus-search':
        return void this.listPane.reveal().then(() => this.list.focusSearch());
      case 'toggle-list':
        return this.listPane.show(!this.listPane.shown);
      case 'toggle-side-panel':
        return this.editor?.sidePanel.toggle();
      case 'next-article':
        return void this.step(1);
      case 'previous-article':
        return void this.step(-1);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-app': NdApp;
  }
}
