import { css } from 'lit';

export const saveStateStyles = css`
  :host {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
    font-size: 12px;
  }
  :host([data-state='error']) {
    flex: 1;
    justify-content: flex-end;
  }
  .save.saved::before {
    content: '✓ ';
    color: var(--nd-success);
  }
  .save.error {
    min-width: 0;
    overflow: hidden;
    color: var(--nd-danger);
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .unsaved {
    padding: 1px 6px;
    border-radius: 4px;
    background: var(--nd-danger);
    color: #fff;
    font-weight: 650;
  }
  .details {
    position: absolute;
    right: 0;
    bottom: calc(100% + 8px);
    width: min(520px, 80vw);
    margin: 0;
    padding: 10px 12px;
    border: 1px solid var(--nd-border-strong);
    border-radius: 8px;
    background: var(--nd-paper);
    box-shadow: var(--nd-shadow);
    color: var(--nd-ink);
    font-family: var(--nd-font-mono, monospace);
    font-size: 12px;
    line-height: 1.5;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
