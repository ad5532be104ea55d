import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

import { emit } from './emit';
import { confirmDialogStyles } from './nd-confirm-dialog.styles';
import { controlStyles, modalDialogStyles } from './shared.styles';

/**
 * <nd-confirm-dialog>: a modal question with two answers. It opens as soon as
 * it is connected, with the focus on the answer `initialFocus` names (the safe
 * one, Cancel, unless told otherwise); Tab and Shift+Tab stay on its two
 * buttons; Escape or the cancel button answer no. With `holdTyping`, printable
 * keys typed while it is open are held (reported with the answer), never
 * taken as an answer. Use `askQuestion()` or `confirmAction()` (confirm.ts)
 * rather than placing it by hand.
 *
 * @fires nd-confirm-answer - the person answered; detail: { confirmed, typed }
 */
@customElement('nd-confirm-dialog')
export class NdConfirmDialog extends LitElement {
  static styles = [controlStyles, modalDialogStyles, confirmDialogStyles];

  @property() heading = '';
  @property() message = '';
  @property() confirmLabel = 'OK';
  @property() cancelLabel = 'Cancel';
  /** Colours the confirming button as a destructive action. */
  @property({ type: Boolean }) danger = false;
  @property() initialFocus: 'confirm' | 'cancel' = 'cancel';
  @property({ type: Boolean }) holdTyping = false;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('button.confirm') private confirmButton!: HTMLButtonElement;
  @query('button.cancel') private cancelButton!: HTMLButtonElement;

  private answered = false;
  private typed = '';
  /** Keys pressed down while the question was open: only those may answer it from the keyboard. */
  private readonly pressedInside = new Set<string>();

  protected firstUpdated(): void {
    this.dialog.showModal();
    (this.initialFocus === 'confirm' ? this.confirmButton : this.cancelButton).focus();
  }

  render() {
    return html`<dialog aria-labelledby="heading" aria-describedby="message" @cancel=${this.onCancel} @keydown=${this.onKeydown}>
      <h2 id="heading">${this.heading}</h2>
      ${this.message ? html`<p id="message">${this.message}</p>` : nothing}
      <div class="actions">
        <button class="button cancel" type="button" @click=${(event: MouseEvent) => this.onAnswerClick(event, false)}>${this.cancelLabel}</button>
        <button class="button primary confirm ${this.danger ? 'danger' : ''}" type="button" @click=${(event: MouseEvent) => this.onAnswerClick(event, true)}>
          ${this.confirmLabel}
        </button>
      </div>
    </dialog>`;
  }

  private onCancel(event: Event): void {
    event.preventDefault();
    this.answer(false);
  }

  /**
   * A click the keyboard made (detail 0) answers only if its Enter or Space went down inside the
   * question: the key that raised the question (Enter in a field, a space typed in the story) ends
   * on the newly focused button and must not answer it.
   */
  private onAnswerClick(event: MouseEvent, confirmed: boolean): void {
    if (event.detail === 0 && !this.pressedInside.has('Enter') && !this.pressedInside.has(' ')) return;
    this.answer(confirmed);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    this.pressedInside.add(event.key);
    if (event.key === 'Tab') {
      // Focus cycles between the two answers and never leaves the question.
      event.preventDefault();
      const focused = this.shadowRoot?.activeElement;
      (focused === this.confirmButton ? this.cancelButton : this.confirmButton).focus();
      return;
    }
    if (!this.holdTyping || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1) {
      event.preventDefault(); // a space or a letter is typing, not an answer
      this.typed += event.key;
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      this.typed = this.typed.slice(0, -1);
    }
  };

  private answer(confirmed: boolean): void {
    if (this.answered) return;
    this.answered = true;
    this.dialog.close();
    emit(this, 'nd-confirm-answer', { confirmed, typed: this.typed });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-confirm-dialog': NdConfirmDialog;
  }
  interface GlobalEventHandlersEventMap {
    'nd-confirm-answer': CustomEvent<{ confirmed: boolean; typed: string }>;
  }
}
