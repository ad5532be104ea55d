import { html, LitElement } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

import { emit } from '../ui/emit';
import { controlStyles } from '../ui/shared.styles';
import { webLinkFormStyles } from './nd-web-link-form.styles';
import { hostOf } from './related-links';

/**
 * <nd-web-link-form>: asks for the headline of a web page about to be linked
 * (an address carries none). Enter or "Add link" adds it; Escape or Cancel drops it.
 *
 * @fires nd-web-link-add - detail: { url, headline }
 * @fires nd-web-link-cancel - the address was dropped
 */
@customElement('nd-web-link-form')
export class NdWebLinkForm extends LitElement {
  static styles = [controlStyles, webLinkFormStyles];

  /** The http(s) address to link. */
  @property() url = '';

  @query('input') private input!: HTMLInputElement;

  focus(): void {
    this.input?.focus();
  }

  render() {
    return html`<form @submit=${this.onSubmit}>
      <label>
        <span>Headline for the link to <strong>${hostOf(this.url)}</strong></span>
        <input class="field-small" name="headline" required maxlength="500" autocomplete="off" placeholder="Headline" @keydown=${this.onKeydown} />
      </label>
      <span class="actions">
        <button class="button small primary" type="submit">Add link</button>
        <button class="button small quiet" type="button" @click=${() => this.cancel()}>Cancel</button>
      </span>
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const headline = this.input.value.trim();
    if (!headline) return;
    emit(this, 'nd-web-link-add', { url: this.url, headline });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.cancel();
  }

  private cancel(): void {
    emit(this, 'nd-web-link-cancel', undefined);
  }
}

interface NdWebLinkFormEvents {
  'nd-web-link-add': CustomEvent<{ url: string; headline: string }>;
  'nd-web-link-cancel': CustomEvent<undefined>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-web-link-form': NdWebLinkForm;
  }
  interface GlobalEventHandlersEventMap extends NdWebLinkFormEvents {}
}
