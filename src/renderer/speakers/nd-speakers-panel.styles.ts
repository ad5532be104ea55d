import { css } from 'lit';

export const speakersPanelStyles = css`
  .section:last-child {
    border-bottom: 0;
  }
  .button.small {
    height: 26px;
    padding: 0 9px;
    font-size: 12px;
  }
  .button svg {
    width: 13px;
    height: 13px;
  }
  .speakers,
  .lint {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .lint {
    gap: 4px;
  }
  .empty,
  .ok,
  .message {
    margin: 0 0 8px;
    font-size: 12.5px;
    line-height: 1.45;
    color: var(--nd-ink-muted);
  }
  .ok {
    color: var(--nd-success);
  }
  .message {
    padding: 6px 8px;
    border-radius: var(--nd-radius);
    background: var(--nd-status-editing-bg);
    color: var(--nd-status-editing);
  }
  .finding {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    width: 100%;
    padding: 6px 8px;
    border: 1px solid transparent;
    border-radius: var(--nd-radius);
    background: none;
    font-size: 12.5px;
    line-height: 1.4;
    text-align: left;
    cursor: pointer;
  }
  .finding:hover {
    background: var(--nd-canvas);
    border-color: var(--nd-border);
  }
  .finding .icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 16px;
    height: 16px;
    margin-top: 1px;
    border-radius: 50%;
    background: #f5d88c;
    color: #6b4500;
    font-size: 11px;
    font-weight: 800;
  }
  li.finding {
    cursor: default;
  }
  .lint.review {
    margin-bottom: 4px;
  }
  .finding.untagged-quote .icon {
    background: #f4c7c3;
    color: var(--nd-danger);
  }
`;
