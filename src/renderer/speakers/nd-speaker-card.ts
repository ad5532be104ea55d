import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

import type { Speaker, SpeakerFields } from '../../shared/speaker';
import type { SpeakerSpanCounts } from '../../shared/speaker-spans';
import { emit } from '../ui/emit';
import { controlStyles } from '../ui/shared.styles';
import { speakerCardStyles } from './nd-speaker-card.styles';
import { initials } from './nd-speaker-picker';
import { SpeakerPalette } from './speaker-hue';
import { speakerHueStyles } from './speaker-hue.styles';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * <nd-speaker-card>: one speaker of the open article in the speakers panel:
 * colour, name, role and organization, how often they are named, quoted and
 * paraphrased. Activating the card (click, Enter, ArrowDown) steps to their
 * next span, Shift+Enter or ArrowUp to the previous one. Edit opens an inline
 * form for name, aliases, role and organization; Merge picks another registry
 * speaker to fold this one into.
 *
 * @fires nd-speaker-step - step through this speaker's spans; detail: { speakerId, delta: 1 | -1 }
 * @fires nd-speaker-edit - save edited fields; detail: { speakerId, fields }
 * @fires nd-speaker-merge - fold this speaker into another; detail: { fromId, intoId }
 */
@customElement('nd-speaker-card')
export class NdSpeakerCard extends LitElement {
  static styles = [controlStyles, speakerHueStyles, speakerCardStyles];

  @property({ attribute: false }) speaker!: Speaker;
  @property({ attribute: false }) counts: SpeakerSpanCounts = { mentions: 0, direct: 0, paraphrases: 0 };
  /** The article's palette, so the card shows the colour and line the body uses for this speaker. */
  @property({ attribute: false }) palette = new SpeakerPalette();
  /** Other registry speakers, for the merge picker. */
  @property({ attribute: false }) others: Speaker[] = [];
  /** "2 of 5" while stepping through this speaker's spans. */
  @property() position = '';
  @property({ type: Boolean, reflect: true }) focused = false;

  @state() private mode: 'view' | 'edit' | 'merge' = 'view';

  render() {
    const { speaker, counts } = this;
    const detail = [speaker.role, speaker.organization].filter(Boolean).join(', ');
    return html`<div class="card ${this.palette.classOf(speaker.id)}">
      <div
        class="summary"
        title="Click or press Enter to step through ${speaker.name}'s spans (Shift+Enter: back)"
        @click=${(event: MouseEvent) => this.step(event.shiftKey ? -1 : 1)}
      >
        <span class="swatch" aria-hidden="true">${initials(speaker.name)}</span>
        <span class="who">
          <button class="name" aria-label="${speaker.name}: step through spans" @click=${this.onNameClick} @keydown=${this.onKeydown}>${speaker.name}</button>
          <span class="detail ${detail ? '' : 'missing'}">${detail || 'No role or organization'}</span>
          <span class="counts">
            <span class="count mention" title="Mentions">${plural(counts.mentions, 'mention', 'mentions')}</span>
            <span class="count direct" title="Direct quotes">${plural(counts.direct, 'direct quote', 'direct quotes')}</span>
            <span class="count paraphrase" title="Paraphrases">${plural(counts.paraphrases, 'paraphrase', 'paraphrases')}</span>
          </span>
        </span>
        ${this.position ? html`<span class="position" aria-live="polite">${this.position}</span>` : nothing}
      </div>
      ${
        this.mode === 'view'
          ? html`<div class="card-actions">
            <button class="button quiet small" @click=${() => (this.mode = 'edit')}>Edit</button>
            <button class="button quiet small" ?disabled=${this.others.length === 0} @click=${() => (this.mode = 'merge')}>Merge…</button>
          </div>`
          : nothing
      }
      ${this.mode === 'edit' ? this.renderEdit() : nothing} ${this.mode === 'merge' ? this.renderMerge() : nothing}
    </div>`;
  }

  private renderEdit() {
    const { speaker } = this;
    return html`<form class="form" aria-label="Edit ${speaker.name}" @submit=${this.onEdit} @keydown=${this.onFormKeydown}>
      <label>Name <input class="field-small" name="name" required autocomplete="off" .value=${speaker.name} /></label>
      <label>Aliases <input class="field-small" name="aliases" autocomplete="off" placeholder="Hong, the spokesman" .value=${speaker.aliases.join(', ')} /></label>
      <label>Role <input class="field-small" name="role" autocomplete="off" .value=${speaker.role} /></label>
      <label>Organization <input class="field-small" name="organization" autocomplete="off" .value=${speaker.organization} /></label>
      <div class="form-actions">
        <button type="button" class="button quiet small" @click=${() => (this.mode = 'view')}>Cancel</button>
        <button type="submit" class="button primary small">Save</button>
      </div>
    </form>`;
  }

  private renderMerge() {
    return html`<form class="form" aria-label="Merge ${this.speaker.name}" @submit=${this.onMerge} @keydown=${this.onFormKeydown}>
      <label
        >Merge ${this.speaker.name} into
        <select class="field-small" name="into" aria-label="Merge into">
          ${this.others.map((other) => html`<option value=${other.id}>${other.name}${other.organization ? ` (${other.organization})` : ''}</option>`)}
        </select>
      </label>
      <p class="note">Every span of ${this.speaker.name}, in every article, moves to the speaker you pick.</p>
      <div class="form-actions">
        <button type="button" class="button quiet small" @click=${() => (this.mode = 'view')}>Cancel</button>
        <button type="submit" class="button primary small">Merge</button>
      </div>
    </form>`;
  }

  private step(delta: 1 | -1): void {
    emit(this, 'nd-speaker-step', { speakerId: this.speaker.id, delta });
  }

  /** The name is the keyboard's way in; the whole summary takes clicks, so a click on the name is handled once. */
  private readonly onNameClick = (event: MouseEvent): void => {
    event.stopPropagation();
    this.step(event.shiftKey ? -1 : 1);
  };

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.step(event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey) ? -1 : 1);
    }
  }

  private onFormKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.mode = 'view';
    }
  }

  private onEdit(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const field = (name: string) => String(form.get(name) ?? '').trim();
    const fields: SpeakerFields = {
      name: field('name'),
      aliases: field('aliases')
        .split(',')
        .map((alias) => alias.trim())
        .filter(Boolean),
      role: field('role'),
      organization: field('organization'),
    };
    this.mode = 'view';
    emit(this, 'nd-speaker-edit', { speakerId: this.speaker.id, fields });
  }

  private onMerge(event: SubmitEvent): void {
    event.preventDefault();
    const intoId = String(new FormData(event.target as HTMLFormElement).get('into') ?? '');
    if (!intoId) return;
    this.mode = 'view';
    emit(this, 'nd-speaker-merge', { fromId: this.speaker.id, intoId });
  }
}

interface NdSpeakerCardEvents {
  'nd-speaker-step': CustomEvent<{ speakerId: string; delta: 1 | -1 }>;
  'nd-speaker-edit': CustomEvent<{ speakerId: string; fields: SpeakerFields }>;
  'nd-speaker-merge': CustomEvent<{ fromId: string; intoId: string }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-speaker-card': NdSpeakerCard;
  }
  interface GlobalEventHandlersEventMap extends NdSpeakerCardEvents {}
}
