import { css } from 'lit';

import { visuallyHidden } from '../ui/shared.styles';

/** The editor frame and its fields; the body's own rules are in editor/body.styles.ts. */
export const editorStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    min-width: 0;
    background: var(--nd-paper);
  }

  .bar {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 8px 16px;
    border-bottom: 1px solid var(--nd-border);
    background: var(--nd-paper);
  }
  .spacer {
    flex: 1;
  }

  .embargo-badge {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    height: 26px;
    padding: 0 10px;
    border-radius: 999px;
    color: var(--nd-status-editing);
    background: var(--nd-status-editing-bg);
    font-size: 12px;
    font-weight: 600;
    white-space: nowrap;
  }
  .embargo-badge svg {
    width: 13px;
    height: 13px;
  }

  .status {
    position: relative;
    display: inline-flex;
    align-items: center;
  }
  .status select {
    appearance: none;
    height: 30px;
    padding: 0 28px 0 24px;
    border: 1px solid var(--nd-border-strong);
    border-radius: 999px;
    background: var(--nd-paper);
    font-size: 13px;
    font-weight: 600;
    cursor: pointer;
  }
  .status::after {
    content: '';
    position: absolute;
    right: 11px;
    width: 6px;
    height: 6px;
    border-right: 1.5px solid var(--nd-ink-muted);
    border-bottom: 1.5px solid var(--nd-ink-muted);
    transform: translateY(-2px) rotate(45deg);
    pointer-events: none;
  }
  .status-dot {
    position: absolute;
    left: 10px;
    width: 8px;
    height: 8px;
    border-radius: 50%;
    pointer-events: none;
  }
  .status.draft select { color: var(--nd-status-draft); background: var(--nd-status-draft-bg); border-color: transparent; }
  .status.editing select { color: var(--nd-status-editing); background: var(--nd-status-editing-bg); border-color: transparent; }
  .status.ready select { color: var(--nd-status-ready); background: var(--nd-status-ready-bg); border-color: transparent; }
  .status.published select { color: var(--nd-status-published); background: var(--nd-status-published-bg); border-color: transparent; }
  .status.draft .status-dot { background: var(--nd-status-draft); }
  .status.editing .status-dot { background: var(--nd-status-editing); }
  .status.ready .status-dot { background: var(--nd-status-ready); }
  .status.published .status-dot { background: var(--nd-status-published); }

  .trash {
    width: 32px;
    padding: 0;
  }
  .trash svg {
    width: 16px;
    height: 16px;
    stroke-width: 1.4;
  }

  .scroll {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
  }
  .workspace {
    position: relative;
    flex: 1;
    min-height: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) clamp(280px, 26vw, 360px);
    container-type: inline-size;
  }
  .workspace.aside-hidden {
    grid-template-columns: minmax(0, 1fr);
  }
  .workspace nd-article-aside {
    min-height: 0;
  }
  .workspace nd-article-aside[hidden] {
    display: none;
  }
  /* Too narrow for a readable story beside the panel: the panel slides over the story instead. */
  @container (max-width: 900px) {
    .workspace {
      grid-template-columns: minmax(0, 1fr);
    }
    .workspace nd-article-aside {
      position: absolute;
      top: 0;
      right: 0;
      bottom: 0;
      z-index: 5;
      width: min(340px, 92%);
      box-shadow: var(--nd-shadow);
    }
  }
  .page {
    max-width: 720px;
    margin: 0 auto;
    padding: 40px 48px 96px;
  }
  @container (max-width: 640px) {
    .page {
      padding: 24px 20px 72px;
    }
  }

  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  .headline {
    display: block;
    width: 100%;
    /* Grows with its text: a long headline wraps instead of being clipped. */
    field-sizing: content;
    min-height: 1.2em;
    resize: none;
    overflow: hidden;
    overflow-wrap: anywhere;
    padding: 4px 0;
    border: 0;
    border-bottom: 1px solid transparent;
    background: transparent;
    font-family: var(--nd-font-body);
    font-size: 32px;
    font-weight: 700;
    line-height: 1.2;
    letter-spacing: -0.01em;
  }
  .headline:hover {
    border-bottom-color: var(--nd-border);
  }
  .headline:focus-visible {
    outline: none;
    border-bottom-color: var(--nd-focus);
  }
  .headline::placeholder,
  .field input::placeholder {
    color: var(--nd-ink-faint);
    font-weight: 400;
  }

  .fields {
    display: flex;
    gap: 24px;
    margin: 14px 0 24px;
    padding-bottom: 18px;
    border-bottom: 1px solid var(--nd-border);
  }
  .field {
    display: flex;
    align-items: baseline;
    gap: 8px;
    flex: 1;
    min-width: 0;
  }
  .field span {
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--nd-ink-faint);
  }
  .field input {
    flex: 1;
    min-width: 0;
    padding: 3px 6px;
    border: 1px solid transparent;
    border-radius: 4px;
    background: transparent;
    font-size: 14px;
  }
  /* A dateline with a date ("WASHINGTON, D.C., Nov. 26") needs more room than a byline. */
  .field.dateline {
    flex: 3;
  }
  .field.byline {
    flex: 2;
  }
  .field.dateline input {
    font-weight: 600;
    letter-spacing: 0.03em;
  }
  .field input:hover {
    border-color: var(--nd-border);
  }
  .field input:focus-visible {
    outline: none;
    border-color: var(--nd-focus);
    box-shadow: 0 0 0 2px var(--nd-accent-soft);
  }

  .statusbar {
    display: flex;
    align-items: center;
    gap: 12px;
    min-height: 34px;
    padding: 4px 16px;
    border-top: 1px solid var(--nd-border);
    background: var(--nd-canvas);
    font-size: 12px;
    color: var(--nd-ink-muted);
  }
  .words {
    font-variant-numeric: tabular-nums;
  }

  .empty {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 4px;
    padding: 32px;
    background: var(--nd-canvas);
    color: var(--nd-ink-muted);
    text-align: center;
  }
  .empty svg {
    width: 56px;
    height: 56px;
    margin-bottom: 8px;
    stroke: var(--nd-border-strong);
    stroke-width: 1.5;
  }
  .empty p {
    margin: 0;
  }
  .empty-title {
    font-size: 15px;
    font-weight: 500;
    color: var(--nd-ink);
  }

  .recovered {
    margin: 0 0 20px;
    padding: 12px 14px;
    border: 1px solid var(--nd-warning-border, #f0d48a);
    border-radius: 8px;
    background: var(--nd-warning-soft, #fff8e5);
    color: #5c4200;
    font-size: 13px;
  }
  .recovered p {
    margin: 0 0 8px;
  }
  .recovered .actions {
    display: flex;
    gap: 8px;
  }

  /* A narrower editor keeps every formatting button: Suggest, Note, Find, History and Panel show only their icons (their names stay for screen readers). */
  :host {
    container-type: inline-size;
  }
  @container (max-width: 1180px) {
    .revising-button .label,
    .suggest-button .label {
      ${visuallyHidden}
    }
  }
`;
