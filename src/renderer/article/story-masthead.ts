/**
 * The top of a story: the headline, which wraps over as many lines as it
 * needs (Enter never breaks it: it moves on to the dateline), and the dateline
 * and byline fields. Rendering only; the editor owns the values.
 */
import { html } from 'lit';
import { live } from 'lit/directives/live.js';

export type MastheadField = 'headline' | 'dateline' | 'byline';

export interface MastheadContext {
  headline: string;
  dateline: string;
  byline: string;
  /** A field's new value; a headline never holds a line break. */
  change(field: MastheadField, value: string): void;
  pasteHeadline(event: ClipboardEvent): void;
}

/** Line breaks in a headline (a paste, a drop) become single spaces. */
function asOneLine(text: string): string {
  return text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ');
}

function onHeadlineKeydown(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  event.preventDefault();
  const page = (event.target as HTMLElement).closest('.page');
  page?.querySelector<HTMLInputElement>('.dateline input')?.focus();
}

function onHeadlineInput(event: Event, context: MastheadContext): void {
  const area = event.target as HTMLTextAreaElement;
  if (/[\r\n]/.test(area.value)) {
    const caret = area.selectionStart;
    area.value = asOneLine(area.value);
    area.setSelectionRange(caret, caret);
  }
  context.change('headline', area.value);
}

export function renderMasthead(context: MastheadContext) {
  const field = (name: 'dateline' | 'byline', label: string, placeholder: string, value: string) =>
    html`<label class="field ${name}">
      <span>${label}</span>
      <input
        placeholder=${placeholder}
        maxlength="200"
        autocomplete="off"
        .value=${live(value)}
        @input=${(event: Event) => context.change(name, (event.target as HTMLInputElement).value)}
      />
    </label>`;
  return html`<textarea
      class="headline"
      rows="1"
      aria-label="Headline"
      placeholder="Headline"
      maxlength="500"
      autocomplete="off"
      .value=${live(context.headline)}
      @keydown=${onHeadlineKeydown}
      @input=${(event: Event) => onHeadlineInput(event, context)}
      @paste=${(event: ClipboardEvent) => context.pasteHeadline(event)}
    ></textarea>
    <div class="fields">${field('dateline', 'Dateline', 'CITY, Month D', context.dateline)} ${field('byline', 'Byline', 'By …', context.byline)}</div>`;
}
