import type { Editor } from '@tiptap/core';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { MOD_KEY_LABEL } from '../ui/format';
import { controlStyles } from '../ui/shared.styles';
import { toolbarStyles } from './nd-toolbar.styles';
import { TOOLBAR_ACTIONS, type ToolbarAction } from './toolbar-actions';
import { visibleToolCount } from './toolbar-overflow';

/**
 * <nd-toolbar>: formatting buttons for a Tiptap editor (marks, headings, lists,
 * quote, rule, undo/redo). Each button has an accessible name and shows its
 * shortcut in the tooltip; toggles report their state with aria-pressed.
 * ArrowLeft/ArrowRight move between buttons, as in any toolbar. When the bar is
 * too narrow for every button (a 1024-pixel screen), the rest go into a
 * "More formatting" menu at its end instead of wrapping onto a second row.
 *
 * Fires no events: buttons run editor commands directly.
 */
@customElement('nd-toolbar')
export class NdToolbar extends LitElement {
  static styles = [controlStyles, toolbarStyles];

  /** The editor the buttons act on; null disables them. */
  @property({ attribute: false }) editor: Editor | null = null;

  /** How many toolbar entries fit; the rest are in the More menu. */
  @state() private visible = TOOLBAR_ACTIONS.length;
  @state() private moreOpen = false;

  private readonly resizes = new ResizeObserver((entries) => {
    const width = entries[0]?.contentRect.width ?? 0;
    const visible = visibleToolCount(TOOLBAR_ACTIONS, width);
    if (visible !== this.visible) this.visible = visible;
  });

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

  connectedCallback(): void {
    super.connectedCallback();
    this.resizes.observe(this);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.editor?.off('transaction', this.refresh);
  }

  render() {
    const shown = TOOLBAR_ACTIONS.slice(0, this.visible);
    const hidden = TOOLBAR_ACTIONS.slice(this.visible).filter((action): action is ToolbarAction => action !== null);
    return html`<div role="toolbar" aria-label="Formatting" @keydown=${this.onKeydown}>
      ${shown.map((action, index) => (action ? this.renderButton(action, index === 0) : html`<span class="separator" role="separator"></span>`))}
      ${hidden.length > 0 ? this.renderMore(hidden) : ''}
    </div>`;
  }

  /** The More button and, while open, its menu of the buttons that did not fit. */
  private renderMore(hidden: ToolbarAction[]) {
    const editor = this.editor;
    const usable = editor !== null && !editor.isDestroyed;
    return html`<span class="more">
      <button
        class="tool more-button"
        type="button"
        tabindex="-1"
        aria-label="More formatting"
        title="More formatting"
        aria-haspopup="menu"
        aria-expanded=${String(this.moreOpen)}
        @mousedown=${(event: MouseEvent) => event.preventDefault()}
        @click=${() => void this.toggleMore()}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" class="icon"><circle class="dot" cx="5" cy="10" r="1.4" /><circle class="dot" cx="10" cy="10" r="1.4" /><circle class="dot" cx="15" cy="10" r="1.4" /></svg>
      </button>
      ${
        this.moreOpen
          ? html`<div class="more-menu" role="menu" aria-label="More formatting" @keydown=${this.onMenuKeydown}>
            ${hidden.map((action) => {
              const enabled = usable && (action.isEnabled ? action.isEnabled(editor) : true);
              const active = usable && action.isActive ? action.isActive(editor) : false;
              const shortcut = action.shortcut?.replace('Mod', MOD_KEY_LABEL);
              return html`<button
                class="menu-item"
                role=${action.isActive ? 'menuitemcheckbox' : 'menuitem'}
                aria-checked=${ifDefined(action.isActive ? String(active) : undefined)}
                type="button"
                ?disabled=${!enabled}
                @mousedown=${(event: MouseEvent) => event.preventDefault()}
                @click=${() => this.runFromMenu(action)}
              >
                <span class="menu-icon">${action.icon}</span><span class="menu-label">${action.label}</span
                >${shortcut ? html`<kbd>${shortcut}</kbd>` : ''}
              </button>`;
            })}
          </div>`
          : ''
      }
    </span>`;
  }

  private async toggleMore(): Promise<void> {
    this.moreOpen = !this.moreOpen;
    if (!this.moreOpen) return;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLButtonElement>('.menu-item:not(:disabled)')?.focus();
  }

  private runFromMenu(action: ToolbarAction): void {
    this.moreOpen = false;
    if (this.editor) action.run(this.editor);
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    const items = [...(this.shadowRoot?.querySelectorAll<HTMLButtonElement>('.menu-item:not(:disabled)') ?? [])];
    const index = items.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.moreOpen = false;
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLButtonElement>('.more-button')?.focus());
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    }
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
    if ((event.composedPath()[0] as Element | undefined)?.closest?.('[role="menu"]')) return;
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
