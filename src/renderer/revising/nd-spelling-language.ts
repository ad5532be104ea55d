import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

import { SPELLING_LANGUAGES, type SpellingLanguage } from '../../shared/article';
import { emit } from '../ui/emit';
import { controlStyles } from '../ui/shared.styles';
import { spellingLanguageStyles } from './nd-spelling-language.styles';

const NAMES: Record<SpellingLanguage, string> = { 'en-GB': 'English (UK)', 'en-US': 'English (US)' };

/**
 * <nd-spelling-language>: which English the story is spelled in, in the
 * status bar: the desk's (the default) or its own. When a story chooses
 * another, "Use for the desk" makes that the desk's language.
 *
 * @fires nd-spelling-language-change - the story's language; detail: { language } (null: the desk's)
 * @fires nd-desk-language-change - the desk's language; detail: { language }
 */
@customElement('nd-spelling-language')
export class NdSpellingLanguage extends LitElement {
  static styles = [controlStyles, spellingLanguageStyles];

  /** The story's own choice; null follows the desk. */
  @property({ attribute: false }) language: SpellingLanguage | null = null;
  @property({ attribute: false }) deskLanguage: SpellingLanguage = 'en-GB';

  render() {
    const own = this.language;
    return html`<label>
        <span class="label">Spelling</span>
        <select
          class="field-small"
          aria-label="Spelling language"
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            emit(this, 'nd-spelling-language-change', { language: value === '' ? null : (value as SpellingLanguage) });
          }}
        >
          <option value="" ?selected=${own === null}>Desk: ${NAMES[this.deskLanguage]}</option>
          ${SPELLING_LANGUAGES.map((language) => html`<option value=${language} ?selected=${own === language}>${NAMES[language]}</option>`)}
        </select>
      </label>
      ${
        own && own !== this.deskLanguage
          ? html`<button class="button small quiet" @click=${() => emit(this, 'nd-desk-language-change', { language: own })}>Use for the desk</button>`
          : nothing
      }`;
  }
}

interface NdSpellingLanguageEvents {
  'nd-spelling-language-change': CustomEvent<{ language: SpellingLanguage | null }>;
  'nd-desk-language-change': CustomEvent<{ language: SpellingLanguage }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-spelling-language': NdSpellingLanguage;
  }
  interface GlobalEventHandlersEventMap extends NdSpellingLanguageEvents {}
}
