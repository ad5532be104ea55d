import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

import { emit } from '../ui/emit';
import { MOD_KEY_LABEL } from '../ui/format';
import { controlStyles } from '../ui/shared.styles';
import type { SaveState } from './article-saver';
import { saveStateStyles } from './nd-save-state.styles';

const LABELS: Record<Exclude<SaveState, 'error'>, string> = { idle: '', pending: 'Saving…', saving: 'Saving…', saved: 'Saved' };

/** "The data folder is not writable." → "the data folder is not writable", to follow "Couldn't save: ". */
function asReason(message: string): string {
  const trimmed = message.trim().replace(/\.$/, '');
  return /^[A-Z](?![A-Z])/.test(trimmed) ? trimmed[0].toLowerCase() + trimmed.slice(1) : trimmed;
}

/**
 * <nd-save-state>: where the open story stands with the disk, in the editor's
 * status bar. Saving… and Saved while all is well; after a failure, one plain
 * line ("Not saved. Couldn't save: the data folder is not writable"), the
 * technical details behind a Details button, and Retry — all inside the bar,
 * so no notice can cover them. The host carries `data-state` for tests.
 *
 * @fires nd-save-retry - the person asked to try the save again
 */
@customElement('nd-save-state')
export class NdSaveState extends LitElement {
  static styles = [controlStyles, saveStateStyles];

  @property() state: SaveState = 'idle';
  /** The failure's plain message, while `state` is 'error'. */
  @property() message = '';
  /** The failure's technical part (errno, path), shown behind Details. */
  @property() details = '';

  @state() private showDetails = false;

  protected updated(): void {
    this.dataset.state = this.state;
    if (this.state !== 'error') this.showDetails = false;
  }

  render() {
    if (this.state !== 'error') {
      return html`<span class="save ${this.state}" role="status" data-testid="save-state" title="Saves as you type · ${MOD_KEY_LABEL}+S saves now"
        >${LABELS[this.state]}</span
      >`;
    }
    return html`<span class="save error" role="alert" data-testid="save-state"
        ><strong class="unsaved">Not saved.</strong> Couldn't save: ${asReason(this.message)}</span
      >
      ${
        this.details
          ? html`<button class="button small quiet" aria-expanded=${String(this.showDetails)} aria-controls="details" @click=${() => (this.showDetails = !this.showDetails)}>
            Details
          </button>`
          : nothing
      }
      <button class="button small retry" @click=${() => emit(this, 'nd-save-retry', undefined)}>Retry</button>
      ${this.showDetails ? html`<p id="details" class="details" role="note">${this.details}</p>` : nothing}`;
  }
}

interface NdSaveStateEvents {
  'nd-save-retry': CustomEvent<undefined>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-save-state': NdSaveState;
  }
  interface GlobalEventHandlersEventMap extends NdSaveStateEvents {}
}
