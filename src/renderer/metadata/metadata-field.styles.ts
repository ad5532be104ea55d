import { css } from 'lit';

/** Chips, suggestion buttons and result lists the metadata fields share. */
export const metadataFieldStyles = css`
  :host {
    display: block;
    font-size: 13px;
  }
  .field-small {
    box-sizing: border-box;
    width: 100%;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0 0 6px;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    max-width: 100%;
    padding: 1px 2px 1px 8px;
    border: 1px solid var(--nd-border);
    border-radius: 999px;
    background: var(--nd-paper);
    font-size: 12px;
    line-height: 20px;
  }
  .chip span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .chip-remove {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 18px;
    height: 18px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--nd-ink-faint);
    font-size: 10px;
    cursor: pointer;
  }
  .chip-remove svg {
    width: 11px;
    height: 11px;
    stroke-width: 1.8;
  }
  .chip-remove:hover {
    color: var(--nd-danger);
    background: var(--nd-danger-soft);
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px;
    margin-top: 4px;
  }
  .hint {
    color: var(--nd-ink-faint);
    font-size: 12px;
    margin-right: 2px;
  }
  .combo {
    position: relative;
  }
  .results {
    position: absolute;
    z-index: 5;
    left: 0;
    right: 0;
    top: calc(100% + 2px);
    max-height: 260px;
    overflow-y: auto;
    margin: 0;
    padding: 4px 0;
    list-style: none;
    border: 1px solid var(--nd-border);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
    box-shadow: var(--nd-shadow);
  }
  .result {
    display: flex;
    flex-direction: column;
    padding: 5px 10px;
    cursor: pointer;
  }
  .result.active,
  .result:hover {
    background: var(--nd-accent-soft);
  }
  .result .path {
    color: var(--nd-ink-faint);
    font-size: 11.5px;
  }
  .results .empty {
    padding: 5px 10px;
    color: var(--nd-ink-faint);
  }
`;
