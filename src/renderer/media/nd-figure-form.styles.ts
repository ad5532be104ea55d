import { css } from 'lit';

export const figureFormStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 10px 12px;
    padding: 12px;
    border: 1px solid var(--nd-border);
    border-radius: var(--nd-radius);
    background: var(--nd-canvas);
    font-size: 13px;
  }
  label {
    display: grid;
    gap: 4px;
    color: var(--nd-ink-muted);
    font-weight: 500;
  }
  label.wide {
    grid-column: 1 / -1;
  }
  em {
    font-style: normal;
    font-weight: 400;
    color: var(--nd-ink-faint);
  }
  textarea {
    font: inherit;
    color: var(--nd-ink);
    padding: 6px 8px;
    border: 1px solid var(--nd-border-strong);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
    resize: vertical;
  }
  textarea:focus-visible {
    outline: none;
    border-color: var(--nd-focus);
    box-shadow: 0 0 0 2px var(--nd-accent-soft);
  }
  .actions {
    grid-column: 1 / -1;
    display: flex;
    justify-content: flex-end;
    gap: 8px;
  }
`;
