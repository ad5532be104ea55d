import { css, unsafeCSS } from 'lit';

import type { RowGeometry } from './row-window';

/** Fixed row sizes (px): the virtual list places rows by arithmetic, so the styles below must agree with these. */
const DESK_ROW_HEIGHT = 82;
const TRASH_ROW_HEIGHT = 116;
const ROW_GAP = 2;
const LIST_TOP = 6;

export const DESK_ROWS: RowGeometry = { stride: DESK_ROW_HEIGHT + ROW_GAP, top: LIST_TOP };
export const TRASH_ROWS: RowGeometry = { stride: TRASH_ROW_HEIGHT + ROW_GAP, top: LIST_TOP };

export const articleListStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
  }

  .controls {
    display: flex;
    flex-direction: column;
    gap: 10px;
    padding: 0 14px 12px;
    border-bottom: 1px solid var(--nd-border);
  }

  .search {
    position: relative;
    display: flex;
    align-items: center;
  }
  .search svg {
    position: absolute;
    left: 10px;
    width: 15px;
    height: 15px;
    stroke: var(--nd-ink-faint);
    pointer-events: none;
  }
  .search input {
    width: 100%;
    height: 34px;
    padding: 0 52px 0 32px;
    border: 1px solid var(--nd-border-strong);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
    font-size: 13.5px;
  }
  .search input:focus-visible {
    outline-offset: -1px;
    border-color: var(--nd-focus);
  }
  .search input::placeholder {
    color: var(--nd-ink-faint);
  }
  .search kbd {
    position: absolute;
    right: 8px;
    pointer-events: none;
  }

  .search-row {
    display: flex;
    gap: 6px;
  }
  .search {
    flex: 1;
    min-width: 0;
  }
  .statuses {
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    flex: 1;
    min-width: 0;
  }
  .controls {
    container-type: inline-size;
  }
  @container (max-width: 280px) {
    .search kbd {
      display: none;
    }
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    height: 24px;
    padding: 0 8px;
    border: 1px solid transparent;
    border-radius: 999px;
    background: transparent;
    color: var(--nd-ink-muted);
    font-size: 12px;
    font-weight: 500;
    cursor: pointer;
  }
  .chip:hover {
    background: var(--nd-hover);
    color: var(--nd-ink);
  }
  .chip[aria-pressed='true'] {
    background: var(--nd-paper);
    border-color: var(--nd-border-strong);
    color: var(--nd-ink);
    box-shadow: 0 1px 1px rgb(31 35 40 / 6%);
  }
  .trash-toggle {
    height: 34px;
    padding: 0 10px;
    color: var(--nd-ink-muted);
  }
  .trash-toggle svg {
    width: 14px;
    height: 14px;
    stroke-width: 1.4;
  }
  .trash-toggle[aria-pressed='true'] {
    color: var(--nd-danger);
    border-color: color-mix(in srgb, var(--nd-danger) 40%, transparent);
    background: var(--nd-danger-soft);
  }
  .trash-banner {
    margin: 0;
    padding: 8px 16px;
    border-bottom: 1px solid var(--nd-border);
    background: var(--nd-danger-soft);
    color: #7a1a14;
    font-size: 12px;
  }

  .rows {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    margin: 0;
    padding: 0 8px;
  }
  .spacer {
    position: relative;
    margin-bottom: 16px;
  }
  .placed {
    position: absolute;
    left: 0;
    right: 0;
  }

  .row {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    box-sizing: border-box;
    height: ${unsafeCSS(DESK_ROW_HEIGHT)}px;
    overflow: hidden;
    display: flex;
    flex-direction: column;
    gap: 5px;
    padding: 10px 12px 10px 14px;
    border-radius: var(--nd-radius);
    cursor: pointer;
  }
  .row .top {
    flex: 1;
    min-height: 0;
  }
  .headline.loading {
    font-weight: 400;
    color: var(--nd-ink-faint);
  }
  .row:hover {
    background: var(--nd-hover);
  }
  .row[aria-selected='true'] {
    background: var(--nd-paper);
    box-shadow:
      0 0 0 1px var(--nd-border),
      0 1px 3px rgb(31 35 40 / 8%);
  }
  .row[aria-selected='true']::before {
    content: '';
    position: absolute;
    left: 0;
    top: 10px;
    bottom: 10px;
    width: 3px;
    border-radius: 2px;
    background: var(--nd-accent);
  }
  .row:focus-visible {
    outline-offset: -2px;
  }
  .row.trashed {
    height: ${unsafeCSS(TRASH_ROW_HEIGHT)}px;
    cursor: default;
  }

  .top {
    display: flex;
    align-items: baseline;
    gap: 10px;
  }
  .top time {
    margin-left: auto;
    font-size: 11.5px;
    color: var(--nd-ink-faint);
  }
  .headline {
    flex: 1;
    min-width: 0;
    font-family: var(--nd-font-body);
    font-size: 15px;
    font-weight: 600;
    line-height: 1.3;
    color: var(--nd-ink);
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .headline.untitled {
    font-style: italic;
    font-weight: 400;
    color: var(--nd-ink-faint);
  }

  .meta {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: 12px;
    color: var(--nd-ink-muted);
    min-width: 0;
  }
  .dateline {
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .embargo {
    padding: 0 6px;
    border-radius: 999px;
    color: var(--nd-status-editing);
    background: var(--nd-status-editing-bg);
    font-size: 11px;
    font-weight: 600;
    line-height: 18px;
    white-space: nowrap;
  }
  .slugline {
    font-family: var(--nd-font-mono);
    font-size: 11px;
    color: var(--nd-ink-faint);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .words,
  time {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .words {
    margin-left: auto;
    color: var(--nd-ink-faint);
  }
  .open-notes {
    white-space: nowrap;
    font-weight: 600;
    color: var(--nd-status-editing);
  }

  .trash-actions {
    display: flex;
    gap: 6px;
    align-self: flex-start;
    margin-top: 4px;
  }
  .trash-actions .button {
    height: 26px;
  }

  .empty {
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 32px 20px;
    text-align: center;
    color: var(--nd-ink-muted);
  }
  .empty strong {
    color: var(--nd-ink);
    font-weight: 600;
  }
`;
