/**
 * SidePanel: whether the story's side panel (speakers, checks, related
 * stories) is shown, remembered between starts, toggled by its button in the
 * editor's bar or Ctrl+Alt+P. A window narrower than SIDE_PANEL_MIN_WINDOW
 * starts with it hidden until the person shows it; shown in a narrow
 * workspace it slides over the story instead of squeezing the text under a
 * readable width (nd-editor.styles.ts).
 */
import { html, type ReactiveControllerHost } from 'lit';

import { MOD_KEY_LABEL } from '../ui/format';
import { isPaneShown, rememberPane } from '../ui/layout-preferences';

export class SidePanel {
  shown = isPaneShown('aside', window.innerWidth);

  constructor(private readonly host: ReactiveControllerHost) {}

  toggle(): void {
    this.shown = !this.shown;
    rememberPane('aside', this.shown);
    this.host.requestUpdate();
  }

  renderButton() {
    return html`<button
      class="button quiet revising-button side-panel-button"
      type="button"
      aria-pressed=${String(this.shown)}
      title="Side panel: notes, speakers, checks and related stories (${MOD_KEY_LABEL}+Alt+P)"
      aria-keyshortcuts="Control+Alt+P Meta+Alt+P"
      @click=${() => this.toggle()}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true"><rect x="2.5" y="3" width="11" height="10" rx="1.5" /><path d="M10 3v10" /></svg>
      <span class="label">Panel</span>
    </button>`;
  }
}
