import { css } from 'lit';

export const toolbarStyles = css`
  :host {
    display: block;
  }

  [role='toolbar'] {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 2px;
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
