import { LitElement, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { confirmDialogStyles } from './nd-confirm-dialog.styles';
import { controlStyles, modalDialogStyles } from './shared.styles';
import { emit } from './emit';

/**
 * <nd-confirm-dialog>: a modal question with two answers. It opens as soon as
 * it is connected, with the focus on the confirming button; Escape or the
 * cancel button answer no. Use `confirmAction()` (confirm.ts) rather than
 * placing it by hand.
 *
 * @fires nd-confirm-answer - the person answered; detail: { confirmed }
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

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('button.confirm') private confirmButton!: HTMLButtonElement;

  private answered = false;

  protected firstUpdated(): void {
    this.dialog.showModal();
    this.confirmButton.focus();
  }

  render() {
    return html`<dialog aria-labelledby="heading" aria-describedby="message" @cancel=${this.onCancel}>
      <h2 id="heading">${this.heading}</h2>
      ${this.message ? html`<p id="message">${this.message}</p>` : nothing}
      <div class="actions">
        <button class="button cancel" type="button" @click=${() => this.answer(false)}>${this.cancelLabel}</button>
        <button class="button primary confirm ${this.danger ? 'danger' : ''}" type="button" @click=${() => this.answer(true)}>
          ${this.confirmLabel}
        </button>
      </div>
    </dialog>`;
  }

  private onCancel(event: Event): void {
    event.preventDefault();
    this.answer(false);
  }

  private answer(confirmed: boolean): void {
    if (this.answered) return;
    this.answered = true;
    this.dialog.close();
    emit(this, 'nd-confirm-answer', { confirmed });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-confirm-dialog': NdConfirmDialog;
  }
  interface GlobalEventHandlersEventMap {
    'nd-confirm-answer': CustomEvent<{ confirmed: boolean }>;
  }
}
