import { css } from 'lit';

export const confirmDialogStyles = css`
  dialog {
    width: min(440px, calc(100vw - 48px));
    padding: 22px 24px 18px;
  }
  h2 {
    margin: 0 0 8px;
    font-size: 16px;
    font-weight: 650;
  }
  p {
    margin: 0;
    font-size: 14px;
    line-height: 1.5;
    color: var(--nd-ink-muted);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    margin-top: 20px;
  }
  .button.primary.danger {
    background: var(--nd-danger);
    border-color: var(--nd-danger);
  }
`;
