/**
 * Styles for what RevisingTools puts in the editor's shadow root: the Find and
 * History buttons, and the body's marks for find matches and misspelled words.
 * Include beside bodyStyles in the component that hosts RevisingTools.
 */
import { css } from 'lit';

export const revisingStyles = css`
  .revising-button {
    gap: 5px;
    padding: 0 9px;
    color: var(--nd-ink-muted);
  }
  .revising-button svg {
    width: 15px;
    height: 15px;
    stroke-width: 1.5;
  }
  .revising-button[aria-pressed='true'] {
    background: var(--nd-accent-soft);
    color: var(--nd-accent-strong);
  }

  .ProseMirror .find-match {
    background: #fff0a6;
    border-radius: 2px;
    box-shadow: 0 0 0 1px #f1d45c;
  }
  .ProseMirror .find-match.find-current {
    background: #ffb648;
    box-shadow: 0 0 0 2px #e8912a;
  }
  .ProseMirror .misspelled {
    text-decoration-line: underline;
    text-decoration-style: wavy;
    text-decoration-color: #d1242f;
    text-decoration-thickness: 1.5px;
    text-decoration-skip-ink: none;
    text-underline-offset: 3px;
  }
`;
