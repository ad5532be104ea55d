import { css } from 'lit';

export const notesPanelStyles = css`
  h3 {
    margin: 14px 0 6px;
    font-size: 11px;
    font-weight: 600;
    color: var(--nd-ink-faint);
  }
  .hint-message {
    margin: 0 0 8px;
    padding: 6px 8px;
    border-radius: var(--nd-radius);
    background: var(--nd-accent-soft);
    font-size: 12.5px;
    color: var(--nd-accent-strong);
  }
  .empty {
    margin: 0;
    font-size: 12.5px;
    line-height: 1.45;
    color: var(--nd-ink-muted);
  }
  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .note {
    border: 1px solid var(--nd-border);
    border-left: 3px solid rgb(214 152 20);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
    font-size: 12.5px;
    line-height: 1.45;
  }
  .note.resolved {
    border-left-color: var(--nd-border-strong);
    background: transparent;
  }
  .note.orphaned {
    border-left-style: dashed;
  }
  .note.active {
    box-shadow: 0 0 0 2px var(--nd-accent-soft);
    border-color: var(--nd-accent);
  }
  .anchor {
    display: block;
    width: 100%;
    padding: 7px 10px 5px;
    border: 0;
    border-radius: var(--nd-radius) var(--nd-radius) 0 0;
    background: transparent;
    text-align: left;
    color: var(--nd-ink-muted);
    font-style: italic;
    cursor: pointer;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .anchor:hover {
    background: var(--nd-hover);
  }
  .anchor.gone {
    font-style: normal;
    cursor: default;
  }
  .messages {
    margin: 0;
    padding: 0 10px;
    list-style: none;
  }
  .message {
    padding: 5px 0;
    border-top: 1px solid var(--nd-border);
  }
  .message:first-child {
    border-top: 0;
  }
  .byline {
    display: flex;
    align-items: baseline;
    gap: 6px;
    font-size: 11.5px;
    color: var(--nd-ink-faint);
  }
  .author {
    font-weight: 650;
    color: var(--nd-ink);
  }
  .byline .button {
    margin-left: auto;
  }
  .text {
    margin: 2px 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .state {
    padding: 1px 6px;
    border-radius: 999px;
    background: var(--nd-status-draft-bg);
    font-size: 10.5px;
    font-weight: 600;
    color: var(--nd-ink-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    padding: 4px 6px 6px;
  }
  .actions .danger {
    margin-left: auto;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: 6px 10px 8px;
  }
  .draft {
    margin-bottom: 10px;
    padding: 8px 10px;
    border: 1px solid var(--nd-accent);
    border-radius: var(--nd-radius);
    background: var(--nd-paper);
  }
  .draft form {
    padding: 0;
  }
  .draft .quote {
    margin: 0 0 6px;
    font-size: 12px;
    font-style: italic;
    color: var(--nd-ink-muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
    min-height: 52px;
    padding: 6px 8px;
    border: 1px solid var(--nd-border-strong);
    border-radius: var(--nd-radius);
    font: inherit;
    font-size: 12.5px;
    resize: vertical;
  }
  .form-actions {
    display: flex;
    justify-content: flex-end;
    gap: 6px;
  }
  .hint {
    margin-right: auto;
    font-size: 11px;
    color: var(--nd-ink-faint);
    align-self: center;
  }
`;
