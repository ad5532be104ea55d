import { css } from 'lit';

/** The related-stories panel: compact rows, calm until hovered or focused. */
export const relatedPanelStyles = css`
  :host {
    display: block;
    font-size: 13px;
  }

  .backlinks {
    margin-top: 20px;
  }
  nd-web-link-form {
    margin-top: 8px;
  }
  .none {
    margin: 0 0 8px;
    color: var(--nd-ink-faint);
    font-size: 12.5px;
  }

  .links {
    margin-bottom: 8px;
    border: 1px solid var(--nd-border);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
  }
  .link {
    position: relative;
    padding: 7px 8px 7px 10px;
    border-bottom: 1px solid var(--nd-border);
  }
  .link:first-child {
    border-radius: var(--nd-radius) var(--nd-radius) 0 0;
  }
  .link:last-child {
    border-bottom: 0;
    border-radius: 0 0 var(--nd-radius) var(--nd-radius);
  }
  .link:only-child {
    border-radius: var(--nd-radius);
  }
  .link:hover {
    background: var(--nd-canvas);
  }
  .link:focus-visible {
    outline: 2px solid var(--nd-focus);
    outline-offset: -2px;
    background: var(--nd-accent-soft);
  }

  .top {
    display: flex;
    align-items: flex-start;
    gap: 4px;
  }
  .headline {
    flex: 1;
    min-width: 0;
    padding: 0;
    border: 0;
    background: none;
    font-family: var(--nd-font-body);
    font-size: 14.5px;
    line-height: 1.3;
    text-align: left;
    overflow-wrap: anywhere;
  }
  button.headline {
    cursor: pointer;
  }
  button.headline:hover {
    color: var(--nd-accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }

  .tools {
    display: inline-flex;
    gap: 1px;
    margin: -2px -2px 0 0;
    opacity: 0;
  }
  .link:hover .tools,
  .link:focus-within .tools,
  .link:focus .tools {
    opacity: 1;
  }
  .tool {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 22px;
    height: 22px;
    padding: 0;
    border: 0;
    border-radius: 4px;
    background: transparent;
    color: var(--nd-ink-muted);
    cursor: pointer;
  }
  .tool:hover {
    background: var(--nd-hover);
    color: var(--nd-ink);
  }
  .tool.remove:hover {
    background: var(--nd-danger-soft);
    color: var(--nd-danger);
  }
  .tool:disabled {
    opacity: 0.35;
    cursor: default;
    background: transparent;
  }
  .tool svg {
    width: 13px;
    height: 13px;
  }

  .meta {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 4px;
    font-size: 11.5px;
    color: var(--nd-ink-muted);
  }
  .relation {
    height: 20px;
    padding: 0 4px;
    border: 1px solid transparent;
    border-radius: 4px;
    background: var(--nd-canvas);
    color: var(--nd-ink-muted);
    font-size: 11.5px;
    cursor: pointer;
  }
  .relation:hover {
    border-color: var(--nd-border-strong);
  }
  .meta .pill {
    font-size: 10.5px;
    line-height: 16px;
    padding: 0 6px;
  }
  .dateline {
    font-weight: 600;
    letter-spacing: 0.03em;
  }
  .host {
    font-weight: 600;
    color: var(--nd-accent);
  }
  .host::before {
    content: '↗ ';
  }
  .address {
    margin-top: 3px;
    font-family: var(--nd-font-mono);
    font-size: 11px;
    color: var(--nd-ink-faint);
    overflow-wrap: anywhere;
    user-select: all;
    cursor: text;
  }

  .link.unresolved {
    background: repeating-linear-gradient(-45deg, transparent 0 7px, rgb(138 90 0 / 2.5%) 7px 14px);
    box-shadow: inset 3px 0 0 var(--nd-status-editing);
  }
  .link.unresolved .headline {
    color: var(--nd-ink-muted);
    font-style: italic;
  }
  .badge {
    padding: 0 6px;
    border-radius: 999px;
    background: var(--nd-status-editing-bg);
    color: var(--nd-status-editing);
    font-size: 10.5px;
    font-weight: 600;
    letter-spacing: 0.02em;
    line-height: 18px;
  }
  .actions,
  .resolve {
    display: flex;
    align-items: flex-start;
    gap: 6px;
    margin-top: 6px;
  }
  .resolve nd-headline-picker {
    flex: 1;
    min-width: 0;
  }
  .resolve .button.small {
    height: 30px;
  }

  .error {
    margin: 8px 0 0;
    color: var(--nd-danger);
    font-size: 12px;
  }
`;
