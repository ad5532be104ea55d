/**
 * What the editor pane shows with no article open: how to open, create or
 * import one.
 */
import { html } from 'lit';

import { MOD_KEY_LABEL } from '../ui/format';

export function renderEmptyState() {
  return html`<div class="empty" role="status">
    <svg viewBox="0 0 48 48" aria-hidden="true"><rect x="9" y="6" width="30" height="36" rx="3" /><path d="M15 15h18M15 21h18M15 27h12" /></svg>
    <p class="empty-title">No article open — pick one or press <kbd>${MOD_KEY_LABEL}</kbd> <kbd>N</kbd></p>
    <p class="empty-hint">Or drop a file anywhere on the window to import it: a briefing (.txt), a Markdown (.md) or HTML story, or a wire file in ninjs (.json) or NITF (.xml).</p>
  </div>`;
}
