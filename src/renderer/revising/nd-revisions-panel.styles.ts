import { css } from 'lit';

export const revisionsPanelStyles = css`
  .drawer {
    position: fixed;
    inset: 0 0 0 auto;
    width: min(1040px, 94vw);
    max-width: none;
    height: 100vh;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    border-left: 1px solid var(--nd-border);
    background: var(--nd-canvas);
    color: var(--nd-ink);
    box-shadow: -12px 0 40px rgb(31 35 40 / 18%);
  }
  .drawer[open] {
    display: flex;
    flex-direction: column;
  }
  .drawer::backdrop {
    background: rgb(31 35 40 / 32%);
  }

  .top {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 16px;
    padding: 16px 20px 14px;
    border-bottom: 1px solid var(--nd-border);
    background: var(--nd-paper);
  }
  h2 {
    margin: 0;
    font-size: 18px;
    font-weight: 700;
  }
  .subtitle {
    margin: 2px 0 0;
    font-family: var(--nd-font-body);
    font-size: 14px;
    color: var(--nd-ink-muted);
  }
  .close {
    width: 30px;
    padding: 0;
    font-size: 14px;
  }

  .columns {
    flex: 1;
    min-height: 0;
    display: grid;
    grid-template-columns: 340px minmax(0, 1fr);
  }
  .versions {
    display: flex;
    flex-direction: column;
    min-height: 0;
    border-right: 1px solid var(--nd-border);
    background: var(--nd-paper);
  }
  .save {
    display: flex;
    gap: 6px;
    padding: 14px 16px 10px;
  }
  .save input {
    flex: 1;
    min-width: 0;
    height: 30px;
    padding: 0 8px;
    border: 1px solid var(--nd-border-strong);
    border-radius: var(--nd-radius);
    font-size: 13px;
  }
  .save input:focus-visible {
    outline: none;
    border-color: var(--nd-focus);
    box-shadow: 0 0 0 2px var(--nd-accent-soft);
  }
  .hint {
    margin: 0;
    padding: 0 16px 10px;
    font-size: 12px;
    color: var(--nd-ink-faint);
  }
  .error {
    margin: 0 16px 10px;
    padding: 8px 10px;
    border-radius: 6px;
    background: var(--nd-danger-soft);
    color: var(--nd-danger);
    font-size: 12px;
  }

  .list {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    margin: 0;
    padding: 0 8px 16px;
    list-style: none;
    border-top: 1px solid var(--nd-border);
  }
  .row {
    position: relative;
    display: flex;
    align-items: center;
    border-bottom: 1px solid var(--nd-border);
  }
  .row label {
    flex: 1;
    min-width: 0;
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 10px 8px;
    cursor: pointer;
  }
  .row:hover {
    background: var(--nd-hover);
  }
  .row.selected {
    background: var(--nd-accent-soft);
    box-shadow: inset 3px 0 0 var(--nd-accent);
  }
  .row.current .title {
    color: var(--nd-accent-strong);
  }
  .row input[type='checkbox'] {
    flex: none;
    width: 15px;
    height: 15px;
    margin: 0;
    accent-color: var(--nd-accent);
  }
  .meta {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 1px;
  }
  .title {
    font-size: 13px;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .reason,
  .when {
    font-size: 11.5px;
    color: var(--nd-ink-muted);
    font-variant-numeric: tabular-nums;
  }
  .restore {
    height: 26px;
    margin-right: 4px;
    padding: 0 8px;
    font-size: 12px;
    color: var(--nd-accent);
    opacity: 0;
  }
  .row:hover .restore,
  .row.selected .restore,
  .restore:focus-visible {
    opacity: 1;
  }

  .comparison {
    min-height: 0;
    overflow-y: auto;
    padding: 20px 28px 40px;
  }
  .placeholder {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    height: 100%;
    color: var(--nd-ink-muted);
    text-align: center;
  }
  .placeholder svg {
    width: 56px;
    height: 56px;
    stroke: var(--nd-border-strong);
    stroke-width: 1.5;
  }
`;
