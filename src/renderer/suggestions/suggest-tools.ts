/**
 * SuggestTools: suggest mode around the body editor, as a Lit reactive
 * controller of the component that hosts it (nd-editor). It remembers whether
 * suggest mode is on across the stories opened in this window, gives the body
 * editor its options (author, mode), and renders the toolbar's Suggest toggle
 * and the banner shown while suggest mode is on.
 */
import type { Editor } from '@tiptap/core';
import { html, nothing, type ReactiveControllerHost } from 'lit';

import { MOD_KEY_LABEL } from '../ui/format';
import { isSuggestMode, type SuggestChangesOptions, SUGGESTION_SHORTCUTS } from './suggest-changes';

export interface SuggestToolsOptions {
  editor: () => Editor | null;
  /** Who is editing (the settings' display name), or null before they have said. */
  displayName: () => string | null;
}

/** The name suggestions carry when the desk has no display name yet (as the CLI's "desk"). */
const UNNAMED_AUTHOR = 'desk';

/** "Mod+Alt+E" as people read it on this machine. */
export function shortcutLabel(shortcut: string): string {
  return shortcut.replace('Mod', MOD_KEY_LABEL);
}

/** "Mod+Alt+E" as aria-keyshortcuts writes it: "Control+Alt+E Meta+Alt+E". */
function ariaKeys(shortcut: string): string {
  return ['Control', 'Meta'].map((mod) => shortcut.replace('Mod', mod)).join(' ');
}

export class SuggestTools {
  private on = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SuggestToolsOptions,
  ) {}

  /** The options SuggestChanges takes in the body's extension list. */
  editorOptions(): SuggestChangesOptions {
    return {
      author: () => this.author,
      initiallyOn: this.on,
      onModeChange: (on) => {
        this.on = on;
        this.host.requestUpdate();
      },
    };
  }

  get author(): string {
    return this.options.displayName()?.trim() || UNNAMED_AUTHOR;
  }

  get active(): boolean {
    const editor = this.options.editor();
    return editor && !editor.isDestroyed ? isSuggestMode(editor.state) : this.on;
  }

  toggle(): void {
    const editor = this.options.editor();
    if (!editor || editor.isDestroyed) return;
    editor.chain().focus().toggleSuggestMode().run();
  }

  renderButton() {
    const on = this.active;
    return html`<button
      class="button quiet suggest-button"
      type="button"
      aria-pressed=${String(on)}
      title="Suggest changes: edits become suggestions to accept or reject (${shortcutLabel(SUGGESTION_SHORTCUTS.toggle)})"
      aria-keyshortcuts=${ariaKeys(SUGGESTION_SHORTCUTS.toggle)}
      @click=${() => this.toggle()}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 13h2.5L13 5.5 10.5 3 3 10.5z" /><path d="m9 4.5 2.5 2.5" /></svg>
      <span class="label">${on ? 'Suggesting' : 'Suggest'}</span>
    </button>`;
  }

  renderBanner() {
    if (!this.active) return nothing;
    return html`<div class="suggest-banner" role="status">
      <span class="dot" aria-hidden="true"></span>
      <span class="text">Suggesting as <strong>${this.author}</strong>: your edits are marked for the desk to accept or reject.</span>
      <button class="button quiet small" type="button" @click=${() => this.toggle()}>
        Stop suggesting <kbd>${shortcutLabel(SUGGESTION_SHORTCUTS.toggle)}</kbd>
      </button>
    </div>`;
  }
}
