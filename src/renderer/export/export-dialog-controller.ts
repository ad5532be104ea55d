/**
 * ExportDialogController: whether <nd-export-dialog> is open over <nd-app>, as a
 * Lit reactive controller, and what it starts from: the rows checked in the
 * list ("Selected articles"), else the open article, else the whole desk.
 * The host places `render()` where the dialog goes; the closed <dialog> hands
 * the focus back to where it was.
 */
import './nd-export-dialog';

import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

import type { ExportScope } from './nd-export-dialog';

export class ExportDialogController implements ReactiveController {
  /** The rows checked in the list (for "Selected articles"), in list order. */
  checkedIds: string[] = [];

  /** The open dialog's starting point; null when it is closed. */
  private opened: { ids: string[]; scope: ExportScope } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The open article's id when it can be exported (not in the trash view), else null. */
    private readonly openArticleId: () => string | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get isOpen(): boolean {
    return this.opened !== null;
  }

  /** Opens the dialog on the checked rows, or the open article, or else the whole desk. */
  open(): void {
    if (this.opened) return;
    const openId = this.openArticleId();
    const ids = this.checkedIds.length > 0 ? this.checkedIds : openId ? [openId] : [];
    this.show({ ids, scope: this.checkedIds.length > 0 ? 'selected' : 'all' });
  }

  /** Opens the dialog on these articles ("Export selected…" in the list). */
  openOn(ids: string[]): void {
    this.show({ ids, scope: 'selected' });
  }

  render() {
    if (!this.opened) return nothing;
    return html`<nd-export-dialog .selectedIds=${this.opened.ids} .scope=${this.opened.scope} @nd-export-close=${this.onClose}></nd-export-dialog>`;
  }

  private show(opened: { ids: string[]; scope: ExportScope } | null): void {
    this.opened = opened;
    this.host.requestUpdate();
  }

  private readonly onClose = (): void => this.show(null);
}
