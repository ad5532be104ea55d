/**
 * Asking a yes/no question in a modal dialog. The dialog is placed on the
 * page for the question and removed after; the focus goes back to where it was.
 *
 * `askQuestion` also reports what was typed while the question was open, for
 * a question that interrupts typing (the published-story guard): those keys
 * are held, never taken as an answer, and the caller may replay them.
 */
import './nd-confirm-dialog';

export interface ConfirmOptions {
  heading: string;
  message?: string;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  /** Which answer has the focus when the question opens; the safe one by default. */
  initialFocus?: 'confirm' | 'cancel';
  /** Hold printable keys typed while the question is open (they are never an answer). */
  holdTyping?: boolean;
}

export interface ConfirmAnswer {
  confirmed: boolean;
  /** Text typed while the question was open, when `holdTyping` was asked for (Backspace removes a character). */
  typed: string;
}

/** The element that has the focus, looking inside shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

export function askQuestion(options: ConfirmOptions): Promise<ConfirmAnswer> {
  const returnFocus = deepActiveElement();
  const dialog = document.createElement('nd-confirm-dialog');
  dialog.heading = options.heading;
  dialog.message = options.message ?? '';
  dialog.confirmLabel = options.confirmLabel;
  dialog.cancelLabel = options.cancelLabel ?? 'Cancel';
  dialog.danger = options.danger ?? false;
  dialog.initialFocus = options.initialFocus ?? 'cancel';
  dialog.holdTyping = options.holdTyping ?? false;
  return new Promise((resolve) => {
    dialog.addEventListener('nd-confirm-answer', (event) => {
      dialog.remove();
      returnFocus?.focus();
      resolve(event.detail);
    });
    document.body.append(dialog);
  });
}

/** Asks a yes/no question; resolves true when the person confirmed. */
export async function confirmAction(options: ConfirmOptions): Promise<boolean> {
  return (await askQuestion(options)).confirmed;
}
