import { css } from 'lit';

export const settingsDialogStyles = css`
  dialog {
    width: min(460px, calc(100vw - 48px));
    padding: 22px 24px 18px;
  }
  h2 {
    margin: 0 0 14px;
    font-size: 16px;
    font-weight: 650;
  }
  .intro {
    margin: -8px 0 16px;
    font-size: 13px;
    line-height: 1.5;
    color: var(--nd-ink-muted);
  }
  label {
    display: block;
    margin: 0 0 12px;
    font-size: 12px;
    font-weight: 600;
    color: var(--nd-ink-muted);
  }
  label .field-small {
    display: block;
    box-sizing: border-box;
    width: 100%;
    height: 32px;
    margin-top: 4px;
    font-weight: 400;
    color: var(--nd-ink);
  }
  .hint {
    display: block;
    margin-top: 3px;
    font-weight: 400;
    color: var(--nd-ink-faint);
  }
  .error {
    margin: 4px 0 0;
    padding: 8px 10px;
    border-radius: var(--nd-radius);
    background: var(--nd-danger-soft);
    color: var(--nd-danger);
    font-size: 13px;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    margin-top: 18px;
  }
`;
