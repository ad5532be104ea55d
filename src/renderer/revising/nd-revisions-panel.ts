import './nd-revision-diff';

import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';

import type { Article } from '../../shared/article';
import { REVISION_REASON_LABELS, type RevisionSummary } from '../../shared/revision';
import type { RevisionDiff } from '../../shared/revision-diff';
import { desk, messageOf } from '../desk';
import { confirmAction } from '../ui/confirm';
import { emit } from '../ui/emit';
import { absoluteTime, MOD_KEY_LABEL, relativeTime, STATUS_LABELS, wordCountLabel } from '../ui/format';
import { controlStyles } from '../ui/shared.styles';
import { revisionsPanelStyles } from './nd-revisions-panel.styles';

/** "current" stands for the article as it is now. */
type VersionId = string;
const CURRENT = 'current';

const timeOfDay = new Intl.DateTimeFormat('en', { timeStyle: 'short' });
const dayAndTime = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/** "2:28 PM" today, "Mar 4, 2:28 PM" before. */
function shortTime(iso: string): string {
  const time = new Date(iso);
  return time.toDateString() === new Date().toDateString() ? timeOfDay.format(time) : dayAndTime.format(time);
}

/** What a version is called in the list and the comparison: its label, or why it was taken. */
function titleOf(revision: RevisionSummary): string {
  return revision.label || REVISION_REASON_LABELS[revision.reason];
}

/** What a restore will change, said before it happens: the text, and the status and headline when they differ. */
function restoreMessage(revision: RevisionSummary, current: Article | null): string {
  const changes = [`The story goes back to “${titleOf(revision)}” from ${absoluteTime(revision.takenAt)}.`];
  if (current && revision.status !== current.status) {
    changes.push(`Its status changes from ${STATUS_LABELS[current.status]} to ${STATUS_LABELS[revision.status]}.`);
  }
  if (current && revision.headline !== current.headline) changes.push(`Its headline becomes “${revision.headline || 'Untitled article'}”.`);
  changes.push('The current text is kept in the history first, so nothing is lost.');
  return changes.join(' ');
}

/**
 * <nd-revisions-panel>: an article's history in a drawer over the editor (a
 * modal dialog: Escape closes it). Lists the versions newest first (time,
 * status, why or label, length); "Save version" keeps the current text with an
 * optional label; ticking one version compares it with the current text,
 * ticking two compares them; "Restore…" (after a confirmation) brings a version
 * back — main keeps the replaced text as a version first.
 *
 * @fires nd-revisions-close - Escape or the close button; detail: null
 * @fires nd-revision-restore - a version was restored; detail: { article } (the restored article, to open)
 */
@customElement('nd-revisions-panel')
export class NdRevisionsPanel extends LitElement {
  static styles = [controlStyles, revisionsPanelStyles];

  /** The article as last stored (a new object after each save reloads the list). */
  @property({ attribute: false }) article: Article | null = null;
  /** Saves pending edits before a version is taken, compared or restored; resolves false when it could not. */
  @property({ attribute: false }) flush: () => Promise<boolean> = () => Promise.resolve(true);
  /** Opened to compare the last published version with the current text (a correction's "what changed"). */
  @property({ type: Boolean }) comparePublished = false;

  @state() private revisions: RevisionSummary[] | null = null;
  @state() private selected: VersionId[] = [];
  @state() private diff: RevisionDiff | null = null;
  @state() private error = '';
  @state() private busy = false;
  @state() private speakerNames: ReadonlyMap<string, string> = new Map();

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('input.label') private labelInput!: HTMLInputElement;

  private diffRequest = 0;

  /** Puts the cursor in the version label field (Mod+Alt+S). */
  focusLabel(): void {
    void this.updateComplete.then(() => this.labelInput?.focus());
  }

  protected firstUpdated(): void {
    this.dialog.showModal();
    void desk
      .listSpeakers({})
      .then((speakers) => (this.speakerNames = new Map(speakers.map((speaker) => [speaker.id, speaker.name]))))
      .catch(() => undefined); // ids stand in for names
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('article') as Article | null | undefined;
    if (!changed.has('article')) return;
    if (previous?.id !== this.article?.id) this.selected = [];
    void this.load();
  }

  render() {
    const article = this.article;
    return html`<dialog class="drawer" aria-labelledby="history-title" @cancel=${this.onCancel}>
      <div class="top">
        <div>
          <h2 id="history-title">History</h2>
          <p class="subtitle">${article?.headline || 'Untitled article'}</p>
        </div>
        <button class="button quiet close" type="button" aria-label="Close history" title="Close (Escape)" @click=${this.close}>✕</button>
      </div>
      <div class="columns">
        <section class="versions" aria-label="Versions">
          <form class="save" @submit=${this.onSave}>
            <input class="label" aria-label="Version label" placeholder="Label (optional)" maxlength="200" autocomplete="off" />
            <button class="button primary" type="submit" ?disabled=${this.busy} title="Save version (${MOD_KEY_LABEL}+Alt+S)">Save version</button>
          </form>
          ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
          <p class="hint">Tick one version to compare it with the current text, or two to compare them.</p>
          ${this.revisions === null ? html`<p class="hint" role="status">Loading history…</p>` : this.renderList(this.revisions)}
        </section>
        <section class="comparison" aria-label="Comparison" tabindex="0">
          ${
            this.diff
              ? html`<nd-revision-diff .diff=${this.diff} .speakerNames=${this.speakerNames} .fromLabel=${this.sideLabel(this.pair()?.[0])} .toLabel=${this.sideLabel(this.pair()?.[1])}></nd-revision-diff>`
              : html`<div class="placeholder">
                <svg viewBox="0 0 48 48" aria-hidden="true"><path d="M14 8h14l8 8v24H14z" /><path d="M28 8v8h8M19 24h12M19 30h8" /></svg>
                <p>${this.selected.length === 0 ? 'Pick a version on the left to see what changed.' : 'Comparing…'}</p>
              </div>`
          }
        </section>
      </div>
    </dialog>`;
  }

  private renderList(revisions: RevisionSummary[]) {
    const article = this.article;
    return html`<ul class="list" aria-label="Versions, newest first">
      <li class="row current ${this.selected.includes(CURRENT) ? 'selected' : ''}">
        <label>
          <input type="checkbox" aria-label="Compare the current text" .checked=${this.selected.includes(CURRENT)} @change=${() => this.toggle(CURRENT)} />
          <span class="meta">
            <span class="title">Current text</span>
            <span class="when">Now · ${article ? wordCountLabel(article.wordCount) : ''}</span>
          </span>
          ${article ? html`<span class="pill ${article.status}">${STATUS_LABELS[article.status]}</span>` : nothing}
        </label>
      </li>
      ${repeat(
        revisions,
        (revision) => revision.id,
        (revision) => {
          const selected = this.selected.includes(revision.id);
          return html`<li class="row ${selected ? 'selected' : ''}" data-reason=${revision.reason}>
          <label>
            <input type="checkbox" aria-label="Compare ${titleOf(revision)}, ${absoluteTime(revision.takenAt)}" .checked=${selected} @change=${() => this.toggle(revision.id)} />
            <span class="meta">
              <span class="title">${titleOf(revision)}</span>
              ${revision.label ? html`<span class="reason">${REVISION_REASON_LABELS[revision.reason]}</span>` : nothing}
              <span class="when" title="${absoluteTime(revision.takenAt)} (${relativeTime(revision.takenAt)})"
                >${shortTime(revision.takenAt)} · ${wordCountLabel(revision.wordCount)}${revision.author ? ` · ${revision.author}` : ''}</span
              >
            </span>
            <span class="pill ${revision.status}">${STATUS_LABELS[revision.status]}</span>
          </label>
          <button class="button quiet restore" type="button" ?disabled=${this.busy} aria-label="Restore ${titleOf(revision)}, ${absoluteTime(revision.takenAt)}" @click=${() => void this.restore(revision)}>
            Restore…
          </button>
        </li>`;
        },
      )}
    </ul>`;
  }

  /** The two sides to compare, older first; null until something is picked. */
  private pair(): [VersionId, VersionId] | null {
    const order = (id: VersionId) => (id === CURRENT ? -1 : (this.revisions?.findIndex((revision) => revision.id === id) ?? 0));
    const [first, second] = this.selected;
    if (!first) return null;
    if (!second) return first === CURRENT ? null : [first, CURRENT];
    return order(first) > order(second) ? [first, second] : [second, first];
  }

  private sideLabel(id: VersionId | undefined): string {
    if (!id || id === CURRENT) return 'Current text';
    const revision = this.revisions?.find((candidate) => candidate.id === id);
    return revision ? `${titleOf(revision)} · ${shortTime(revision.takenAt)}` : '';
  }

  private toggle(id: VersionId): void {
    this.selected = this.selected.includes(id) ? this.selected.filter((other) => other !== id) : [...this.selected, id].slice(-2);
    void this.compare();
  }

  private async load(): Promise<void> {
    const id = this.article?.id;
    if (!id) return;
    try {
      const revisions = await desk.listRevisions({ articleId: id });
      if (id !== this.article?.id) return;
      this.revisions = revisions;
      this.selected = this.selected.filter((selected) => selected === CURRENT || revisions.some((revision) => revision.id === selected));
      if (this.comparePublished && this.selected.length === 0) {
        const published = revisions.find((revision) => revision.status === 'published');
        if (published) this.selected = [published.id, CURRENT];
        else this.error = 'This story has no published version to compare with yet.';
      }
      await this.compare();
    } catch (error) {
      this.error = `Couldn't load the history: ${messageOf(error)}`;
    }
  }

  private async compare(): Promise<void> {
    const request = ++this.diffRequest;
    const pair = this.pair();
    const articleId = this.article?.id;
    if (!pair || !articleId) {
      this.diff = null;
      return;
    }
    try {
      const diff = await desk.diffRevisions({ articleId, fromId: pair[0], toId: pair[1] });
      if (request === this.diffRequest) this.diff = diff;
    } catch (error) {
      if (request === this.diffRequest) this.error = `Couldn't compare those versions: ${messageOf(error)}`;
    }
  }

  private async onSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const articleId = this.article?.id;
    if (!articleId || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      if (!(await this.flush())) throw new Error('The latest edits are not saved yet. Press Retry at the bottom of the editor first.');
      await desk.saveVersion({ articleId, label: this.labelInput.value.trim() || undefined });
      this.labelInput.value = '';
      await this.load();
    } catch (error) {
      this.error = `Couldn't save a version: ${messageOf(error)}`;
    } finally {
      this.busy = false;
    }
  }

  private async restore(revision: RevisionSummary): Promise<void> {
    const articleId = this.article?.id;
    if (!articleId) return;
    const confirmed = await confirmAction({
      heading: 'Restore this version?',
      message: restoreMessage(revision, this.article),
      confirmLabel: 'Restore',
    });
    if (!confirmed) return;
    this.busy = true;
    this.error = '';
    try {
      if (!(await this.flush())) throw new Error('The latest edits are not saved yet. Press Retry at the bottom of the editor first.');
      const article = await desk.restoreRevision({ articleId, revisionId: revision.id });
      this.selected = [];
      this.diff = null;
      emit(this, 'nd-revision-restore', { article });
    } catch (error) {
      this.error = `Couldn't restore that version: ${messageOf(error)}`;
    } finally {
      this.busy = false;
    }
  }

  private onCancel(event: Event): void {
    event.preventDefault();
    this.close();
  }

  private readonly close = (): void => {
    emit(this, 'nd-revisions-close', null);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-revisions-panel': NdRevisionsPanel;
  }
  interface GlobalEventHandlersEventMap {
    'nd-revisions-close': CustomEvent<null>;
    'nd-revision-restore': CustomEvent<{ article: Article }>;
  }
}
