import { css } from 'lit';

export const suggestionListStyles = css`
  :host {
    display: block;
  }
  .bulk {
    display: flex;
    align-items: center;
    gap: 6px;
    margin-bottom: 8px;
  }
  .summary {
    flex: 1;
    font-size: 12px;
    color: var(--nd-ink-muted);
  }
  .button.small {
    height: 26px;
    padding: 0 10px;
    font-size: 12px;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .suggestion {
    display: flex;
    align-items: flex-start;
    gap: 4px;
    padding: 8px 6px 8px 10px;
    border: 1px solid var(--nd-border);
    border-left: 3px solid var(--nd-border-strong);
    border-radius: 6px;
    background: var(--nd-paper);
  }
  .suggestion.direct { border-left-color: #1f5fbf; }
  .suggestion.paraphrase { border-left-color: #8a5a00; }
  .suggestion.mention { border-left-color: var(--nd-ink-faint); }
  .show {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
    padding: 0;
    border: 0;
    background: none;
    text-align: left;
    cursor: pointer;
  }
  .kind {
    font-size: 10.5px;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--nd-ink-faint);
  }
  .speaker {
    font-size: 13px;
    font-weight: 600;
  }
  .speaker.anonymous {
    font-weight: 500;
    font-style: italic;
    color: var(--nd-ink-muted);
  }
  .existing,
  .new {
    margin-left: 4px;
    padding: 0 6px;
    border-radius: 999px;
    font-size: 10.5px;
    font-weight: 600;
    vertical-align: 1px;
  }
  .existing { background: var(--nd-status-published-bg); color: var(--nd-status-published); }
  .new { background: var(--nd-accent-soft); color: var(--nd-accent); }
  .text {
    font-family: var(--nd-font-body);
    font-size: 13.5px;
    line-height: 1.4;
    color: var(--nd-ink);
  }
  .evidence,
  .reason {
    font-size: 11.5px;
    color: var(--nd-ink-muted);
  }
  .confidence {
    margin-left: 4px;
    padding: 0 5px;
    border-radius: 999px;
    font-weight: 600;
    white-space: nowrap;
  }
  .confidence.high {
    color: var(--nd-status-published);
    background: var(--nd-status-published-bg);
  }
  .confidence.medium {
    color: var(--nd-status-editing);
    background: var(--nd-status-editing-bg);
  }
  .confidence.low {
    color: var(--nd-danger);
    background: var(--nd-danger-soft);
  }
  .bulk {
    flex-wrap: wrap;
  }
  .threshold select {
    height: 24px;
    font-size: 12px;
  }
  .decide {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .button.icon {
    width: 26px;
    padding: 0;
  }
  .icon svg {
    width: 14px;
    height: 14px;
    stroke-width: 1.8;
  }
  .accept:hover:not(:disabled) { color: var(--nd-success); border-color: var(--nd-success); }
  .reject:hover:not(:disabled) { color: var(--nd-danger); border-color: var(--nd-danger); }
`;
