import type { Editor } from '@tiptap/core';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { MOD_KEY_LABEL } from '../ui/format';
import { controlStyles } from '../ui/shared.styles';
import { toolbarStyles } from './nd-toolbar.styles';
import { TOOLBAR_ACTIONS, type ToolbarAction } from './toolbar-actions';

/**
 * <nd-toolbar>: formatting buttons for a Tiptap editor (marks, headings, lists,
 * quote, rule, undo/redo). Each button has an accessible name and shows its
 * shortcut in the tooltip; toggles report their state with aria-pressed.
 * ArrowLeft/ArrowRight move between buttons, as in any toolbar.
 *
 * Fires no events: buttons run editor commands directly.
 */
@customElement('nd-toolbar')
export class NdToolbar extends LitElement {
  static styles = [controlStyles, toolbarStyles];

  /** The editor the buttons act on; null disables them. */
  @property({ attribute: false }) editor: Editor | null = null;

  private frame = 0;
  /** Button states are redrawn once per frame, not in every transaction's handlers: typing stays cheap. */
  private readonly refresh = () => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.requestUpdate();
    });
  };

  protected willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('editor')) return;
    const previous = changed.get('editor') as Editor | null | undefined;
    previous?.off('transaction', this.refresh);
    this.editor?.on('transaction', this.refresh);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.editor?.off('transaction', this.refresh);
  }

  render() {
    return html`<div role="toolbar" aria-label="Formatting" @keydown=${this.onKeydown}>
      ${TOOLBAR_ACTIONS.map((action, index) =>
        action ? this.renderButton(action, index === 0) : html`<span class="separator" role="separator"></span>`,
      )}
    </div>`;
  }

  private renderButton(action: ToolbarAction, first: boolean) {
    const editor = this.editor;
    const usable = editor !== null && !editor.isDestroyed;
    const enabled = usable && (action.isEnabled ? action.isEnabled(editor) : true);
    const active = usable && action.isActive ? action.isActive(editor) : undefined;
    const shortcut = action.shortcut?.replace('Mod', MOD_KEY_LABEL);
    return html`<button
      class="tool"
      type="button"
      tabindex=${first ? '0' : '-1'}
      aria-label=${action.label}
      title=${shortcut ? `${action.label} (${shortcut})` : action.label}
      aria-pressed=${ifDefined(active === undefined ? undefined : String(active))}
      ?disabled=${!enabled}
      @mousedown=${(event: MouseEvent) => event.preventDefault()}
      @click=${() => editor && action.run(editor)}
    >
      ${action.icon}
    </button>`;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const buttons = [...(this.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.tool') ?? [])];
    const index = buttons.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    if (index === -1) return;
    event.preventDefault();
    const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
    buttons.forEach((button) => (button.tabIndex = button === next ? 0 : -1));
    next.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-toolbar': NdToolbar;
  }
}
