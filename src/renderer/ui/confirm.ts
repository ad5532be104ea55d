/**
 * confirmAction: asks a yes/no question in a modal dialog and resolves with the
 * answer. The dialog is placed on the page for the question and removed after;
 * the focus goes back to where it was.
 */
import './nd-confirm-dialog';

export interface ConfirmOptions {
  heading: string;
  message?: string;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
}

/** The element that has the focus, looking inside shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

export function confirmAction(options: ConfirmOptions): Promise<boolean> {
  const returnFocus = deepActiveElement();
  const dialog = document.createElement('nd-confirm-dialog');
  dialog.heading = options.heading;
  dialog.message = options.message ?? '';
  dialog.confirmLabel = options.confirmLabel;
  dialog.cancelLabel = options.cancelLabel ?? 'Cancel';
  dialog.danger = options.danger ?? false;
  return new Promise((resolve) => {
    dialog.addEventListener('nd-confirm-answer', (event) => {
      dialog.remove();
      returnFocus?.focus();
      resolve(event.detail.confirmed);
    });
    document.body.append(dialog);
  });
}
