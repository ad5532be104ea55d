import { css } from 'lit';

/** The headline picker: a search field with its suggestions listed right below it (in the flow, never clipped). */
export const headlinePickerStyles = css`
  :host {
    display: block;
  }

  .field {
    position: relative;
    display: flex;
    align-items: center;
  }
  .field svg {
    position: absolute;
    left: 8px;
    width: 13px;
    height: 13px;
    stroke: var(--nd-ink-faint);
    pointer-events: none;
  }
  input {
    width: 100%;
    height: 30px;
    padding: 0 8px 0 27px;
    border: 1px solid var(--nd-border-strong);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
    font-size: 13px;
  }
  input::placeholder {
    color: var(--nd-ink-faint);
  }
  input:focus-visible {
    outline: none;
    border-color: var(--nd-focus);
    box-shadow: 0 0 0 2px var(--nd-accent-soft);
  }

  .choices {
    margin: 4px 0 0;
    padding: 3px;
    max-height: 260px;
    overflow-y: auto;
    list-style: none;
    border: 1px solid var(--nd-border);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
    box-shadow: var(--nd-shadow);
  }
  .choices[hidden] {
    display: none;
  }
  .choice {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 5px 8px;
    border-radius: 4px;
    cursor: pointer;
  }
  .choice:hover {
    background: var(--nd-hover);
  }
  .choice[aria-selected='true'] {
    background: var(--nd-accent-soft);
    box-shadow: inset 2px 0 0 var(--nd-accent);
  }
  .title {
    font-family: var(--nd-font-body);
    font-size: 14px;
    line-height: 1.3;
  }
  .address .title {
    font-family: var(--nd-font-ui);
    font-size: 13px;
    font-weight: 600;
    color: var(--nd-accent);
  }
  .meta {
    display: flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
    font-size: 11.5px;
    color: var(--nd-ink-muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .none {
    padding: 6px 8px;
    font-size: 12px;
    color: var(--nd-ink-muted);
  }
`;
