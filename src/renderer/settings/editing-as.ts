/** The sidebar's foot: who is editing, as a button that opens the settings. */
import { html } from 'lit';

export function renderEditingAs(displayName: string | null, openSettings: () => void) {
  return html`<button class="editing-as" type="button" title="Settings: your name, the language of new stories, the desk's time zone" @click=${openSettings}>
    <svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="5.5" r="2.5" /><path d="M3 13.5c.8-2.4 2.7-3.5 5-3.5s4.2 1.1 5 3.5" /></svg>
    <span class="who">${displayName ? html`Editing as <strong>${displayName}</strong>` : 'Who is editing?'}</span>
    <svg class="gear" viewBox="0 0 16 16" aria-hidden="true"><path d="M6.5 4 10 8l-3.5 4" /></svg>
  </button>`;
}
