import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

import { type MediaTopic, searchMediaTopics, topicLabel, topicPath } from '../../shared/metadata/media-topics';
import { emit } from '../ui/emit';
import { controlStyles } from '../ui/shared.styles';
import { metadataFieldStyles } from './metadata-field.styles';

/**
 * <nd-subject-picker>: the story's IPTC Media Topic subjects as removable
 * chips, and a search box that finds topics by label as the person types
 * (every word, at the start of a word, case and accents ignored).
 * ArrowDown/ArrowUp move through the results, Enter adds the highlighted one,
 * Escape closes them; Backspace in an empty box removes the last subject.
 *
 * @fires nd-subjects-change - the subjects were edited; detail: { subjects } (codes, in order)
 */
@customElement('nd-subject-picker')
export class NdSubjectPicker extends LitElement {
  static styles = [controlStyles, metadataFieldStyles];

  /** Media Topic codes ("medtop:20000523"). */
  @property({ attribute: false }) subjects: readonly string[] = [];

  @state() private query = '';
  @state() private results: MediaTopic[] = [];
  @state() private active = 0;

  @query('input') private input!: HTMLInputElement;

  render() {
    const open = this.query.trim() !== '';
    return html`
      ${
        this.subjects.length > 0
          ? html`<ul class="chips" aria-label="Subjects">
            ${this.subjects.map(
              (code) => html`<li class="chip" title=${`${topicPath(code)} (${code})`}>
                <span>${topicLabel(code)}</span>
                <button type="button" class="chip-remove" aria-label="Remove subject ${topicLabel(code)}" @click=${() => this.removeSubject(code)}><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4.5 4.5l7 7M11.5 4.5l-7 7" /></svg></button>
              </li>`,
            )}
          </ul>`
          : nothing
      }
      <div class="combo">
        <input
          class="field-small"
          type="search"
          role="combobox"
          aria-label="Find a subject"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="subject-results"
          aria-activedescendant=${open && this.results.length > 0 ? `subject-${this.active}` : nothing}
          placeholder="Find a subject (e.g. labour market)"
          autocomplete="off"
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
        />
        ${
          open
            ? html`<ul id="subject-results" class="results" role="listbox" aria-label="Matching subjects">
              ${
                this.results.length === 0
                  ? html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">No subject matches “${this.query.trim()}”.</li>`
                  : this.results.map(
                      (topic, index) => html`<li
                        id="subject-${index}"
                        role="option"
                        class="result ${index === this.active ? 'active' : ''}"
                        aria-selected=${index === this.active ? 'true' : 'false'}
                        @mousedown=${(event: MouseEvent) => event.preventDefault()}
                        @click=${() => this.add(topic)}
                      >
                        <span class="label">${topic.label}</span>
                        <span class="path">${topic.parent ? topicPath(topic.parent) : 'Top-level topic'}</span>
                      </li>`,
                    )
              }
            </ul>`
            : nothing
        }
      </div>
    `;
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.results = searchMediaTopics(this.query, 12).filter((topic) => !this.subjects.includes(topic.code));
    this.active = 0;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.results.length === 0) return;
      this.active = (this.active + (event.key === 'ArrowDown' ? 1 : this.results.length - 1)) % this.results.length;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const topic = this.results[this.active];
      if (topic) this.add(topic);
    } else if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      event.stopPropagation();
      this.clear();
    } else if (event.key === 'Backspace' && this.input.value === '' && this.subjects.length > 0) {
      this.removeSubject(this.subjects[this.subjects.length - 1]);
    }
  }

  private add(topic: MediaTopic): void {
    this.clear();
    if (!this.subjects.includes(topic.code)) emit(this, 'nd-subjects-change', { subjects: [...this.subjects, topic.code] });
    this.input.focus();
  }

  private removeSubject(code: string): void {
    emit(this, 'nd-subjects-change', { subjects: this.subjects.filter((other) => other !== code) });
  }

  private clear(): void {
    this.query = '';
    this.results = [];
    this.active = 0;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-subject-picker': NdSubjectPicker;
  }
  interface GlobalEventHandlersEventMap {
    'nd-subjects-change': CustomEvent<{ subjects: string[] }>;
  }
}
