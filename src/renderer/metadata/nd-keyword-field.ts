import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

import { emit } from '../ui/emit';
import { controlStyles } from '../ui/shared.styles';
import { metadataFieldStyles } from './metadata-field.styles';

/**
 * <nd-keyword-field>: free keywords as removable chips. Enter or a comma adds
 * what was typed; Backspace in an empty box removes the last one. Suggestions
 * (names and terms the story repeats) are offered as "+ keyword" buttons.
 *
 * @fires nd-keywords-change - the keywords were edited; detail: { keywords }
 */
@customElement('nd-keyword-field')
export class NdKeywordField extends LitElement {
  static styles = [controlStyles, metadataFieldStyles];

  @property({ attribute: false }) keywords: readonly string[] = [];
  /** Keywords the story's text suggests (those already chosen are left out). */
  @property({ attribute: false }) suggestions: readonly string[] = [];

  @query('input') private input!: HTMLInputElement;

  render() {
    const offered = this.suggestions.filter((word) => !this.keywords.some((keyword) => keyword.toLowerCase() === word.toLowerCase()));
    return html`
      ${
        this.keywords.length > 0
          ? html`<ul class="chips" aria-label="Keywords">
            ${this.keywords.map(
              (keyword) => html`<li class="chip">
                <span>${keyword}</span>
                <button type="button" class="chip-remove" aria-label="Remove keyword ${keyword}" @click=${() => this.removeKeyword(keyword)}><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4.5 4.5l7 7M11.5 4.5l-7 7" /></svg></button>
              </li>`,
            )}
          </ul>`
          : nothing
      }
      <input
        class="field-small"
        aria-label="Add a keyword"
        placeholder="Add a keyword, then Enter"
        maxlength="100"
        autocomplete="off"
        @keydown=${this.onKeydown}
        @blur=${() => this.addTyped()}
      />
      ${
        offered.length > 0
          ? html`<div class="suggestions" aria-label="Suggested keywords" role="group">
            <span class="hint">Suggested:</span>
            ${offered.map(
              (word) =>
                html`<button type="button" class="button small quiet suggestion" aria-label="Add suggested keyword ${word}" @click=${() => this.add(word)}>+ ${word}</button>`,
            )}
          </div>`
          : nothing
      }
    `;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      this.addTyped();
    } else if (event.key === 'Backspace' && this.input.value === '' && this.keywords.length > 0) {
      this.removeKeyword(this.keywords[this.keywords.length - 1]);
    }
  }

  private addTyped(): void {
    const word = this.input.value.replace(/,/g, ' ').trim();
    this.input.value = '';
    if (word) this.add(word);
  }

  private add(word: string): void {
    if (this.keywords.some((keyword) => keyword.toLowerCase() === word.toLowerCase())) return;
    emit(this, 'nd-keywords-change', { keywords: [...this.keywords, word] });
  }

  private removeKeyword(word: string): void {
    emit(this, 'nd-keywords-change', { keywords: this.keywords.filter((keyword) => keyword !== word) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-keyword-field': NdKeywordField;
  }
  interface GlobalEventHandlersEventMap {
    'nd-keywords-change': CustomEvent<{ keywords: string[] }>;
  }
}
