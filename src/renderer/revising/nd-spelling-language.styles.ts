import { css } from 'lit';

export const spellingLanguageStyles = css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: 12px;
    color: var(--nd-ink-muted);
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .label {
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  select {
    height: 26px;
    font-size: 12px;
  }
`;
