import { css } from 'lit';

export const articleAsideStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    border-left: 1px solid var(--nd-border);
    background: var(--nd-sidebar);
  }
  .column {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
  }
  .related,
  .metadata {
    padding: 14px 14px 20px;
    border-top: 1px solid var(--nd-border);
  }
`;
