import { css } from 'lit';

/** The story-details panel: a compact form in the side panel's column, calm like its neighbours. */
export const metadataPanelStyles = css`
  :host {
    display: block;
    font-size: 13px;
  }
  h3 {
    margin: 16px 0 6px;
    font-size: 12px;
    font-weight: 600;
    color: var(--nd-ink-muted);
  }
  .field-small {
    box-sizing: border-box;
    width: 100%;
    min-width: 0;
  }
  textarea.field-small {
    height: auto;
    padding: 6px 8px;
    font: inherit;
    line-height: 1.4;
    resize: vertical;
  }
  .grid {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 8px;
  }
  .grid .slugline {
    grid-column: 1 / -1;
  }
  .stacked {
    display: flex;
    flex-direction: column;
    gap: 3px;
    min-width: 0;
  }
  .stacked > span:first-child {
    color: var(--nd-ink-faint);
    font-size: 11.5px;
  }
  .inline {
    display: flex;
    gap: 4px;
  }
  .slugline input {
    font-family: var(--nd-font-mono);
    font-size: 12.5px;
    letter-spacing: 0.02em;
  }
  .error {
    margin: 6px 0 0;
    color: var(--nd-danger);
    font-size: 12px;
  }
  .none,
  .hint {
    margin: 0 0 6px;
    color: var(--nd-ink-faint);
    font-size: 12.5px;
  }

  .variants {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .variant {
    display: flex;
    flex-direction: column;
    gap: 3px;
  }
  .variant-top {
    display: flex;
    justify-content: space-between;
    font-size: 11.5px;
    color: var(--nd-ink-faint);
  }
  .meter {
    font-variant-numeric: tabular-nums;
  }
  .meter.near {
    color: var(--nd-status-editing);
  }
  .meter.over {
    color: var(--nd-danger);
    font-weight: 600;
  }
  .bar {
    display: block;
    height: 2px;
    border-radius: 1px;
    background: var(--nd-border);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    background: var(--nd-accent);
  }
  .bar.near > span {
    background: var(--nd-status-editing);
  }
  .bar.over > span {
    background: var(--nd-danger);
  }

  .people,
  .corrections {
    margin: 0 0 6px;
    padding: 0;
    list-style: none;
  }
  .person {
    display: grid;
    grid-template-columns: 1.4fr 1fr 26px;
    gap: 4px;
    margin-bottom: 4px;
  }
  .icon-button.remove {
    color: var(--nd-ink-faint);
    font-size: 11px;
  }
  .icon-button.remove:hover {
    color: var(--nd-danger);
    background: var(--nd-danger-soft);
  }

  .embargo-form {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 8px;
  }
  .embargo-state {
    margin: 8px 0 6px;
    padding: 6px 8px;
    border-radius: var(--nd-radius);
    font-size: 12.5px;
  }
  .embargo-state.in-force {
    color: var(--nd-status-editing);
    background: var(--nd-status-editing-bg);
  }
  .embargo-state.lifted {
    color: var(--nd-ink-muted);
    background: var(--nd-canvas);
  }

  .correction {
    padding: 6px 8px;
    margin-bottom: 6px;
    border: 1px solid var(--nd-border);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
  }
  .correction-top {
    display: flex;
    align-items: center;
    gap: 6px;
    font-size: 11.5px;
    color: var(--nd-ink-faint);
  }
  .correction-top .kind {
    font-weight: 600;
    color: var(--nd-ink-muted);
  }
  .correction-top .remove {
    margin-left: auto;
    width: 20px;
    height: 20px;
  }
  .correction .text {
    display: block;
    margin-top: 2px;
    line-height: 1.4;
  }
  .add-correction {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .row-actions {
    display: flex;
    gap: 6px;
  }
  .ednote {
    background: #fffdf3;
  }
`;
