import { css } from 'lit';

export const exportDialogStyles = css`
  dialog {
    width: min(500px, calc(100vw - 48px));
    padding: 0;
  }

  .dialog-head {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 20px 24px 4px;
  }
  .icon {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 32px;
    height: 32px;
    border-radius: 8px;
    background: var(--nd-accent-soft);
  }
  .icon svg {
    width: 16px;
    height: 16px;
    stroke: var(--nd-accent);
    stroke-width: 1.8;
  }
  dialog[data-phase='done'] .icon {
    background: #e2f4e6;
  }
  dialog[data-phase='done'] .icon svg {
    stroke: var(--nd-success);
  }
  h2 {
    margin: 0;
    font-size: 17px;
    font-weight: 650;
    letter-spacing: -0.01em;
  }

  .choices,
  .progress,
  .summary,
  dialog > .message {
    padding: 12px 24px 4px;
  }
  fieldset {
    margin: 0 0 14px;
    padding: 0;
    border: 0;
  }
  legend {
    margin-bottom: 6px;
    padding: 0;
    font-size: 11.5px;
    font-weight: 650;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--nd-ink-muted);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    padding: 8px 10px;
    border: 1px solid var(--nd-border);
    border-radius: var(--nd-radius);
    cursor: pointer;
  }
  .choice + .choice {
    margin-top: 6px;
  }
  .choice:hover {
    background: var(--nd-canvas);
  }
  .choice:has(input:checked) {
    border-color: color-mix(in srgb, var(--nd-accent) 55%, transparent);
    background: var(--nd-accent-soft);
  }
  .choice:has(input:disabled) {
    cursor: default;
    opacity: 0.6;
  }
  .choice input {
    margin: 2px 0 0;
    accent-color: var(--nd-accent);
  }
  .choice span {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .choice strong {
    font-size: 13.5px;
    font-weight: 600;
  }
  .choice small {
    font-size: 12px;
    color: var(--nd-ink-muted);
  }
  code {
    font-family: var(--nd-font-mono);
    font-size: 11.5px;
    font-weight: 400;
    color: var(--nd-ink-muted);
  }

  .hint.error,
  .message.error {
    margin: 6px 0 0;
    font-size: 12.5px;
    color: var(--nd-danger);
  }

  progress {
    display: block;
    width: 100%;
    height: 8px;
    margin: 8px 0 10px;
    border: 0;
    border-radius: 999px;
    background: var(--nd-hover);
    overflow: hidden;
    appearance: none;
  }
  progress::-webkit-progress-bar {
    background: var(--nd-hover);
    border-radius: 999px;
  }
  progress::-webkit-progress-value {
    background: var(--nd-accent);
    border-radius: 999px;
    transition: width 120ms linear;
  }
  .progress-text {
    margin: 0;
    font-size: 13px;
    color: var(--nd-ink-muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .message {
    margin: 0;
    font-size: 14px;
    line-height: 1.5;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 6px 16px;
    margin: 12px 0 0;
    padding: 12px 14px;
    border-radius: var(--nd-radius);
    background: var(--nd-canvas);
    font-size: 13px;
  }
  dt {
    color: var(--nd-ink-muted);
  }
  dd {
    margin: 0;
    min-width: 0;
    font-variant-numeric: tabular-nums;
  }
  .folder {
    display: block;
    color: var(--nd-ink);
    overflow-wrap: anywhere;
    user-select: all;
  }
  .failures {
    max-height: 180px;
    overflow-y: auto;
    margin: 12px 0 0;
    padding: 0;
    list-style: none;
    border: 1px solid color-mix(in srgb, var(--nd-danger) 30%, transparent);
    border-radius: var(--nd-radius);
  }
  .failures li {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 8px 12px;
    font-size: 13px;
    background: var(--nd-danger-soft);
  }
  .failures li + li {
    border-top: 1px solid color-mix(in srgb, var(--nd-danger) 20%, transparent);
  }
  .failures span {
    color: #7a1a14;
    font-size: 12.5px;
  }

  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    margin-top: 12px;
    padding: 14px 24px;
    border-top: 1px solid var(--nd-border);
    background: var(--nd-canvas);
    border-radius: 0 0 12px 12px;
  }
  .button.danger {
    color: var(--nd-danger);
  }
`;
