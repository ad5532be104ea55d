import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

import type { BatchExportProgress, BatchExportReport } from '../../shared/export/batch-export-contract';
import { EXPORT_FORMATS, type ExportFormat, FORMAT_EXTENSIONS, REVIEW_FORMATS } from '../../shared/export/export-context';
import type { HtmlStyle } from '../../shared/export/html-page-style';
import { desk, messageOf, onExportProgress } from '../desk';
import { emit } from '../ui/emit';
import { controlStyles, modalDialogStyles } from '../ui/shared.styles';
import { FORMAT_CHOICES, HTML_STYLE_CHOICES, plural, PURPOSE_CHOICES } from './export-choices';
import { loadExportFormats, loadHtmlStyle, saveExportFormats, saveHtmlStyle } from './export-preferences';
import { exportDialogStyles } from './nd-export-dialog.styles';

export type ExportScope = 'selected' | 'all';

type Phase = 'choose' | 'running' | 'done' | 'failed';

/**
 * <nd-export-dialog>: exports articles in one or more formats to a folder the
 * person picks in main's native folder dialog. It opens (modal) as soon as it
 * is connected and walks through three steps: choose the scope (the selected
 * articles or the whole desk) and the formats (remembered in localStorage);
 * a progress bar with Cancel while files are written; a summary — folder,
 * files written, each failed article with its reason, or that it was cancelled.
 *
 * Keyboard: Tab stays inside the dialog; Escape closes it unless an export is running.
 *
 * @fires nd-export-close - the person closed the dialog; detail: { report } (null when nothing ran)
 */
@customElement('nd-export-dialog')
export class NdExportDialog extends LitElement {
  static styles = [controlStyles, modalDialogStyles, exportDialogStyles];

  /** The articles "Selected articles" exports; with none, the whole desk is the only choice. */
  @property({ attribute: false }) selectedIds: string[] = [];
  /** What the scope starts on. */
  @property() scope: ExportScope = 'all';

  @state() private formats: ExportFormat[] = loadExportFormats();
  @state() private htmlStyle: HtmlStyle = loadHtmlStyle();
  /** A review copy (suggestions and notes written out) rather than files for publishing; never remembered. */
  @state() private review = false;
  @state() private phase: Phase = 'choose';
  @state() private progress: BatchExportProgress | null = null;
  @state() private cancelling = false;
  @state() private report: BatchExportReport | null = null;
  @state() private error = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  private stopProgress: () => void = () => undefined;

  protected firstUpdated(): void {
    if (this.selectedIds.length === 0) this.scope = 'all';
    this.dialog.showModal();
    this.focusFirst();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopProgress();
  }

  render() {
    return html`<dialog aria-labelledby="heading" data-phase=${this.phase} @cancel=${this.onCancel} @keydown=${this.trapTab}>
      <div class="dialog-head">
        <span class="icon" aria-hidden="true"><svg viewBox="0 0 16 16"><path d="M8 10.5v-8M4.5 6 8 2.5 11.5 6M3 13.5h10" /></svg></span>
        <h2 id="heading">${this.heading()}</h2>
      </div>
      ${this.phase === 'choose' ? this.renderChoices() : nothing}
      ${this.phase === 'running' ? this.renderProgress() : nothing}
      ${this.phase === 'done' ? this.renderSummary() : nothing}
      ${this.phase === 'failed' ? html`<p class="message error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">${this.renderActions()}</div>
    </dialog>`;
  }

  private heading(): string {
    if (this.phase === 'choose') return 'Export articles';
    if (this.phase === 'running') return this.cancelling ? 'Cancelling export…' : 'Exporting…';
    if (this.phase === 'failed') return 'Export failed';
    const report = this.report;
    if (!report || report.folder === null) return 'Nothing was exported';
    if (report.cancelled) return 'Export cancelled';
    return report.failures.length > 0 ? 'Exported, with problems' : 'Export complete';
  }

  private renderChoices() {
    const selected = this.selectedIds.length;
    return html`<div class="choices">
      <fieldset>
        <legend>Articles</legend>
        <label class="choice">
          <input type="radio" name="scope" value="selected" .checked=${this.scope === 'selected'} ?disabled=${selected === 0} @change=${() => (this.scope = 'selected')} />
          <span><strong>Selected articles</strong><small>${selected === 0 ? 'Select articles in the list first (Ctrl/Cmd+click)' : plural(selected, 'article')}</small></span>
        </label>
        <label class="choice">
          <input type="radio" name="scope" value="all" .checked=${this.scope === 'all'} @change=${() => (this.scope = 'all')} />
          <span><strong>The whole desk</strong><small>Every article not in the trash</small></span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Purpose</legend>
        ${PURPOSE_CHOICES.map(
          ({ review, label, hint }) => html`<label class="choice">
            <input type="radio" name="purpose" .checked=${this.review === review} @change=${() => (this.review = review)} />
            <span><strong>${label}</strong><small>${hint}</small></span>
          </label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>Formats</legend>
        ${EXPORT_FORMATS.map(
          (format) => html`<label class="choice">
            <input type="checkbox" value=${format} .checked=${this.formats.includes(format)} ?disabled=${this.review && !REVIEW_FORMATS.includes(format)} @change=${(event: Event) => this.setFormat(format, (event.target as HTMLInputElement).checked)} />
            <span><strong>${FORMAT_CHOICES[format].label} <code>.${FORMAT_EXTENSIONS[format]}</code></strong><small>${FORMAT_CHOICES[format].hint}</small></span>
          </label>`,
        )}
        ${this.chosenFormats.length === 0 ? html`<p class="hint error" role="alert">${this.review ? 'Choose HTML or Markdown for a review copy.' : 'Choose at least one format.'}</p>` : nothing}
      </fieldset>
      ${
        this.formats.includes('html')
          ? html`<fieldset class="html-style">
            <legend>HTML as</legend>
            ${HTML_STYLE_CHOICES.map(
              ({ style, label, hint }) => html`<label class="choice">
                <input type="radio" name="html-style" value=${style} .checked=${this.htmlStyle === style} @change=${() => (this.htmlStyle = style)} />
                <span><strong>${label}</strong><small>${hint}</small></span>
              </label>`,
            )}
          </fieldset>`
          : nothing
      }
    </div>`;
  }

  private renderProgress() {
    const progress = this.progress;
    const text = progress ? `${progress.done} of ${plural(progress.total, 'file')} — ${progress.file}` : 'Choose a folder in the dialog…';
    return html`<div class="progress">
      ${
        progress
          ? html`<progress aria-label="Export progress" max=${progress.total} .value=${progress.done}></progress>`
          : html`<progress aria-label="Export progress"></progress>`
      }
      <p class="progress-text" data-testid="export-progress">${text}</p>
    </div>`;
  }

  private renderSummary() {
    const report = this.report;
    if (!report || report.folder === null) {
      return html`<p class="message" role="status">No folder was chosen, so no files were written.</p>`;
    }
    const written = plural(report.files.length, 'file');
    return html`<div class="summary" role="status">
      <p class="message">
        ${
          report.cancelled
            ? `Export cancelled: ${written} written, each one complete; the rest were not written. Export again to write them all.`
            : `${written} written.`
        }
        ${report.failures.length > 0 ? ` ${plural(report.failures.length, 'problem')} below.` : ''}
      </p>
      <dl>
        <dt>Folder</dt>
        <dd><code class="folder" title=${report.folder}>${report.folder}</code></dd>
        <dt>Files written</dt>
        <dd data-testid="export-file-count">${report.files.length}</dd>
      </dl>
      ${
        report.failures.length > 0
          ? html`<ul class="failures" aria-label="Articles that could not be exported">
            ${report.failures.map(
              (failure) => html`<li><strong>${failure.headline || 'Untitled article'}</strong><span>${failure.message}</span></li>`,
            )}
          </ul>`
          : nothing
      }
      ${this.error ? html`<p class="hint error" role="alert">${this.error}</p>` : nothing}
    </div>`;
  }

  private renderActions() {
    switch (this.phase) {
      case 'choose':
        return html`<button class="button" type="button" @click=${() => this.close()}>Cancel</button>
          <button class="button primary start" type="button" ?disabled=${this.chosenFormats.length === 0} @click=${() => void this.start()}>Export…</button>`;
      case 'running':
        return html`<button class="button danger" type="button" ?disabled=${this.cancelling} @click=${() => void this.cancel()}>
          ${this.cancelling ? 'Cancelling…' : 'Cancel export'}
        </button>`;
      default:
        return html`${
          this.report?.folder === null || this.phase === 'failed'
            ? html`<button class="button" type="button" @click=${() => this.back()}>Back</button>`
            : html`<button class="button" type="button" @click=${() => void this.showFolder()}>Show in folder</button>`
        }
          <button class="button primary" type="button" @click=${() => this.close()}>Close</button>`;
    }
  }

  private async showFolder(): Promise<void> {
    try {
      await desk.showExportFolder({});
    } catch (error) {
      this.error = messageOf(error);
    }
  }

  /** The formats this export writes: a review copy leaves ninjs out. */
  private get chosenFormats(): ExportFormat[] {
    return this.review ? this.formats.filter((format) => REVIEW_FORMATS.includes(format)) : this.formats;
  }

  private setFormat(format: ExportFormat, on: boolean): void {
    this.formats = EXPORT_FORMATS.filter((each) => (each === format ? on : this.formats.includes(each)));
  }

  private async start(): Promise<void> {
    if (this.chosenFormats.length === 0) return;
    saveExportFormats(this.formats);
    saveHtmlStyle(this.htmlStyle);
    this.phase = 'running';
    this.progress = null;
    this.cancelling = false;
    void this.updateComplete.then(() => this.focusLast()); // the Cancel export button
    // Reports can trail the answer (they travel separately), so only a running export listens.
    this.stopProgress = onExportProgress((progress) => {
      if (this.phase === 'running') this.progress = progress;
    });
    const choices = { formats: this.chosenFormats, htmlStyle: this.htmlStyle, review: this.review };
    const request = this.scope === 'selected' ? { ids: this.selectedIds, ...choices } : { all: true, ...choices };
    try {
      this.report = await desk.exportBatch(request);
      this.phase = 'done';
    } catch (error) {
      this.error = `${messageOf(error)} Nothing more was written.`;
      this.phase = 'failed';
    } finally {
      this.stopProgress();
    }
    await this.updateComplete;
    this.focusLast();
  }

  private async cancel(): Promise<void> {
    this.cancelling = true;
    try {
      await desk.cancelExport({});
    } catch {
      this.cancelling = false; // the run goes on and its summary still arrives
    }
  }

  private back(): void {
    this.phase = 'choose';
    this.report = null;
    void this.updateComplete.then(() => this.focusFirst());
  }

  private close(): void {
    if (this.phase === 'running') return;
    this.dialog.close();
    emit(this, 'nd-export-close', { report: this.report });
  }

  /** Escape: closes when idle; while files are being written it does nothing (Cancel export stops them). */
  private onCancel(event: Event): void {
    event.preventDefault();
    this.close();
  }

  private focusables(): HTMLElement[] {
    return [...this.dialog.querySelectorAll<HTMLElement>('input:not([disabled]), button:not([disabled])')];
  }

  private focusFirst(): void {
    const checked = this.dialog.querySelector<HTMLElement>('input:checked:not([disabled])');
    (checked ?? this.focusables()[0])?.focus();
  }

  private focusLast(): void {
    this.focusables().at(-1)?.focus();
  }

  /** Keeps Tab inside the dialog (the modal makes the page inert, but not the window's other frames). */
  private readonly trapTab = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const focusables = this.focusables();
    if (focusables.length === 0) return;
    const active = this.shadowRoot?.activeElement;
    const edge = event.shiftKey ? focusables[0] : focusables[focusables.length - 1];
    if (active === edge || !focusables.includes(active as HTMLElement)) {
      event.preventDefault();
      (event.shiftKey ? focusables[focusables.length - 1] : focusables[0]).focus();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-export-dialog': NdExportDialog;
  }
  interface GlobalEventHandlersEventMap {
    'nd-export-close': CustomEvent<{ report: BatchExportReport | null }>;
  }
}
