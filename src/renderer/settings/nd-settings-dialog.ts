import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';

import type { DeskSettings, DeskSettingsPatch } from '../../shared/settings';
import { timeZoneOffsetLabel } from '../../shared/time-zone';
import { emit } from '../ui/emit';
import { controlStyles, modalDialogStyles } from '../ui/shared.styles';
import { settingsDialogStyles } from './nd-settings-dialog.styles';
import { timeZoneChoices } from './time-zone-choices';

/** Language tags offered in the list (any BCP 47 tag may be typed). */
const COMMON_LANGUAGES = ['en-GB', 'en-US', 'en-AU', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'sv', 'zh-Hans', 'ja', 'ar'];

/**
 * <nd-settings-dialog>: who is editing, the language of new stories and the
 * desk's time zone, in a modal form. Opens as soon as it is connected, with the
 * focus on the name. With `firstRun` it asks only "Who is editing?" and cannot
 * be dismissed without a name: every revision, suggestion and note carries it.
 * `error` shows why the last save was refused; the form keeps what was typed.
 *
 * @fires nd-settings-save - detail: the changed settings (a DeskSettingsPatch)
 * @fires nd-settings-close - the person closed it without saving
 */
@customElement('nd-settings-dialog')
export class NdSettingsDialog extends LitElement {
  static styles = [controlStyles, modalDialogStyles, settingsDialogStyles];

  @property({ attribute: false }) settings!: DeskSettings;
  @property({ type: Boolean }) firstRun = false;
  @property() error = '';
  @state() private name = '';

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#display-name') private nameField!: HTMLInputElement;

  connectedCallback(): void {
    super.connectedCallback();
    this.name = this.settings.displayName ?? '';
  }

  protected firstUpdated(): void {
    this.dialog.showModal();
    this.nameField.focus();
  }

  render() {
    const named = this.name.trim().length > 0;
    return html`<dialog aria-labelledby="settings-heading" @cancel=${this.onCancel}>
      <form method="dialog" @submit=${this.onSubmit} novalidate>
        <h2 id="settings-heading">${this.firstRun ? 'Who is editing?' : 'Settings'}</h2>
        ${
          this.firstRun
            ? html`<p class="intro">Your name goes on the versions you save and on your suggested changes and notes, so the desk knows who did what.</p>`
            : nothing
        }
        <label>
          Your name
          <input
            id="display-name"
            class="field-small"
            maxlength="80"
            autocomplete="name"
            .value=${this.name}
            @input=${(event: InputEvent) => (this.name = (event.target as HTMLInputElement).value)}
          />
        </label>
        ${this.firstRun ? nothing : this.renderDeskFields()}
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <div class="actions">
          ${this.firstRun ? nothing : html`<button class="button" type="button" @click=${() => this.close()}>Cancel</button>`}
          <button class="button primary" type="submit" ?disabled=${!named}>${this.firstRun ? 'Start editing' : 'Save'}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderDeskFields() {
    const now = new Date();
    return html`
      <label>
        Language of new stories
        <input id="language" class="field-small" list="languages" .value=${this.settings.language} spellcheck="false" />
        <span class="hint">A language tag such as en-GB, en-US or fr</span>
        <datalist id="languages">${COMMON_LANGUAGES.map((tag) => html`<option value=${tag}></option>`)}</datalist>
      </label>
      <label>
        Desk time zone
        <select id="time-zone" class="field-small">
          ${timeZoneChoices(this.settings.timeZone).map(
            (zone) =>
              html`<option value=${zone} ?selected=${zone === this.settings.timeZone}>${zone} (${timeZoneOffsetLabel(zone, now)})</option>`,
          )}
        </select>
        <span class="hint">Embargoes and times on the desk are shown in this zone</span>
      </label>
    `;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (!this.name.trim()) return;
    const patch: DeskSettingsPatch = { displayName: this.name };
    if (!this.firstRun) {
      patch.language = this.renderRoot.querySelector<HTMLInputElement>('#language')?.value ?? this.settings.language;
      patch.timeZone = this.renderRoot.querySelector<HTMLSelectElement>('#time-zone')?.value ?? this.settings.timeZone;
    }
    emit(this, 'nd-settings-save', patch);
  }

  private onCancel(event: Event): void {
    event.preventDefault();
    if (!this.firstRun) this.close();
  }

  private close(): void {
    this.dialog.close();
    emit(this, 'nd-settings-close', null);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-settings-dialog': NdSettingsDialog;
  }
  interface GlobalEventHandlersEventMap {
    'nd-settings-save': CustomEvent<DeskSettingsPatch>;
    'nd-settings-close': CustomEvent<null>;
  }
}
