import { css } from 'lit';

/** The headline form for a web link: a small inset card under the add box. */
export const webLinkFormStyles = css`
  :host {
    display: block;
  }

  form {
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: 8px;
    border: 1px solid var(--nd-border);
    border-radius: var(--nd-radius);
    background: var(--nd-canvas);
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 12px;
    color: var(--nd-ink-muted);
  }
  input {
    height: 28px;
    padding: 0 8px;
    border: 1px solid var(--nd-border-strong);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
    font-size: 13px;
  }
  input:focus-visible {
    outline: none;
    border-color: var(--nd-focus);
    box-shadow: 0 0 0 2px var(--nd-accent-soft);
  }
  .actions {
    display: flex;
    gap: 6px;
  }
  .button.small {
    height: 24px;
    padding: 0 8px;
    font-size: 12px;
  }
  .button.small.quiet {
    color: var(--nd-ink-muted);
  }
`;
