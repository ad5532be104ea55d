/**
 * Which panes a person keeps open (localStorage): the article list and the
 * story's side panel. A pane nobody chose for yet follows the window: the side
 * panel starts hidden on a window narrower than SIDE_PANEL_MIN_WINDOW, so the
 * story keeps a readable column on a 1024-pixel screen.
 */

export type Pane = 'list' | 'aside';

/** Below this window width a side panel with no remembered choice starts hidden. */
export const SIDE_PANEL_MIN_WINDOW = 1200;

const KEYS: Record<Pane, string> = { list: 'newsdesk.layout.list', aside: 'newsdesk.layout.aside' };

/** True when the pane is shown: the remembered choice, else the default for this window width. */
export function isPaneShown(pane: Pane, windowWidth: number): boolean {
  try {
    const stored = localStorage.getItem(KEYS[pane]);
    if (stored === 'shown') return true;
    if (stored === 'hidden') return false;
  } catch {
    // Storage disabled: fall back to the default.
  }
  return pane === 'list' || windowWidth >= SIDE_PANEL_MIN_WINDOW;
}

export function rememberPane(pane: Pane, shown: boolean): void {
  try {
    localStorage.setItem(KEYS[pane], shown ? 'shown' : 'hidden');
  } catch {
    // Storage full or disabled: the choice lasts until the window closes.
  }
}
