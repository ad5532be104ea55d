/** The article list's checkboxes and "n selected" bar (ListSelection, in <nd-article-list>). */
import { css } from 'lit';

export const listSelectionStyles = css`
  .row[role='option'] {
    padding-left: 38px;
    user-select: none;
  }
  .check {
    position: absolute;
    left: 12px;
    top: 12px;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 16px;
    height: 16px;
    border: 1.5px solid var(--nd-border-strong);
    border-radius: 4px;
    background: var(--nd-paper);
    opacity: 0;
    transition: opacity 80ms ease-out;
  }
  .check svg {
    width: 12px;
    height: 12px;
    stroke: var(--nd-accent-ink);
    stroke-width: 2.2;
    visibility: hidden;
  }
  .row:hover .check,
  .row:focus-visible .check,
  :host([selecting]) .check {
    opacity: 1;
  }
  .row[aria-checked='true'] {
    background: color-mix(in srgb, var(--nd-accent) 9%, transparent);
  }
  .row[aria-checked='true'] .check {
    border-color: var(--nd-accent);
    background: var(--nd-accent);
  }
  .row[aria-checked='true'] .check svg {
    visibility: visible;
  }

  .selection-bar {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 8px 8px 0;
    padding: 6px 6px 6px 12px;
    border: 1px solid color-mix(in srgb, var(--nd-accent) 35%, transparent);
    border-radius: var(--nd-radius);
    background: color-mix(in srgb, var(--nd-accent) 8%, var(--nd-paper));
    font-size: 13px;
  }
  .selection-count {
    flex: 1;
    font-weight: 600;
  }
  .selection-bar .button {
    height: 26px;
    padding: 0 10px;
  }
`;
