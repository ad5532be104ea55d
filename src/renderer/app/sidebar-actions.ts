/**
 * The desk's own actions at the top of the article list: New article,
 * Import… and Export…, with their shortcuts in the tooltips.
 */
import { html } from 'lit';

import { MOD_KEY_LABEL } from '../ui/format';

export interface SidebarActions {
  create(): void;
  chooseFile(): void;
  exportArticles(): void;
}

export function renderSidebarActions(context: SidebarActions) {
  return html`<div class="actions">
    <button
      class="button primary"
      title="New article (${MOD_KEY_LABEL}+N)"
      aria-keyshortcuts="Control+N Meta+N"
      @click=${context.create}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10" /></svg>
      New article
    </button>
    <button
      class="button"
      title="Import a briefing (.txt), a Markdown or HTML story, or a ninjs (.json) or NITF (.xml) wire file — or drop it on the window (${MOD_KEY_LABEL}+O)"
      @click=${context.chooseFile}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 2.5v8M4.5 7 8 10.5 11.5 7M3 13.5h10" /></svg>
      Import…
    </button>
    <button
      class="button"
      title="Export articles as HTML, Markdown or ninjs (${MOD_KEY_LABEL}+E)"
      aria-keyshortcuts="Control+E Meta+E"
      @click=${context.exportArticles}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 10.5v-8M4.5 6 8 2.5 11.5 6M3 13.5h10" /></svg>
      Export…
    </button>
  </div>`;
}
