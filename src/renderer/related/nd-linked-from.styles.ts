import { css } from 'lit';

/** Backlinks: a quiet list of headlines, each one a button. */
export const linkedFromStyles = css`
  :host {
    display: block;
    font-size: 13px;
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
