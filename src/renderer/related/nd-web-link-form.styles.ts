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
  .actions {
    display: flex;
    gap: 6px;
  }
`;
