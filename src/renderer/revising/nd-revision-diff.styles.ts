import { css } from 'lit';

export const revisionDiffStyles = css`
  :host {
    display: block;
    font-size: 13px;
  }
  .compare {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding-bottom: 12px;
    margin-bottom: 16px;
    border-bottom: 1px solid var(--nd-border);
  }
  .side {
    padding: 2px 8px;
    border-radius: 4px;
    background: var(--nd-canvas);
    border: 1px solid var(--nd-border);
    font-weight: 600;
  }
  .arrow {
    color: var(--nd-ink-faint);
  }
  .stats {
    margin-left: auto;
    display: inline-flex;
    gap: 8px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .stats .added {
    color: var(--nd-success);
  }
  .stats .removed {
    color: var(--nd-danger);
  }

  .quote-warning {
    display: flex;
    gap: 12px;
    margin-bottom: 18px;
    padding: 12px 14px;
    border: 1px solid #f0c36d;
    border-left: 4px solid #d48a00;
    border-radius: 6px;
    background: #fff8e5;
    color: #4d3800;
  }
  .warning-icon {
    flex: none;
    width: 20px;
    height: 20px;
    fill: none;
    stroke: #b57500;
    stroke-width: 1.6;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .quote-warning strong {
    font-size: 14px;
  }
  .quote-note {
    margin: 2px 0 8px;
    color: #6b5200;
  }
  .quote-warning ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .quote-warning li {
    font-family: var(--nd-font-body);
    font-size: 15px;
    line-height: 1.5;
  }
  .quote-warning li + li {
    margin-top: 6px;
  }

  h3 {
    margin: 18px 0 8px;
    font-size: 11px;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--nd-ink-faint);
  }
  section:first-of-type h3 {
    margin-top: 0;
  }
  .fields {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 6px 16px;
    margin: 0;
  }
  .fields dt {
    font-weight: 600;
    color: var(--nd-ink-muted);
  }
  .fields dd {
    margin: 0;
  }
  .to-arrow {
    margin: 0 6px;
    color: var(--nd-ink-faint);
  }
  .blank {
    color: var(--nd-ink-faint);
  }
  .changes {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .changes li {
    padding: 3px 0;
  }
  .badge {
    display: inline-block;
    min-width: 68px;
    font-size: 11px;
    font-weight: 600;
    color: var(--nd-ink-muted);
  }
  .badge.added {
    color: var(--nd-success);
  }
  .badge.removed {
    color: var(--nd-danger);
  }

  .body-diff {
    padding: 18px 22px;
    border: 1px solid var(--nd-border);
    border-radius: 8px;
    background: var(--nd-paper);
    font-family: var(--nd-font-body);
    font-size: 16px;
    line-height: 1.65;
    color: var(--nd-ink);
  }
  .body-diff p {
    margin: 0 0 0.8em;
  }
  .body-diff p:last-child {
    margin-bottom: 0;
  }
  ins.insert {
    background: #dcf5e3;
    color: #0f5a26;
    text-decoration: underline;
    text-decoration-color: #2da44e;
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
    border-radius: 2px;
  }
  del.delete {
    background: #fde7e7;
    color: #a1221b;
    text-decoration: line-through;
    text-decoration-color: #cf222e;
    border-radius: 2px;
  }
  del.delete + ins.insert {
    margin-left: 3px;
  }
  .same {
    margin: 0 0 12px;
    color: var(--nd-ink-muted);
  }
`;
