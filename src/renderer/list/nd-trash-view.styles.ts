import { css } from 'lit';

export const trashViewStyles = css`
  :host {
    display: block;
    min-height: 0;
    overflow-y: auto;
    background: var(--nd-paper);
  }
  .empty {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 6px;
    height: 100%;
    padding: 32px;
    background: var(--nd-canvas);
    color: var(--nd-ink-muted);
  }
  .title {
    margin: 0;
    font-size: 15px;
    font-weight: 600;
    color: var(--nd-ink);
  }
  .hint {
    margin: 0 0 12px;
    font-size: 13px;
  }
  .button.danger-solid {
    background: var(--nd-danger);
    border-color: var(--nd-danger);
    color: #fff;
  }
  .preview {
    max-width: 720px;
    margin: 0 auto;
    padding: 32px 48px 96px;
    font-family: var(--nd-font-body);
    font-size: 18px;
    line-height: 1.6;
  }
  .banner {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    margin: 0 0 24px;
    padding: 10px 14px;
    border-radius: 8px;
    background: var(--nd-danger-soft);
    color: #7a1a14;
    font-family: var(--nd-font-ui);
    font-size: 13px;
  }
  h1 {
    margin: 0 0 8px;
    font-size: 30px;
    line-height: 1.2;
  }
  .fields {
    margin: 0 0 24px;
    font-family: var(--nd-font-ui);
    font-size: 13px;
    color: var(--nd-ink-muted);
  }
  .dateline {
    font-weight: 700;
    letter-spacing: 0.06em;
    color: var(--nd-ink);
  }
  q {
    quotes: none;
  }
`;
