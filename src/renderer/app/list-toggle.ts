/**
 * Hiding and showing the article list: a button in the list's header hides
 * it, and a narrow rail in its place shows it again (Ctrl+Alt+L does both),
 * so a small screen gives the story the room.
 */
import { html } from 'lit';

import { MOD_KEY_LABEL } from '../ui/format';

export function renderListToggle(hide: () => void) {
  return html`<button
    class="icon-button list-toggle"
    aria-label="Hide the article list"
    title="Hide the article list (${MOD_KEY_LABEL}+Alt+L)"
    aria-keyshortcuts="Control+Alt+L Meta+Alt+L"
    @click=${hide}
  >
    <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10 4 6 8l4 4" /><path d="M3 2.5v11" /></svg>
  </button>`;
}

export function renderListRail(show: () => void) {
  return html`<nav class="rail" aria-label="Article list (hidden)">
    <button
      class="icon-button"
      aria-label="Show the article list"
      title="Show the article list (${MOD_KEY_LABEL}+Alt+L)"
      aria-keyshortcuts="Control+Alt+L Meta+Alt+L"
      @click=${show}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="m6 4 4 4-4 4" /><path d="M13 2.5v11" /></svg>
    </button>
  </nav>`;
}
