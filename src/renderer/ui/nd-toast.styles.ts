import { css } from 'lit';

export const toastStyles = css`
  /* Bottom left, over the end of the article list: never over the story, its status bar or the side panel. */
  :host {
    position: fixed;
    left: 12px;
    bottom: var(--nd-notice-bottom, 12px);
    z-index: 20;
    width: min(440px, var(--nd-notice-width, 336px));
    pointer-events: none;
  }

  .stack {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 8px;
  }

  .notice {
    display: flex;
    align-items: flex-start;
    gap: 12px;
    max-width: 440px;
    padding: 11px 10px 11px 16px;
    border-radius: 8px;
    background: #24292f;
    color: #f6f8fa;
    box-shadow: var(--nd-shadow);
    font-size: 13px;
    pointer-events: auto;
  }
  .notice.warning {
    background: #fff8e5;
    color: #5c4200;
    border: 1px solid #f0d48a;
  }
  .notice.error {
    background: var(--nd-danger-soft);
    color: #7a1a14;
    border: 1px solid #f0b7b2;
    border-left: 4px solid var(--nd-danger);
  }

  .text {
    flex: 1;
    min-width: 0;
    padding-top: 3px;
  }
  .message {
    margin: 0;
    font-weight: 500;
  }
  .details {
    margin: 6px 0 0;
    padding-left: 18px;
    font-weight: 400;
  }

  .action {
    height: 26px;
    background: transparent;
    border-color: rgb(255 255 255 / 35%);
    color: #9ec5ff;
    font-weight: 600;
  }
  .action:hover {
    background: rgb(255 255 255 / 10%);
  }
  .warning .action,
  .error .action {
    color: inherit;
    border-color: currentColor;
  }

  .close {
    border: 0;
    color: inherit;
    opacity: 0.7;
    cursor: pointer;
  }
  .close:hover {
    opacity: 1;
    background: rgb(127 127 127 / 18%);
  }
  .close svg {
    width: 14px;
    height: 14px;
  }
`;
