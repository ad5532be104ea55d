/**
 * Corrections and clarifications on a published story: the ones it carries,
 * dated, and a form to add one (kind and text). "Compare with published"
 * opens the history on the published version against the current text.
 */
import { html, nothing } from 'lit';

import type { Correction, CorrectionKind } from '../../shared/metadata/article-metadata';
import { absoluteTime } from '../ui/format';

export interface CorrectionsContext {
  corrections: readonly Correction[];
  /** Whether the story has been published (only then does it take new corrections). */
  published: boolean;
  add(kind: CorrectionKind, text: string): void;
  remove(index: number): void;
  comparePublished(): void;
}

function onSubmit(event: SubmitEvent, context: CorrectionsContext): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const text = (form.elements.namedItem('text') as HTMLTextAreaElement).value.trim();
  const kind = (form.elements.namedItem('kind') as HTMLSelectElement).value as CorrectionKind;
  if (!text) return;
  context.add(kind, text);
  form.reset();
}

export function renderCorrections(context: CorrectionsContext) {
  return html`${
    context.corrections.length > 0
      ? html`<ol class="corrections">
          ${context.corrections.map(
            (correction, index) => html`<li class="correction" data-kind=${correction.kind}>
              <span class="correction-top">
                <span class="kind">${correction.kind === 'clarification' ? 'Clarification' : 'Correction'}</span>
                <time datetime=${correction.date}>${absoluteTime(correction.date)}</time>
                <button type="button" class="icon-button remove" aria-label="Remove this ${correction.kind}" title="Remove" @click=${() => context.remove(index)}>✕</button>
              </span>
              <span class="text">${correction.text}</span>
            </li>`,
          )}
        </ol>`
      : nothing
  }
    ${
      context.published
        ? html`<form class="add-correction" @submit=${(event: SubmitEvent) => onSubmit(event, context)}>
            <select class="field-small" name="kind" aria-label="Kind of note">
              <option value="correction">Correction</option>
              <option value="clarification">Clarification</option>
            </select>
            <textarea class="field-small" name="text" rows="2" maxlength="2000" aria-label="Correction text" placeholder="What was wrong, and what is right"></textarea>
            <span class="row-actions">
              <button type="submit" class="button small primary">Add</button>
              <button type="button" class="button small compare" @click=${context.comparePublished}>Compare with published</button>
            </span>
          </form>`
        : html`<p class="none">Corrections are added once the story is published.</p>`
    }`;
}
