import { css } from 'lit';

import { visuallyHidden } from '../ui/shared.styles';

export const lengthMeterStyles = css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: 14px;
    min-width: 0;
    font-size: 12px;
    color: var(--nd-ink-muted);
    font-variant-numeric: tabular-nums;
  }
  .count {
    white-space: nowrap;
  }
  .count.muted {
    color: var(--nd-ink-faint);
  }

  .progress {
    display: inline-flex;
    align-items: center;
    gap: 8px;
  }
  meter {
    /* Kept for assistive technology; the drawn bar below is what sighted people see. */
    ${visuallyHidden}
  }
  .fill {
    position: relative;
    width: 96px;
    height: 6px;
    border-radius: 999px;
    background: var(--nd-border);
    overflow: hidden;
  }
  .bar {
    position: absolute;
    inset: 0 auto 0 0;
    width: 0;
    border-radius: 999px;
    background: var(--nd-success);
  }
  .short .bar {
    background: #d48a00;
  }
  .long .bar {
    background: var(--nd-danger);
  }
  .difference {
    white-space: nowrap;
    font-weight: 600;
  }
  .fits .difference {
    color: var(--nd-success);
  }
  .short .difference {
    color: #8a5a00;
  }
  .long .difference {
    color: var(--nd-danger);
  }

  .target {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .target span {
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: var(--nd-ink-faint);
  }
  .target input {
    width: 72px;
    height: 24px;
    padding: 0 6px;
    border: 1px solid var(--nd-border-strong);
    border-radius: 4px;
    background: var(--nd-paper);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .target input:focus-visible {
    outline: none;
    border-color: var(--nd-focus);
    box-shadow: 0 0 0 2px var(--nd-accent-soft);
  }

  .selection {
    padding: 1px 8px;
    border-radius: 999px;
    background: var(--nd-accent-soft);
    color: var(--nd-accent-strong);
    white-space: nowrap;
  }
`;
