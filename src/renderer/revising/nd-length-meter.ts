import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

import type { Article } from '../../shared/article';
import { countWords } from '../../shared/body-text';
import { bodyCounts } from '../editor/body-counts';
import { emit } from '../ui/emit';
import { formatNumber } from '../ui/format';
import { controlStyles } from '../ui/shared.styles';
import { whenIdle } from '../ui/when-idle';
import { lengthMeterStyles } from './nd-length-meter.styles';

/** Quiet time after an edit before the characters are recounted. */
const COUNT_DELAY_MS = 200;

/** Under 90 % of the target is short, over 110 % is long. */
const SHORT_RATIO = 0.9;
const LONG_RATIO = 1.1;

type Fit = 'short' | 'fits' | 'long';

interface Counts {
  words: number;
  characters: number;
}

const number = formatNumber;
const plural = (count: number, one: string, many: string) => `${number(count)} ${count === 1 ? one : many}`;

/** Words and characters of a stretch of text (line breaks between blocks are not characters). */
function countsOf(text: string): Counts {
  return { words: countWords(text), characters: text.replace(/\n/g, '').length };
}

/**
 * <nd-length-meter>: the status bar's length readout. Words and characters of
 * the whole body and of the selection (when something is selected), and the
 * target length: a number field, a bar that turns amber under 90 % of the
 * target and red over 110 %, and the difference in words ("88 words under").
 * The word count keeps `data-testid="word-count"`.
 *
 * @fires nd-target-change - the target was set or cleared; detail: { targetWords } (null: no target)
 */
@customElement('nd-length-meter')
export class NdLengthMeter extends LitElement {
  static styles = [controlStyles, lengthMeterStyles];

  /** The editor whose body and selection are counted. */
  @property({ attribute: false }) editor: Editor | null = null;
  /** The open article: its target length is where the field starts; its stored word count shows until the body is counted. */
  @property({ attribute: false }) article: Article | null = null;

  @state() private target: number | null = null;
  /** The live body's characters; null until counted. */
  @state() private characters: number | null = null;
  /** The live body's word count; null until counted. */
  @state() private words: number | null = null;
  @state() private selection: Counts | null = null;

  /** The live count once there is one, the stored one until then. */
  private get shownWords(): number {
    return this.words ?? this.article?.wordCount ?? 0;
  }

  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private cancelFirstCount = () => undefined as void;

  /**
   * On every transaction: the selection is counted at once (it is what the person is
   * looking at, and an empty one costs nothing); the whole body's words and characters once
   * typing pauses, from counts cached per block (body-counts.ts): a keystroke costs nothing here.
   */
  private readonly measure = (event?: { transaction: Transaction }) => {
    const editor = this.editor;
    if (!editor || editor.isDestroyed) return;
    const { doc, selection } = editor.state;
    if (!event) this.count(doc);
    else if (event.transaction.docChanged) {
      clearTimeout(this.countTimer);
      this.countTimer = setTimeout(() => this.count(doc), COUNT_DELAY_MS);
    }
    const next = selection.empty ? null : countsOf(doc.textBetween(selection.from, selection.to, '\n', ' '));
    if (next?.words !== this.selection?.words || next?.characters !== this.selection?.characters) this.selection = next;
  };

  private count(doc: ProseMirrorNode): void {
    const counts = bodyCounts(doc);
    this.characters = counts.characters;
    this.words = counts.words;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article')) this.target = this.article?.targetWords ?? null;
    if (changed.has('editor')) {
      const previous = changed.get('editor') as Editor | null | undefined;
      previous?.off('transaction', this.measure);
      clearTimeout(this.countTimer);
      this.words = null;
      this.characters = null;
      this.editor?.on('transaction', this.measure);
      // A story just opened shows its stored word count; the live count follows once the window is idle.
      this.cancelFirstCount();
      this.cancelFirstCount = whenIdle(() => this.measure(), 300);
    }
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.off('transaction', this.measure);
    clearTimeout(this.countTimer);
    this.cancelFirstCount();
  }

  render() {
    const target = this.target;
    const words = this.shownWords;
    return html`
      <span class="count" data-testid="word-count"
        >${target ? `${number(words)} / ${plural(target, 'word', 'words')}` : plural(words, 'word', 'words')}</span
      >
      <span class="count muted" data-testid="character-count">${this.characters === null ? '' : plural(this.characters, 'character', 'characters')}</span>
      ${target ? this.renderProgress(words, target) : nothing}
      <label class="target" title="Target length in words (empty: none)">
        <span>Target</span>
        <input
          type="number"
          min="1"
          max="100000"
          step="10"
          inputmode="numeric"
          placeholder="—"
          aria-label="Target length in words"
          .value=${target === null ? '' : String(target)}
          @change=${this.onTargetChange}
          @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && (event.target as HTMLInputElement).blur()}
        />
      </label>
      ${
        this.selection
          ? html`<span class="selection" data-testid="selection-count" role="status"
              >Selection: ${plural(this.selection.words, 'word', 'words')},
              ${plural(this.selection.characters, 'character', 'characters')}</span
            >`
          : nothing
      }
    `;
  }

  private renderProgress(words: number, target: number) {
    const ratio = words / target;
    const fit: Fit = ratio < SHORT_RATIO ? 'short' : ratio > LONG_RATIO ? 'long' : 'fits';
    const difference = words - target;
    const text = difference === 0 ? 'On target' : `${plural(Math.abs(difference), 'word', 'words')} ${difference < 0 ? 'under' : 'over'}`;
    const percent = Math.round(ratio * 100);
    return html`<span class="progress ${fit}">
      <meter
        min="0"
        max=${target}
        low=${Math.round(target * SHORT_RATIO)}
        high=${Math.round(target * LONG_RATIO)}
        optimum=${target}
        .value=${Math.min(words, target * 1.5)}
        aria-label="Length against target: ${percent} %"
      ></meter>
      <span class="fill" aria-hidden="true"><span class="bar"></span></span>
      <span class="difference" data-testid="target-difference" data-fit=${fit}>${text}</span>
    </span>`;
  }

  protected updated(): void {
    // The bar's width goes through the CSSOM: the CSP allows no style attributes.
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar');
    if (bar && this.target) bar.style.width = `${Math.min(100, (this.shownWords / this.target) * 100)}%`;
  }

  /** Shows `targetWords` again, as after an edit the host refused (a published story kept as it was). */
  resetTarget(targetWords: number | null): void {
    this.target = targetWords;
    const input = this.renderRoot.querySelector<HTMLInputElement>('input');
    if (input) input.value = targetWords === null ? '' : String(targetWords);
  }

  private onTargetChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const value = input.value.trim() === '' ? null : Math.round(Number(input.value));
    const targetWords = value !== null && Number.isFinite(value) && value >= 1 && value <= 100_000 ? value : null;
    if (targetWords === null && input.value.trim() !== '') {
      input.value = this.target === null ? '' : String(this.target);
      return;
    }
    this.target = targetWords;
    emit(this, 'nd-target-change', { targetWords });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-length-meter': NdLengthMeter;
  }
  interface GlobalEventHandlersEventMap {
    'nd-target-change': CustomEvent<{ targetWords: number | null }>;
  }
}
