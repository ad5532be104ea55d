/** How a figure looks in the body (its node view, figure-view.ts); nd-editor adopts these next to the body styles. */
import { css } from 'lit';

export const figureStyles = css`
  .ProseMirror figure.picture {
    margin: 18px 0;
    padding: 8px;
    border: 1px solid transparent;
    border-radius: var(--nd-radius);
    font-family: var(--nd-font-ui);
  }
  .ProseMirror figure.picture.selected {
    border-color: var(--nd-focus);
    box-shadow: 0 0 0 2px var(--nd-accent-soft);
  }
  .ProseMirror figure.picture.needs-alt {
    border-color: #e3b341;
  }
  .picture-frame {
    display: flex;
    justify-content: center;
    background: var(--nd-canvas);
    border-radius: 4px;
    overflow: hidden;
  }
  .picture-image {
    display: block;
    max-width: 100%;
    max-height: 480px;
    object-fit: contain;
  }
  .picture-missing {
    margin: 0;
    padding: 24px 16px;
    color: var(--nd-danger);
    font-size: 13px;
  }
  .picture-text {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 10px;
    margin-top: 6px;
    font-size: 13px;
    line-height: 1.45;
    color: var(--nd-ink);
  }
  .picture-caption.empty {
    color: var(--nd-ink-faint);
    font-style: italic;
  }
  .picture-credit {
    color: var(--nd-ink-muted);
    text-transform: uppercase;
    letter-spacing: 0.03em;
    font-size: 11px;
    align-self: center;
  }
  .picture-bar {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 8px;
    margin-top: 6px;
  }
  .picture-alt-missing {
    margin-right: auto;
    padding: 1px 8px;
    border-radius: 999px;
    background: #fff3d6;
    color: #8a5a00;
    font-size: 11px;
    font-weight: 600;
  }
  .picture-form {
    margin-top: 8px;
  }
  .picture-pending {
    display: block;
    padding: 10px 12px;
    margin: 8px 0;
    border: 1px dashed var(--nd-border-strong);
    border-radius: var(--nd-radius);
    color: var(--nd-ink-muted);
    font-family: var(--nd-font-ui);
    font-size: 13px;
  }
`;
