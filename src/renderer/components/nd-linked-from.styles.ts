import { css } from 'lit';

/** Backlinks: a quiet list of headlines, each one a button. */
export const linkedFromStyles = css`
  :host {
    display: block;
    font-size: 13px;
  }

  h2 {
    margin: 0 0 8px;
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--nd-ink-faint);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .none {
    margin: 0;
    color: var(--nd-ink-faint);
    font-size: 12.5px;
  }

  .backlink {
    display: block;
    width: calc(100% + 12px);
    margin: 0 -6px;
    padding: 4px 6px;
    border: 0;
    border-radius: 4px;
    background: none;
    font-family: var(--nd-font-body);
    font-size: 14px;
    line-height: 1.3;
    text-align: left;
    cursor: pointer;
  }
  .backlink::before {
    content: '← ';
    color: var(--nd-ink-faint);
    font-family: var(--nd-font-ui);
  }
  .backlink:hover {
    background: var(--nd-hover);
    color: var(--nd-accent);
  }
`;
