/**
 * The article body's styles: Tiptap's base .ProseMirror rules (its CSS injection
 * is off: it would land in document.head, outside the editor's shadow root, and
 * the CSP allows no inline styles) and the desk's reading typography.
 * Include in the styles of the component whose shadow root holds the editor.
 */
import { css } from 'lit';

export const bodyStyles = css`
  .ProseMirror {
    position: relative;
    min-height: 240px;
    outline: none;
    font-family: var(--nd-font-body);
    font-size: 18px;
    line-height: 1.65;
    color: var(--nd-ink);
    word-wrap: break-word;
    white-space: pre-wrap;
    white-space: break-spaces;
    font-variant-ligatures: none;
    font-feature-settings: 'liga' 0;
  }
  .ProseMirror [contenteditable='false'] { white-space: normal; }
  .ProseMirror pre { white-space: pre-wrap; }
  .ProseMirror-hideselection *::selection { background: transparent; }
  .ProseMirror-hideselection { caret-color: transparent; }
  .ProseMirror-separator { display: inline !important; border: none !important; margin: 0 !important; }
  .ProseMirror-selectednode { outline: 2px solid var(--nd-focus); }
  .ProseMirror-gapcursor { display: none; pointer-events: none; position: absolute; margin: 0 !important; }
  .ProseMirror-gapcursor::after {
    content: '';
    display: block;
    position: absolute;
    top: -2px;
    width: 20px;
    border-top: 1px solid var(--nd-ink);
    animation: ProseMirror-cursor-blink 1.1s steps(2, start) infinite;
  }
  @keyframes ProseMirror-cursor-blink { to { visibility: hidden; } }
  .ProseMirror-focused .ProseMirror-gapcursor { display: block; }
  .ProseMirror p.is-editor-empty:first-child::before {
    content: attr(data-placeholder);
    float: left;
    height: 0;
    color: var(--nd-ink-faint);
    pointer-events: none;
  }

  .ProseMirror p { margin: 0 0 1em; }
  .ProseMirror h2 { font-size: 24px; line-height: 1.3; margin: 1.4em 0 0.5em; }
  .ProseMirror h3 { font-size: 20px; line-height: 1.35; margin: 1.3em 0 0.4em; }
  .ProseMirror ul,
  .ProseMirror ol { margin: 0 0 1em; padding-left: 1.5em; }
  .ProseMirror li > p { margin: 0 0 0.35em; }
  .ProseMirror blockquote {
    margin: 0 0 1em;
    padding: 2px 0 2px 18px;
    border-left: 3px solid var(--nd-border-strong);
    color: var(--nd-ink-muted);
    font-style: italic;
  }
  .ProseMirror hr {
    margin: 1.8em auto;
    width: 40%;
    border: 0;
    border-top: 1px solid var(--nd-border-strong);
  }
  .ProseMirror hr.ProseMirror-selectednode { outline-offset: 4px; }
  .ProseMirror code {
    font-family: var(--nd-font-mono);
    font-size: 0.85em;
    padding: 1px 4px;
    border-radius: 3px;
    background: var(--nd-canvas);
  }
  .ProseMirror pre {
    font-family: var(--nd-font-mono);
    font-size: 14px;
    padding: 12px 14px;
    border-radius: var(--nd-radius);
    background: var(--nd-canvas);
  }
  .ProseMirror pre code { padding: 0; background: none; }
  .ProseMirror a { color: var(--nd-accent); }

`;
