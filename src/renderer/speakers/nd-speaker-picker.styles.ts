import { css } from 'lit';

export const speakerPickerStyles = css`
  :host {
    position: fixed;
    z-index: 20;
    width: 340px;
  }
  .popup {
    display: flex;
    flex-direction: column;
    border: 1px solid var(--nd-border-strong);
    border-radius: 10px;
    background: var(--nd-paper);
    box-shadow: var(--nd-shadow), 0 12px 32px rgb(31 35 40 / 14%);
    overflow: hidden;
  }
  .title {
    padding: 9px 12px 0;
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--nd-ink-faint);
  }
  .search {
    margin: 6px 10px 8px;
    height: 32px;
    padding: 0 10px;
    border: 1px solid var(--nd-border-strong);
    border-radius: var(--nd-radius);
    font-size: 14px;
  }
  .search:focus-visible {
    outline: none;
    border-color: var(--nd-focus);
    box-shadow: 0 0 0 3px var(--nd-accent-soft);
  }
  ul {
    margin: 0;
    padding: 0 6px 6px;
    list-style: none;
    max-height: 280px;
    overflow-y: auto;
  }
  li[role='option'] {
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 6px 8px;
    border-radius: 6px;
    cursor: pointer;
  }
  li[aria-selected='true'] {
    background: var(--nd-accent-soft);
  }
  li:hover:not([aria-selected='true']) {
    background: var(--nd-hover);
  }
  .swatch {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 26px;
    height: 26px;
    border-radius: 50%;
    background: var(--speaker-tint);
    color: var(--speaker-ink);
    border: 1px solid color-mix(in srgb, var(--speaker-ink) 30%, transparent);
    font-size: 11px;
    font-weight: 700;
  }
  .swatch.plus {
    background: var(--nd-canvas);
    color: var(--nd-accent);
    border: 1px dashed var(--nd-border-strong);
    font-size: 15px;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .name {
    font-size: 13.5px;
    font-weight: 600;
  }
  .create .name {
    font-weight: 500;
    color: var(--nd-accent);
  }
  .detail {
    font-size: 12px;
    color: var(--nd-ink-muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .none {
    padding: 8px;
    font-size: 12.5px;
    color: var(--nd-ink-faint);
  }
  .hint {
    padding: 6px 12px;
    border-top: 1px solid var(--nd-border);
    background: var(--nd-canvas);
    font-size: 11.5px;
    color: var(--nd-ink-muted);
  }
  .create-form {
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding: 8px 12px 12px;
  }
  .create-form label {
    display: flex;
    flex-direction: column;
    gap: 3px;
    font-size: 12px;
    font-weight: 600;
    color: var(--nd-ink-muted);
  }
  .create-form input {
    height: 30px;
    padding: 0 8px;
    border: 1px solid var(--nd-border-strong);
    border-radius: var(--nd-radius);
    font-size: 13.5px;
    font-weight: 400;
    color: var(--nd-ink);
  }
  .form-actions {
    display: flex;
    justify-content: flex-end;
    gap: 6px;
    margin-top: 4px;
  }
  .error {
    margin: 0;
    padding: 6px 12px 10px;
    font-size: 12px;
    color: var(--nd-danger);
  }
`;
