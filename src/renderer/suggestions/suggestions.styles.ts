/**
 * Styles for what SuggestTools puts in the editor's shadow root: the Suggest
 * button, the "Suggesting" banner, and the suggestion marks in the body —
 * insertions underlined in green, deletions struck through in red, formatting
 * changes dotted in the accent colour. Include beside bodyStyles.
 */
import { css } from 'lit';

export const suggestionStyles = css`
  .suggest-button {
    gap: 5px;
    padding: 0 9px;
    color: var(--nd-ink-muted);
  }
  .suggest-button svg {
    width: 15px;
    height: 15px;
    stroke-width: 1.5;
  }
  .suggest-button[aria-pressed='true'] {
    background: var(--nd-status-published-bg);
    color: var(--nd-status-published);
    font-weight: 650;
  }

  .suggest-banner {
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 6px 16px;
    border-bottom: 1px solid #b7dfc1;
    background: var(--nd-status-published-bg);
    color: var(--nd-status-published);
    font-size: 12.5px;
  }
  .suggest-banner .dot {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--nd-success);
    flex: none;
  }
  .suggest-banner .text {
    flex: 1;
  }
  .suggest-banner kbd {
    font-family: var(--nd-font-ui);
    font-size: 11.5px;
    padding: 0 4px;
    border: 1px solid #b7dfc1;
    border-radius: 4px;
    background: var(--nd-paper);
  }

  .ProseMirror ins.nd-suggested-insertion {
    text-decoration: underline;
    text-decoration-color: #1a7f37;
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
    color: #145c29;
    background: #e6f4ea;
    border-radius: 2px;
  }
  .ProseMirror del.nd-suggested-deletion {
    text-decoration: line-through;
    text-decoration-color: #b3261e;
    text-decoration-thickness: 1.5px;
    color: #8c1d18;
    background: #fbeceb;
    border-radius: 2px;
  }
  .ProseMirror .nd-suggested-format {
    text-decoration: underline dotted var(--nd-accent);
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
    background: var(--nd-accent-soft);
  }
`;
