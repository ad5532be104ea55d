/**
 * RevisingTools: the editor's revising aids, as a Lit reactive controller on
 * <nd-editor>: find and replace, the history drawer, the spellcheck menu, and
 * the question a published story asks before it is edited (PublishedEditGuard).
 * It gives each new body editor the options of their extensions (`editorOptions`,
 * listed in article/body-extensions.ts) and renders their
 * buttons and overlays where the host places them.
 *
 * Shortcuts (Ctrl or Cmd), anywhere while an article is open:
 *   Mod+F, Mod+H or Mod+Alt+F  find and replace in the story (Mod+K or Mod+Shift+F search the desk)
 *   Mod+Alt+H           history (open / close)
 *   Mod+Alt+S           save a version (opens the history with the label field focused)
 *   Mod+.               spelling suggestions for the word at the cursor (in the body)
 */
import './nd-find-bar';
import './nd-revisions-panel';
import './nd-spelling-menu';

import type { Editor } from '@tiptap/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, svg } from 'lit';

import type { Article, SpellingLanguage } from '../../shared/article';
import { desk } from '../desk';
import type { EditLockOptions } from '../editor/edit-lock';
import { adoptDomSelection } from '../editor/settled-selection';
import { deepActiveElement } from '../ui/confirm';
import { MOD_KEY_LABEL } from '../ui/format';
import { isClaimedLocally, matchesShortcut } from '../ui/shortcuts';
import type { NdFindBar } from './nd-find-bar';
import type { NdRevisionsPanel } from './nd-revisions-panel';
import { PublishedEditGuard } from './published-edit-guard';
import { type MisspelledWord, type SpellcheckOptions, SPELLING_MENU_SHORTCUT, type SpellingMenuRequest } from './spellcheck';
import { SpellingChecker } from './spelling-checker';
import { SpellingLanguageControl } from './spelling-language-control';

export const REVISING_SHORTCUTS = {
  find: ['Mod+F', 'Mod+H', 'Mod+Alt+F'],
  history: 'Mod+Alt+H',
  saveVersion: 'Mod+Alt+S',
  spelling: SPELLING_MENU_SHORTCUT,
} as const;

export interface RevisingToolsOptions {
  editor: () => Editor | null;
  /** The open article as last stored. */
  article: () => Article | null;
  /** Saves pending edits now. */
  flush: () => Promise<boolean>;
  isPublished: () => boolean;
  /** Moves the story back to Editing (a published story the person chose to edit). */
  reopen: () => void;
  /** A version was restored: open this stored article in place of the current one. */
  restored: (article: Article) => void;
  /** Saves the story's own spelling language (null: the desk's). */
  saveSpellingLanguage: (language: SpellingLanguage | null) => void;
}

interface SpellingMenuState {
  word: MisspelledWord;
  anchor: { x: number; y: number };
  suggestions: string[] | null;
}

const shown = (shortcut: string) => shortcut.replace('Mod', MOD_KEY_LABEL);

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class RevisingTools implements ReactiveController {
  private findOpen = false;
  private historyOpen = false;
  /** The history was opened from a correction: it starts on published version → current text. */
  private historyComparesPublished = false;
  /** Where the focus was when the history opened, to give it back on close. */
  private focusBeforeHistory: HTMLElement | null = null;
  private spelling: SpellingMenuState | null = null;
  private readonly guard: PublishedEditGuard;
  /** The spelling language picker in the status bar. */
  readonly language: SpellingLanguageControl;
  /** The story's own spelling language; null: the desk's. */
  private spellingLanguage: SpellingLanguage | null = null;
  private readonly checker = new SpellingChecker({
    check: (words) => desk.checkSpelling({ words, ...(this.spellingLanguage ? { language: this.spellingLanguage } : {}) }),
    suggest: (word) => desk.suggestSpelling({ word, ...(this.spellingLanguage ? { language: this.spellingLanguage } : {}) }),
    addToDictionary: async (word) => void (await desk.addToDictionary({ word })),
  });

  constructor(
    private readonly host: Host,
    private readonly options: RevisingToolsOptions,
  ) {
    host.addController(this);
    this.guard = new PublishedEditGuard(host, { isPublished: options.isPublished, reopen: options.reopen });
    this.language = new SpellingLanguageControl(host, {
      apply: (language, deskChanged) => (deskChanged ? this.respell() : this.setSpellingLanguage(language)),
      save: options.saveSpellingLanguage,
    });
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeydown, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeydown, true);
  }

  /** What a new body editor needs for spellcheck and the published-story lock; closes a menu left from the last one. */
  editorOptions(): SpellcheckOptions & EditLockOptions {
    this.spelling = null;
    return {
      checker: this.checker,
      onMenuRequest: (request) => void this.openSpelling(request),
      ...this.guard.editLockOptions(),
    };
  }

  /** Before an edit outside the text (target, related links): false when the story is published and the person kept it so. */
  confirmEdit(): Promise<boolean> {
    return this.guard.confirmEdit();
  }

  /** Spells the story in `language` (null: the desk's), asking again about every word when it changes. */
  setSpellingLanguage(language: SpellingLanguage | null): void {
    if (language === this.spellingLanguage) return;
    this.spellingLanguage = language;
    this.checker.forget();
  }

  /** After the desk's language changed: every verdict may differ. */
  respell(): void {
    this.checker.forget();
  }

  renderButtons() {
    const icon = (paths: ReturnType<typeof svg>) => html`<svg viewBox="0 0 16 16" aria-hidden="true">${paths}</svg>`;
    return html`<button
        class="button quiet revising-button"
        type="button"
        aria-pressed=${String(this.findOpen)}
        title="Find and replace (${shown(REVISING_SHORTCUTS.find[0])} or ${shown(REVISING_SHORTCUTS.find[1])})"
        aria-keyshortcuts="Control+F Meta+F Control+H Meta+H Control+Alt+F"
        @click=${() => (this.findOpen ? this.closeFind() : void this.openFind())}
      >
        ${icon(svg`<circle cx="7" cy="7" r="4.2" /><path d="m10.2 10.2 3.3 3.3" />`)} <span class="label">Find</span>
      </button>
      <button
        class="button quiet revising-button"
        type="button"
        title="History: versions, compare, restore (${shown(REVISING_SHORTCUTS.history)}) · Save version (${shown(REVISING_SHORTCUTS.saveVersion)})"
        aria-keyshortcuts="Control+Alt+H Meta+Alt+H"
        @click=${() => this.openHistory()}
      >
        ${icon(svg`<path d="M2.8 8a5.2 5.2 0 1 0 1.6-3.8" /><path d="M2.5 2.8v2.6h2.6M8 5v3.2l2.2 1.4" />`)} <span class="label">History</span>
      </button>`;
  }

  renderFindBar() {
    if (!this.findOpen) return nothing;
    return html`<nd-find-bar .editor=${this.options.editor()} @nd-find-close=${() => this.closeFind()}></nd-find-bar>`;
  }

  renderOverlays() {
    const spelling = this.spelling;
    return html`${
      this.historyOpen
        ? html`<nd-revisions-panel
          .article=${this.options.article()}
          .flush=${this.options.flush}
          ?comparePublished=${this.historyComparesPublished}
          @nd-revisions-close=${() => void this.closeHistory()}
          @nd-revision-restore=${(event: CustomEvent<{ article: Article }>) => this.options.restored(event.detail.article)}
        ></nd-revisions-panel>`
        : nothing
    }
    ${
      spelling
        ? html`<nd-spelling-menu
          .word=${spelling.word.word}
          .suggestions=${spelling.suggestions}
          .anchor=${spelling.anchor}
          @nd-spelling-replace=${(event: CustomEvent<{ text: string }>) => this.replaceMisspelled(event.detail.text)}
          @nd-spelling-add=${(event: CustomEvent<{ word: string }>) => void this.checker.addToDictionary(event.detail.word).finally(() => this.closeSpelling())}
          @nd-spelling-ignore=${(event: CustomEvent<{ word: string }>) => (this.checker.ignore(event.detail.word), this.closeSpelling())}
          @nd-spelling-close=${() => this.closeSpelling()}
        ></nd-spelling-menu>`
        : nothing
    }`;
  }

  private async openFind(): Promise<void> {
    // Find starts from the cursor: take a cursor move the view has not read yet, without waiting —
    // a key typed right after the shortcut belongs in the find field, never in the story.
    const view = this.options.editor()?.view;
    if (view) adoptDomSelection(view);
    this.findOpen = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<NdFindBar>('nd-find-bar')?.focusFind();
  }

  private closeFind(): void {
    this.findOpen = false;
    this.host.requestUpdate();
    this.options.editor()?.view.focus();
  }

  /** Opens the history comparing the last published version with the current text. */
  comparePublished(): Promise<void> {
    this.historyComparesPublished = true;
    return this.openHistory();
  }

  private async openHistory(focusLabel = false): Promise<void> {
    // Take a cursor move the view has not read yet, so closing puts the cursor back where it really was.
    const view = this.options.editor()?.view;
    if (view?.hasFocus()) adoptDomSelection(view);
    this.focusBeforeHistory ??= deepActiveElement();
    this.historyOpen = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (focusLabel) this.host.renderRoot.querySelector<NdRevisionsPanel>('nd-revisions-panel')?.focusLabel();
  }

  /** Closes the drawer and gives the focus back to where it was (the story, by default), never to the page. */
  private async closeHistory(): Promise<void> {
    this.historyOpen = false;
    this.historyComparesPublished = false;
    this.host.requestUpdate();
    const before = this.focusBeforeHistory;
    this.focusBeforeHistory = null;
    // Only once the modal drawer is gone: everything behind it is inert and cannot take the focus.
    await this.host.updateComplete;
    const view = this.options.editor()?.view;
    // The story takes the focus through its view, which puts the cursor back where it was.
    if (before?.isConnected && !view?.dom.contains(before)) before.focus();
    else view?.focus();
  }

  private async openSpelling({ word, anchor }: SpellingMenuRequest): Promise<void> {
    this.spelling = { word, anchor, suggestions: null };
    this.host.requestUpdate();
    let suggestions: string[];
    try {
      suggestions = await this.checker.suggest(word.word);
    } catch {
      suggestions = [];
    }
    if (this.spelling?.word === word) {
      this.spelling = { ...this.spelling, suggestions };
      this.host.requestUpdate();
    }
  }

  private closeSpelling(): void {
    this.spelling = null;
    this.host.requestUpdate();
    // Focus now (Tiptap's focus command waits a frame): the next key belongs in the text, where the cursor was.
    this.options.editor()?.view.focus();
  }

  /** Replaces the word the menu is about, if it is still there. */
  private replaceMisspelled(text: string): void {
    const editor = this.options.editor();
    const word = this.spelling?.word;
    if (editor && word && editor.state.doc.textBetween(word.from, word.to) === word.word) {
      editor.view.dispatch(editor.state.tr.insertText(text, word.from, word.to));
    }
    this.closeSpelling();
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!this.options.article() || !this.host.isConnected || isClaimedLocally(event)) return;
    const is = (shortcut: string) => matchesShortcut(event, shortcut);
    if (REVISING_SHORTCUTS.find.some(is)) void this.openFind();
    else if (is(REVISING_SHORTCUTS.history)) void (this.historyOpen ? this.closeHistory() : this.openHistory());
    else if (is(REVISING_SHORTCUTS.saveVersion)) void this.openHistory(true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
}
