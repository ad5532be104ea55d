import { css } from 'lit';

export const speakerCardStyles = css`
  :host {
    display: block;
  }
  .card {
    border: 1px solid var(--nd-border);
    border-radius: 8px;
    background: var(--nd-paper);
    overflow: hidden;
  }
  :host([focused]) .card {
    border-color: color-mix(in srgb, var(--speaker-ink) 45%, var(--nd-border));
    box-shadow: 0 0 0 2px color-mix(in srgb, var(--speaker-ink) 14%, transparent);
  }
  .summary {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    padding: 10px 10px 6px;
    cursor: pointer;
  }
  .summary:hover {
    background: var(--nd-canvas);
  }
  .summary:has(.name:focus-visible) {
    outline: 2px solid var(--nd-focus);
    outline-offset: -2px;
  }
  button.name {
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  button.name:focus-visible {
    outline: none;
  }
  .swatch {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 30px;
    height: 30px;
    border-radius: 50%;
    background: var(--speaker-tint);
    color: var(--speaker-ink);
    border: 1px solid color-mix(in srgb, var(--speaker-ink) 30%, transparent);
    /* The speaker's line style, as under their spans in the story. */
    border-bottom: 3px var(--speaker-line, solid) var(--speaker-ink);
    font-size: 11.5px;
    font-weight: 700;
  }
  .who {
    display: flex;
    flex-direction: column;
    gap: 1px;
    min-width: 0;
    flex: 1;
  }
  .name {
    font-size: 14px;
    font-weight: 650;
    color: var(--nd-ink);
  }
  .detail {
    font-size: 12.5px;
    color: var(--nd-ink-muted);
  }
  .detail.missing {
    color: var(--nd-ink-faint);
    font-style: italic;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 10px;
    margin-top: 5px;
    font-size: 11.5px;
    color: var(--nd-ink-muted);
    font-variant-numeric: tabular-nums;
  }
  .count::before {
    content: '';
    display: inline-block;
    width: 14px;
    height: 8px;
    margin-right: 5px;
    vertical-align: 0;
    border-radius: 2px;
  }
  .count.mention::before {
    border-bottom: 2px solid var(--speaker-ink);
    height: 6px;
  }
  .count.direct::before {
    background: var(--speaker-tint);
    box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--speaker-ink) 25%, transparent);
  }
  .count.paraphrase::before {
    border-bottom: 2px dotted var(--speaker-ink);
    height: 6px;
  }
  .position {
    flex: none;
    padding: 1px 7px;
    border-radius: 999px;
    background: var(--speaker-tint);
    color: var(--speaker-ink);
    font-size: 11px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .card-actions {
    display: flex;
    gap: 2px;
    padding: 0 6px 6px 46px;
  }
  .card-actions .button {
    color: var(--nd-ink-muted);
  }
  .form {
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding: 8px 10px 10px;
    border-top: 1px solid var(--nd-border);
    background: var(--nd-canvas);
  }
  .form label {
    display: flex;
    flex-direction: column;
    gap: 3px;
    font-size: 11.5px;
    font-weight: 600;
    color: var(--nd-ink-muted);
  }
  .form .field-small {
    font-weight: 400;
    color: var(--nd-ink);
  }
  .note {
    margin: 0;
    font-size: 12px;
    color: var(--nd-ink-muted);
  }
  .form-actions {
    display: flex;
    justify-content: flex-end;
    gap: 6px;
  }
`;
