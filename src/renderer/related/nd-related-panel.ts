import './nd-headline-picker';
import './nd-linked-from';
import './nd-web-link-form';

import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, queryAll, state } from 'lit/decorators.js';

import type { Article } from '../../shared/article';
import type { HeadlineMatch } from '../../shared/ipc/api';
import type { RelatedLink, Relation } from '../../shared/related-link';
import { desk, messageOf } from '../desk';
import { emit } from '../ui/emit';
import { controlStyles, panelSectionStyles } from '../ui/shared.styles';
import { LinkedArticles } from './linked-articles';
import type { NdHeadlinePicker } from './nd-headline-picker';
import { relatedPanelStyles } from './nd-related-panel.styles';
import type { NdWebLinkForm } from './nd-web-link-form';
import { openWebPage } from './open-web-page';
import { renderAddBox } from './related-add-box';
import { type LinkRowContext, renderLinkRow } from './related-link-row';
import { moveLink, refines } from './related-links';

/**
 * <nd-related-panel>: the open article's related stories, in order, and the
 * stories that link to it ("Linked from").
 *
 * Shows the links of `article`, the stored article: the host passes the copy
 * each save returns, so links main resolved on save appear. Every edit fires
 * `nd-related-change` with the whole new list for the host to save; until a
 * stored copy that matches the edit comes back, the panel shows the edit.
 * Stored-article links show that article's current headline.
 *
 * Keyboard, on a focused link: Enter opens it (an unresolved one: starts
 * resolving it), Delete or Backspace removes it, Alt+ArrowUp / Alt+ArrowDown
 * move it, ArrowUp / ArrowDown / Home / End move focus between links.
 * The add box: type part of a headline (or paste an http/https address),
 * ArrowUp/ArrowDown and Enter to pick, Escape to close.
 *
 * @fires nd-related-change - the links were edited; detail: { related } (the whole list, in order)
 * @fires nd-article-open - the user asked to open a stored article; detail: { id }
 * @fires nd-article-create - a draft was created for an unresolved link; detail: { article }
 */
@customElement('nd-related-panel')
export class NdRelatedPanel extends LitElement {
  static styles = [controlStyles, panelSectionStyles, relatedPanelStyles];

  /** The stored article whose links to show and edit; null shows nothing. */
  @property({ attribute: false }) article: Article | null = null;

  @state() private links: RelatedLink[] = [];
  /** Bumped whenever links may have changed, so "Linked from" reads them again. */
  @state() private revision = 0;
  /** The link being resolved with the picker. */
  @state() private resolving: number | null = null;
  /** A web address picked in the add box, waiting for its headline. */
  @state() private address: string | null = null;
  @state() private error = '';

  @queryAll('li.link') private rows!: NodeListOf<HTMLElement>;
  @query('nd-headline-picker.add') private addPicker?: NdHeadlinePicker;
  @query('nd-web-link-form') private webLinkForm?: NdWebLinkForm;

  /** The linked stored articles as they are now (headline, dateline, status), by id. */
  private readonly linked = new LinkedArticles(this);
  private shownId: string | null = null;
  /** True from an edit until the stored copy of it arrives. */
  private dirty = false;

  /** Reads the article's links again from the desk, after something else (a trash, a restore) changed them. */
  async reload(): Promise<void> {
    const id = this.shownId;
    if (!id) return;
    try {
      const article = await desk.getArticle({ id });
      if (id !== this.shownId) return;
      if (!this.dirty) this.links = article.related;
      void this.lookUp(id, true);
      this.revision++;
    } catch (error) {
      this.error = `Couldn't reload the related stories: ${messageOf(error)}`;
    }
  }

  /** Shows the stored links again, dropping an edit the host refused (a published story kept as it was). */
  revert(): void {
    this.links = this.article?.related ?? [];
    this.dirty = false;
    this.resolving = null;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('article')) return;
    const article = this.article;
    const switched = article?.id !== this.shownId;
    this.shownId = article?.id ?? null;
    if (switched) {
      this.addPicker?.clear(); // typing in the add box belongs to the story it was typed for
      this.links = article?.related ?? [];
      this.dirty = false;
      this.resolving = null;
      this.address = null;
      this.error = '';
      this.linked.forget();
    } else if (article && (!this.dirty || refines(article.related, this.links))) {
      this.links = article.related;
      this.dirty = false;
    }
    if (article) void this.lookUp(article.id, switched);
    this.revision++;
  }

  render() {
    if (!this.article) return nothing;
    return html`
      <section aria-labelledby="related-title">
        <h2 id="related-title">Related stories</h2>
        ${
          this.links.length > 0
            ? html`<ul class="links" aria-labelledby="related-title">${this.links.map((link, index) => renderLinkRow(link, index, this.rowContext()))}</ul>`
            : html`<p class="none">No related stories yet.</p>`
        }
        ${renderAddBox({
          excludeId: this.article.id,
          address: this.address,
          addArticle: (article) => this.addArticle(article),
          askHeadline: (url) => void this.askHeadline(url),
          addUnresolved: (headline) => this.addUnresolved(headline),
          clear: () => this.addPicker?.clear(),
          addWebLink: (url, headline) => this.addWebLink(url, headline),
          cancelAddress: () => this.cancelAddress(),
        })}
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      </section>
      <nd-linked-from class="backlinks" .articleId=${this.article.id} .revision=${this.revision}></nd-linked-from>
    `;
  }

  /** What a link row needs from the panel: the linked articles as they are now, and the panel's actions. */
  private rowContext(): LinkRowContext {
    return {
      count: this.links.length,
      resolving: this.resolving,
      excludeId: this.article?.id ?? '',
      headlineOf: (link) => this.headlineOf(link),
      linkedArticle: (id) => this.linked.get(id),
      focus: (index) => void this.focusLink(index),
      open: (id) => this.open(id),
      openWeb: (url) => void openWebPage(url).then((error) => (this.error = error ?? this.error)),
      move: (index, delta) => this.move(index, delta),
      remove: (index) => this.removeLink(index),
      setRelation: (index, relation) => this.setRelation(index, relation),
      startResolving: (index) => void this.startResolving(index),
      stopResolving: (index) => void this.stopResolving(index),
      createDraft: (index) => void this.createDraft(index),
      resolveTo: (index, article) => this.resolveTo(index, article),
      replaceLink: (index, link) => this.replaceLink(index, link),
    };
  }

  private headlineOf(link: RelatedLink): string {
    return (link.articleId && this.linked.get(link.articleId)?.headline.trim()) || link.headline;
  }

  /** Reads the linked stored articles as they are now: all of them when `everything`, else only new ones. */
  private lookUp(id: string, everything: boolean): Promise<void> {
    return this.linked.lookUp(this.links, everything, () => id === this.shownId);
  }

  /** Shows `links` and asks the host to save them. */
  private commit(links: RelatedLink[]): void {
    this.links = links;
    this.dirty = true;
    this.error = '';
    emit(this, 'nd-related-change', { related: links });
  }

  private addArticle(article: HeadlineMatch): void {
    const existing = this.links.findIndex((link) => link.articleId === article.id);
    this.addPicker?.clear();
    if (existing !== -1) {
      void this.focusLink(existing);
      return;
    }
    this.linked.remember(article);
    this.commit([
      ...this.links,
      { headline: article.headline.trim() || 'Untitled article', articleId: article.id, url: null, relation: 'see-also' },
    ]);
  }

  /** Points the link at `index` at a stored article, taking that article's headline. */
  private resolveTo(index: number, article: HeadlineMatch): void {
    const link = this.links[index];
    this.linked.remember(article);
    this.replaceLink(index, { ...link, headline: article.headline.trim() || link.headline, articleId: article.id, url: null });
  }

  private async askHeadline(url: string): Promise<void> {
    this.address = url;
    await this.updateComplete;
    this.webLinkForm?.focus();
  }

  /** A headline typed by hand, kept unresolved until the story is on the desk. */
  private addUnresolved(headline: string): void {
    this.addPicker?.clear();
    this.commit([...this.links, { headline, articleId: null, url: null, relation: 'see-also' }]);
  }

  private addWebLink(url: string, headline: string): void {
    this.commit([...this.links, { headline, articleId: null, url, relation: 'see-also' }]);
    this.cancelAddress();
  }

  private cancelAddress(): void {
    this.address = null;
    this.addPicker?.clear();
    this.addPicker?.focus();
  }

  private replaceLink(index: number, link: RelatedLink): void {
    this.resolving = null;
    this.commit(this.links.map((old, position) => (position === index ? link : old)));
    void this.focusLink(index);
  }

  private async startResolving(index: number): Promise<void> {
    this.resolving = index;
    await this.updateComplete;
    this.renderRoot.querySelector<NdHeadlinePicker>('.resolve nd-headline-picker')?.focus();
  }

  private async stopResolving(index: number): Promise<void> {
    this.resolving = null;
    await this.focusLink(index);
  }

  /** Creates a draft with the unresolved link's headline and points the link at it. */
  private async createDraft(index: number): Promise<void> {
    const link = this.links[index];
    try {
      const draft = await desk.createArticle({ headline: link.headline });
      emit(this, 'nd-article-create', { article: draft });
      const now = this.links.indexOf(link);
      if (now !== -1) this.resolveTo(now, draft);
    } catch (error) {
      this.error = `Couldn't create a draft for “${link.headline}”: ${messageOf(error)}`;
    }
  }

  private setRelation(index: number, relation: Relation): void {
    this.commit(this.links.map((link, position) => (position === index ? { ...link, relation } : link)));
  }

  private move(index: number, delta: -1 | 1): void {
    const moved = moveLink(this.links, index, delta);
    if (!moved) return;
    if (this.resolving !== null) this.resolving = null;
    this.commit(moved);
    void this.focusLink(index + delta);
  }

  private removeLink(index: number): void {
    this.resolving = null;
    this.commit(this.links.filter((_, position) => position !== index));
    void this.focusLink(Math.min(index, this.links.length - 1));
  }

  private open(id: string | null): void {
    if (id) emit(this, 'nd-article-open', { id });
  }

  /** Focuses the link at `index`, or the add box when there is none. */
  private async focusLink(index: number): Promise<void> {
    await this.updateComplete;
    const row = this.rows[index];
    if (row) row.focus();
    else this.addPicker?.focus();
  }
}

interface NdRelatedPanelEvents {
  'nd-related-change': CustomEvent<{ related: RelatedLink[] }>;
  'nd-article-create': CustomEvent<{ article: Article }>;
  'nd-article-open': CustomEvent<{ id: string }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-related-panel': NdRelatedPanel;
  }
  interface GlobalEventHandlersEventMap extends NdRelatedPanelEvents {}
}
