import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

import { emit } from './emit';
import { toastStyles } from './nd-toast.styles';
import { controlStyles } from './shared.styles';

/** One notice: a message, optional detail lines, and at most one action ("Undo", "Retry"). */
export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  message: string;
  details?: string[];
  actionLabel?: string;
}

/**
 * <nd-toast>: the stack of non-blocking notices in the window's corner.
 * Errors are announced as alerts, the rest politely. The host decides when a
 * notice goes away; this element only shows them and reports clicks.
 *
 * @fires nd-toast-action - the notice's action button was pressed; detail: { id }
 * @fires nd-toast-dismiss - the notice's close button was pressed; detail: { id }
 */
@customElement('nd-toast')
export class NdToast extends LitElement {
  static styles = [controlStyles, toastStyles];

  /** The notices to show, oldest first. */
  @property({ attribute: false }) notices: Notice[] = [];

  render() {
    return html`<div class="stack" aria-live="polite">
      ${this.notices.map(
        (notice) => html`<div class="notice ${notice.kind}" role=${notice.kind === 'error' ? 'alert' : 'status'} data-kind=${notice.kind}>
          <div class="text">
            <p class="message">${notice.message}</p>
            ${notice.details?.length ? html`<ul class="details">${notice.details.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
          </div>
          ${
            notice.actionLabel
              ? html`<button class="button action" @click=${() => emit(this, 'nd-toast-action', { id: notice.id })}>${notice.actionLabel}</button>`
              : nothing
          }
          <button class="icon-button close" aria-label="Dismiss" title="Dismiss" @click=${() => emit(this, 'nd-toast-dismiss', { id: notice.id })}>
            <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
          </button>
        </div>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-toast': NdToast;
  }
  interface GlobalEventHandlersEventMap {
    'nd-toast-action': CustomEvent<{ id: number }>;
    'nd-toast-dismiss': CustomEvent<{ id: number }>;
  }
}
