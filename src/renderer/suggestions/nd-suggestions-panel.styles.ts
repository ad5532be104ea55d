import { css } from 'lit';

export const suggestionsPanelStyles = css`
  .empty,
  .hint {
    margin: 0;
    font-size: 12.5px;
    line-height: 1.45;
    color: var(--nd-ink-muted);
  }
  .hint {
    margin-top: 10px;
    font-size: 11.5px;
    line-height: 1.8;
  }
  kbd {
    font-family: var(--nd-font-ui);
    font-size: 11px;
    padding: 0 4px;
    border: 1px solid var(--nd-border-strong);
    border-radius: 4px;
    background: var(--nd-paper);
    white-space: nowrap;
  }
  .bulk {
    display: flex;
    gap: 6px;
    margin-bottom: 10px;
  }
  .authors {
    margin: 0 0 10px;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .authors li {
    display: flex;
    align-items: center;
    gap: 4px;
    font-size: 12.5px;
  }
  .author-name {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
  }
  .changes {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .change {
    border: 1px solid var(--nd-border);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
  }
  .show {
    display: flex;
    flex-direction: column;
    gap: 5px;
    width: 100%;
    padding: 8px 10px 6px;
    border: 0;
    border-radius: var(--nd-radius) var(--nd-radius) 0 0;
    background: transparent;
    text-align: left;
    cursor: pointer;
  }
  .show:hover {
    background: var(--nd-hover);
  }
  .meta {
    display: flex;
    align-items: baseline;
    gap: 8px;
    font-size: 12px;
  }
  .author {
    font-weight: 650;
  }
  time {
    color: var(--nd-ink-faint);
  }
  .diff {
    font-family: var(--nd-font-body);
    font-size: 14px;
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  .diff del {
    text-decoration: line-through;
    text-decoration-color: #b3261e;
    color: #8c1d18;
    background: #fbeceb;
    border-radius: 2px;
  }
  .diff ins {
    text-decoration: underline;
    text-decoration-color: #1a7f37;
    text-underline-offset: 2px;
    color: #145c29;
    background: #e6f4ea;
    border-radius: 2px;
  }
  .kind {
    font-family: var(--nd-font-ui);
    font-size: 11px;
    font-weight: 650;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    color: var(--nd-ink-faint);
  }
  .arrow {
    color: var(--nd-ink-faint);
  }
  .flag {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    align-self: flex-start;
    padding: 1px 7px;
    border-radius: 999px;
    background: var(--nd-status-editing-bg);
    color: var(--nd-status-editing);
    font-size: 11.5px;
    font-weight: 600;
  }
  .flag svg {
    width: 12px;
    height: 12px;
  }
  .actions {
    display: flex;
    gap: 6px;
    padding: 0 10px 8px;
  }
  .accept:hover {
    background: var(--nd-status-published-bg);
    color: var(--nd-status-published);
  }
  .reject:hover {
    color: var(--nd-danger);
    background: var(--nd-danger-soft);
  }
`;
