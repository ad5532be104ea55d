/** Styles several components share: buttons, form controls, focus rings, line icons, status pills, dialogs. */
import { css } from 'lit';

/** Out of sight, still read by screen readers: for a label a narrow layout hides. */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

export const controlStyles = css`
  :host {
    font-family: var(--nd-font-ui);
    color: var(--nd-ink);
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--nd-focus);
    outline-offset: 2px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    height: 30px;
    padding: 0 12px;
    border: 1px solid var(--nd-border-strong);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
    font-size: 13px;
    font-weight: 500;
    white-space: nowrap;
    cursor: pointer;
  }
  .button:hover {
    background: var(--nd-hover);
  }
  .button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  .button.primary {
    background: var(--nd-accent);
    border-color: var(--nd-accent);
    color: var(--nd-accent-ink);
  }
  .button.primary:hover {
    background: var(--nd-accent-strong);
  }
  .button.quiet {
    border-color: transparent;
    background: transparent;
  }
  .button.quiet:hover {
    background: var(--nd-hover);
  }
  .button.danger:hover {
    color: var(--nd-danger);
    background: var(--nd-danger-soft);
  }
  .button.small {
    height: 24px;
    padding: 0 8px;
    font-size: 12px;
  }
  .button.small.quiet {
    color: var(--nd-ink-muted);
  }

  /* A compact text field or select, as panels and small forms use. */
  .field-small {
    height: 28px;
    padding: 0 8px;
    border: 1px solid var(--nd-border-strong);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
    font-size: 13px;
  }
  .field-small:focus-visible {
    outline: none;
    border-color: var(--nd-focus);
    box-shadow: 0 0 0 2px var(--nd-accent-soft);
  }

  /* A square, borderless button holding one icon or glyph. */
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 26px;
    height: 26px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 4px;
    background: transparent;
    cursor: pointer;
  }

  /* Every icon is a line drawing: a component sets its size, and its weight where it differs. */
  svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .pill {
    display: inline-block;
    padding: 1px 8px;
    border-radius: 999px;
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.02em;
    line-height: 18px;
    white-space: nowrap;
  }
  .pill.draft {
    color: var(--nd-status-draft);
    background: var(--nd-status-draft-bg);
  }
  .pill.editing {
    color: var(--nd-status-editing);
    background: var(--nd-status-editing-bg);
  }
  .pill.ready {
    color: var(--nd-status-ready);
    background: var(--nd-status-ready-bg);
  }
  .pill.published {
    color: var(--nd-status-published);
    background: var(--nd-status-published-bg);
  }

  kbd {
    font-family: var(--nd-font-ui);
    font-size: 11px;
    padding: 0 4px;
    border: 1px solid var(--nd-border-strong);
    border-bottom-width: 2px;
    border-radius: 4px;
    background: var(--nd-paper);
    color: var(--nd-ink-muted);
  }

  .visually-hidden {
    ${visuallyHidden}
  }
`;

/** An aside section: its small upper-case heading and a bare list. */
export const panelSectionStyles = css`
  h2 {
    margin: 0 0 8px;
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--nd-ink-faint);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

/** A side-panel element made of sections: each with its bordered padding and a head row (an upper-case h2, its count badge and its actions). */
export const asideSectionStyles = css`
  :host {
    display: block;
  }
  .section {
    padding: 14px 14px 16px;
    border-bottom: 1px solid var(--nd-border);
  }
  .section-head {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-bottom: 10px;
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 11px;
    font-weight: 650;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--nd-ink-faint);
  }
  .badge {
    min-width: 18px;
    padding: 0 6px;
    border-radius: 999px;
    background: var(--nd-status-editing-bg);
    color: var(--nd-status-editing);
    font-size: 11px;
    font-weight: 700;
    text-align: center;
  }
`;

/** A modal <dialog>: paper, border, shadow and a dimmed page behind; each dialog sets its width and padding. */
export const modalDialogStyles = css`
  dialog {
    border: 1px solid var(--nd-border);
    border-radius: 12px;
    background: var(--nd-paper);
    color: var(--nd-ink);
    box-shadow: 0 16px 48px rgb(31 35 40 / 26%);
  }
  dialog::backdrop {
    background: rgb(31 35 40 / 30%);
  }
`;
