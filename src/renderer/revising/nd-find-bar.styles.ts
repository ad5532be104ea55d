import { css } from 'lit';

export const findBarStyles = css`
  :host {
    display: block;
    border-bottom: 1px solid var(--nd-border);
    background: var(--nd-canvas);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    padding: 7px 16px;
  }
  .group {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .find-group {
    padding-left: 8px;
    border: 1px solid var(--nd-border-strong);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
  }
  .find-group:focus-within {
    border-color: var(--nd-focus);
    box-shadow: 0 0 0 2px var(--nd-accent-soft);
  }
  .find-group > svg {
    width: 14px;
    height: 14px;
    color: var(--nd-ink-faint);
  }
  svg {
    stroke-width: 1.5;
  }
  input {
    height: 28px;
    border: 0;
    background: transparent;
    font-size: 13px;
  }
  input:focus-visible {
    outline: none;
  }
  input.find {
    width: 200px;
  }
  input.replace {
    width: 200px;
    padding: 0 8px;
    border: 1px solid var(--nd-border-strong);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
  }
  input.replace:focus-visible {
    border-color: var(--nd-focus);
    box-shadow: 0 0 0 2px var(--nd-accent-soft);
  }
  .count {
    min-width: 64px;
    font-size: 12px;
    color: var(--nd-ink-muted);
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .count.none {
    color: var(--nd-danger);
  }
  .icon-button {
    font-size: 12px;
    font-weight: 600;
    color: var(--nd-ink-muted);
    cursor: pointer;
  }
  .toggle:hover,
  .icon-button:hover:not(:disabled) {
    background: var(--nd-hover);
  }
  .toggle[aria-pressed='true'] {
    border-color: var(--nd-accent);
    background: var(--nd-accent-soft);
    color: var(--nd-accent-strong);
  }
  .whole {
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .icon-button svg {
    width: 14px;
    height: 14px;
  }
  .icon-button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  .close {
    margin-left: auto;
  }
  .button {
    height: 28px;
  }
`;
