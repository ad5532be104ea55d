/**
 * ArticleSaver: autosave for one open article, as a Lit reactive controller.
 *
 * Contract:
 * - `change(fields)` records edits and saves them `delay` ms after the last one.
 * - `changeBody(produce)` records that the body changed without serialising it:
 *   `produce` runs once, when the save is sent (a keystroke costs nothing here).
 * - At most one save is in flight; edits made meanwhile go out in the next one.
 * - A failed save keeps its fields (newer edits win) and reports `error`; the
 *   next `change` or `flush` sends them again. Nothing typed is ever dropped.
 * - `flush()` saves now and resolves true when everything is on disk.
 * - The host re-renders whenever `state` changes; `renderState()` draws it for the status bar.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { Article, ArticleFields, NodeJson } from '../../shared/article';
import { detailsOf, messageOf } from '../desk';

/** idle: nothing edited yet · pending: waiting for typing to stop · saving · saved · error */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface ArticleSaverOptions {
  /** Sends the fields to main; resolves with the stored article. */
  save: (id: string, fields: ArticleFields) => Promise<Article>;
  /** Called with the stored article after each successful save. */
  onSaved: (article: Article) => void;
  /** Quiet time after the last edit before saving, in ms. */
  delay?: number;
}

const DEFAULT_DELAY_MS = 500;

export class ArticleSaver implements ReactiveController {
  state: SaveState = 'idle';
  /** The last failure's message, while `state` is 'error'. */
  error = '';
  /** Its technical details (errno, path), if main gave any. */
  errorDetails = '';

  private articleId: string | null = null;
  private pending: ArticleFields = {};
  /** Produces the edited body when the save is sent; null when the body has not changed. */
  private bodyProducer: (() => NodeJson) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<boolean> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ArticleSaverOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    void this.flush();
  }

  /** Closing or reloading the window sends what is waiting rather than dropping it. */
  private readonly onPageHide = (): void => void this.flush();

  /** Starts tracking another article. Flush the previous one first: its unsaved edits are dropped. */
  open(id: string | null): void {
    clearTimeout(this.timer);
    this.articleId = id;
    this.pending = {};
    this.bodyProducer = null;
    this.error = '';
    this.setState('idle');
  }

  /** True while edits are waiting, being sent, or failed. */
  get hasUnsavedChanges(): boolean {
    return this.hasPending || this.inFlight !== null;
  }

  private get hasPending(): boolean {
    return this.bodyProducer !== null || Object.keys(this.pending).length > 0;
  }

  /** Records edited fields and schedules a save. */
  change(fields: ArticleFields): void {
    if (!this.articleId) return;
    this.pending = { ...this.pending, ...fields };
    this.schedule();
  }

  /** Records that the body changed; `produce` gives it when the save goes out. */
  changeBody(produce: () => NodeJson): void {
    if (!this.articleId) return;
    this.bodyProducer = produce;
    this.schedule();
  }

  private schedule(): void {
    // Typing keeps the state 'pending': no re-render of the host per keystroke.
    if (this.state !== 'saving' && this.state !== 'pending') this.setState('pending');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delay ?? DEFAULT_DELAY_MS);
  }

  /** Saves everything now. Resolves true when all edits are stored, false when a save failed. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
    const id = this.articleId;
    if (!id || !this.hasPending) return this.state !== 'error';
    const fields = this.bodyProducer ? { ...this.pending, body: this.bodyProducer() } : this.pending;
    this.pending = {};
    this.bodyProducer = null;
    this.inFlight = this.send(id, fields);
    const saved = await this.inFlight;
    this.inFlight = null;
    if (saved && this.hasPending) return this.flush();
    return saved;
  }

  private async send(id: string, fields: ArticleFields): Promise<boolean> {
    this.setState('saving');
    try {
      const article = await this.options.save(id, fields);
      if (id === this.articleId) {
        this.error = '';
        this.errorDetails = '';
        this.setState(this.hasPending ? 'pending' : 'saved');
      }
      this.options.onSaved(article);
      return true;
    } catch (error) {
      if (id !== this.articleId) return false;
      // Keep the failed fields; anything typed since is newer and wins (a newer body too, when produced).
      this.pending = { ...fields, ...this.pending };
      this.error = messageOf(error);
      this.errorDetails = detailsOf(error);
      this.setState('error');
      return false;
    }
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
