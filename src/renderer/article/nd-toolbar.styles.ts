import { css } from 'lit';

export const toolbarStyles = css`
  :host {
    display: block;
    flex: 1;
    min-width: 0;
  }

  [role='toolbar'] {
    display: flex;
    align-items: center;
    gap: 2px;
  }

  .more {
    position: relative;
  }
  .more-menu {
    position: absolute;
    top: calc(100% + 4px);
    left: 0;
    z-index: 30;
    display: flex;
    flex-direction: column;
    min-width: 220px;
    padding: 4px;
    border: 1px solid var(--nd-border);
    border-radius: 8px;
    background: var(--nd-paper);
    box-shadow: var(--nd-shadow);
  }
  .menu-item {
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 6px 8px;
    border: 0;
    border-radius: 5px;
    background: transparent;
    color: var(--nd-ink);
    font-size: 13px;
    text-align: start;
    cursor: pointer;
  }
  .menu-item:hover:not(:disabled),
  .menu-item:focus-visible {
    background: var(--nd-hover);
    outline: none;
  }
  .menu-item:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .menu-item[aria-checked='true'] {
    color: var(--nd-accent);
  }
  .menu-icon {
    display: inline-flex;
    justify-content: center;
    width: 20px;
  }
  .menu-label {
    flex: 1;
  }

  .tool {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 30px;
    height: 30px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 5px;
    background: transparent;
    color: var(--nd-ink-muted);
    cursor: pointer;
  }
  .tool:hover:not(:disabled) {
    background: var(--nd-hover);
    color: var(--nd-ink);
  }
  .tool[aria-pressed='true'] {
    background: var(--nd-accent-soft);
    border-color: color-mix(in srgb, var(--nd-accent) 25%, transparent);
    color: var(--nd-accent);
  }
  .tool:disabled {
    opacity: 0.35;
    cursor: default;
  }

  .icon {
    width: 18px;
    height: 18px;
  }
  .icon .dot {
    fill: currentColor;
    stroke: none;
  }
  .icon .faint {
    opacity: 0.45;
  }

  .glyph {
    font-size: 15px;
    line-height: 1;
  }
  .glyph.bold {
    font-weight: 700;
  }
  .glyph.italic {
    font-family: var(--nd-font-body);
    font-style: italic;
    font-size: 17px;
  }
  .glyph.strike {
    text-decoration: line-through;
  }
  .glyph.quote-marks {
    font-family: var(--nd-font-body);
    font-size: 20px;
    font-weight: 700;
    line-height: 0.6;
    padding-top: 7px;
  }
  .glyph.heading {
    font-size: 12.5px;
    font-weight: 700;
    letter-spacing: -0.02em;
  }

  .separator {
    width: 1px;
    height: 18px;
    margin: 0 6px;
    background: var(--nd-border);
  }
`;
