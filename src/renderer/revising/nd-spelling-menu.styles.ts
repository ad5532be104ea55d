import { css } from 'lit';

export const spellingMenuStyles = css`
  :host {
    position: fixed;
    z-index: 30;
  }
  .menu {
    display: flex;
    flex-direction: column;
    min-width: 200px;
    max-width: 240px;
    padding: 4px;
    border: 1px solid var(--nd-border);
    border-radius: 8px;
    background: var(--nd-paper);
    box-shadow: var(--nd-shadow);
    font-size: 13px;
  }
  .heading {
    padding: 4px 10px 6px;
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--nd-danger);
    text-decoration: underline wavy var(--nd-danger);
    text-underline-offset: 3px;
  }
  .note {
    padding: 4px 10px;
    color: var(--nd-ink-faint);
  }
  .item {
    display: block;
    width: 100%;
    padding: 5px 10px;
    border: 0;
    border-radius: 4px;
    background: transparent;
    text-align: left;
    cursor: pointer;
  }
  .item.replace {
    font-weight: 600;
  }
  .item:hover,
  .item:focus-visible {
    outline: none;
    background: var(--nd-accent-soft);
    color: var(--nd-accent-strong);
  }
  .separator {
    height: 1px;
    margin: 4px 6px;
    background: var(--nd-border);
  }
`;
