import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    height: 100%;
    /* The list column; notices sit over its foot, so they never cover the story. */
    --nd-list-width: clamp(280px, 26vw, 360px);
    --nd-notice-width: calc(var(--nd-list-width) - 24px);
  }
  /* With the list hidden, notices keep a readable width and stay above the story's status bar. */
  :host([list-hidden]) {
    --nd-notice-width: 320px;
    --nd-notice-bottom: 48px;
  }

  .desk {
    display: grid;
    grid-template-columns: var(--nd-list-width) 1fr;
    height: 100%;
  }
  .desk.list-hidden {
    grid-template-columns: 44px 1fr;
    --nd-list-width: 44px;
  }
  .sidebar[hidden] {
    display: none;
  }
  .rail {
    display: flex;
    flex-direction: column;
    align-items: center;
    padding-top: 12px;
    border-right: 1px solid var(--nd-border);
    background: var(--nd-sidebar);
  }
  .list-toggle {
    margin-left: auto;
    color: var(--nd-ink-muted);
  }

  .sidebar {
    display: flex;
    flex-direction: column;
    min-height: 0;
    background: var(--nd-sidebar);
    border-right: 1px solid var(--nd-border);
  }
  .sidebar nd-article-list {
    flex: 1;
  }

  .editing-as {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 0;
    padding: 10px 16px;
    border: 0;
    border-top: 1px solid var(--nd-border);
    background: transparent;
    color: var(--nd-ink-muted);
    font-size: 12px;
    text-align: left;
    cursor: pointer;
  }
  .editing-as:hover {
    background: var(--nd-hover);
    color: var(--nd-ink);
  }
  .editing-as strong {
    font-weight: 600;
    color: var(--nd-ink);
  }
  .editing-as .who {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .editing-as svg {
    flex: none;
    width: 15px;
    height: 15px;
  }
  .editing-as .gear {
    width: 12px;
    height: 12px;
    color: var(--nd-ink-faint);
  }

  .brand {
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 14px 16px 10px;
  }
  .brand h1 {
    margin: 0;
    font-size: 15px;
    font-weight: 700;
    letter-spacing: -0.01em;
  }
  .mark {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 24px;
    height: 24px;
    border-radius: 6px;
    background: var(--nd-ink);
    color: var(--nd-paper);
    font-family: var(--nd-font-body);
    font-size: 15px;
    font-weight: 700;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    padding: 0 14px 12px;
  }
  .actions .button {
    flex: 1;
  }
  .sidebar {
    container-type: inline-size;
  }
  /* A narrow list (a 1024-pixel screen): New article on its own row, Import and Export share the next. */
  @container (max-width: 330px) {
    .actions .button.primary {
      flex-basis: 100%;
    }
  }
  .actions svg {
    width: 14px;
    height: 14px;
    stroke-width: 1.8;
  }

  /* The story pane is the page's one main landmark; the editor's bar and status bar belong to it. */
  .story-pane {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
  }
  .story-pane > * {
    flex: 1;
  }
  nd-editor[hidden] {
    display: none;
  }
  nd-trash-view {
    min-width: 0;
  }
  nd-editor {
    min-height: 0;
  }

  .drop-overlay {
    position: fixed;
    inset: 0;
    z-index: 10;
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 24px;
    background: rgb(246 247 249 / 82%);
    pointer-events: none;
  }
  .drop-target {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 6px;
    width: min(520px, 100%);
    padding: 48px 32px;
    border: 2px dashed var(--nd-accent);
    border-radius: 14px;
    background: var(--nd-paper);
    box-shadow: var(--nd-shadow);
    color: var(--nd-ink-muted);
    text-align: center;
  }
  .drop-target strong {
    font-size: 17px;
    color: var(--nd-ink);
  }
  .drop-target svg {
    width: 36px;
    height: 36px;
    margin-bottom: 6px;
    stroke: var(--nd-accent);
    stroke-width: 1.4;
  }
`;
