import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

import { type FigureTextField, MAX_FIGURE_FIELD_LENGTH } from '../../shared/nodes/figure';
import { emit } from '../ui/emit';
import { controlStyles } from '../ui/shared.styles';
import { figureFormStyles } from './nd-figure-form.styles';

export type FigureFields = Record<FigureTextField, string>;

/**
 * <nd-figure-form>: the small form under a picture in the body: alt text
 * (required — what a reader who cannot see the picture is told), caption,
 * credit, and rights or usage terms. Enter in a one-line field or Ctrl+Enter
 * saves; Escape cancels. Fields start from `fields` each time the form opens.
 *
 * @fires nd-figure-save - the person saved; detail: { fields } (trimmed)
 * @fires nd-figure-cancel - the person closed the form without saving; detail: null
 */
@customElement('nd-figure-form')
export class NdFigureForm extends LitElement {
  static styles = [controlStyles, figureFormStyles];

  @property({ attribute: false }) fields: FigureFields = { alt: '', caption: '', credit: '', rights: '' };

  @query('form') private form!: HTMLFormElement;

  /** Puts the cursor in the alt text field (or `field`). */
  async focusField(field: FigureTextField = 'alt'): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${field}"]`)?.focus();
  }

  protected updated(changed: PropertyValues<this>): void {
    if (!changed.has('fields')) return;
    for (const [name, value] of Object.entries(this.fields)) {
      const control = this.form?.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null;
      if (control) control.value = value;
    }
  }

  render() {
    const max = MAX_FIGURE_FIELD_LENGTH;
    return html`<form @submit=${this.onSubmit} @keydown=${this.onKeydown} aria-label="Picture details">
      <label class="wide">
        <span>Alt text <em>required</em></span>
        <textarea name="alt" rows="2" maxlength=${max} placeholder="What the picture shows, for readers who cannot see it" .value=${this.fields.alt}></textarea>
      </label>
      <label class="wide">
        <span>Caption</span>
        <textarea name="caption" rows="2" maxlength=${max} .value=${this.fields.caption}></textarea>
      </label>
      <label>
        <span>Credit</span>
        <input name="credit" class="field-small" maxlength=${max} placeholder="Photographer / Agency" .value=${this.fields.credit} />
      </label>
      <label>
        <span>Rights and usage terms</span>
        <input name="rights" class="field-small" maxlength=${max} placeholder="© 2026 Agency. Editorial use only." .value=${this.fields.rights} />
      </label>
      <div class="actions">
        <button class="button quiet small" type="button" @click=${() => emit(this, 'nd-figure-cancel', null)}>Cancel</button>
        <button class="button primary small" type="submit">Save picture details</button>
      </div>
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(this.form);
    const read = (name: FigureTextField) => String(data.get(name) ?? '').trim();
    emit(this, 'nd-figure-save', {
      fields: { alt: read('alt'), caption: read('caption'), credit: read('credit'), rights: read('rights') },
    });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      emit(this, 'nd-figure-cancel', null);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.form.requestSubmit();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-figure-form': NdFigureForm;
  }
  interface GlobalEventHandlersEventMap {
    'nd-figure-save': CustomEvent<{ fields: FigureFields }>;
    'nd-figure-cancel': CustomEvent<null>;
  }
}
