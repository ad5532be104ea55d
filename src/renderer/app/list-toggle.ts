/**
 * Hiding and showing the article list: a button in the list's header hides
 * it, and a narrow rail in its place shows it again (Ctrl+Alt+L does both),
 * so a small screen gives the story the room.
 */
import { html, type ReactiveControllerHost } from 'lit';

import { MOD_KEY_LABEL } from '../ui/format';
import { isPaneShown, rememberPane } from '../ui/layout-preferences';

/** Whether the list is shown, remembered between starts; the host carries `list-hidden` (notices move with it). */
export class ListPane {
  shown = isPaneShown('list', window.innerWidth);

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  show(shown: boolean): void {
    this.shown = shown;
    this.host.toggleAttribute('list-hidden', !shown);
    rememberPane('list', shown);
    this.host.requestUpdate();
  }

  /** Shows the list (searching needs it) and resolves once it is drawn. */
  async reveal(): Promise<void> {
    if (!this.shown) this.show(true);
    await this.host.updateComplete;
  }
}

/** The list's header: the desk's name and the button that hides the list. */
export function renderBrand(hide: () => void) {
  return html`<header class="brand">
    <span class="mark" aria-hidden="true">N</span>
    <h1>Newsdesk</h1>
    ${renderListToggle(hide)}
  </header>`;
}

function renderListToggle(hide: () => void) {
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
