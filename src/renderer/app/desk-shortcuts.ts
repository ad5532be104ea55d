/**
 * DeskShortcuts: the desk's keyboard shortcuts and Electron menu commands, as a
 * Lit reactive controller on <nd-app>. Both arrive as a MenuCommand and go to
 * the host's `run`; Ctrl/Cmd+E (and Shift+Ctrl/Cmd+E, for the body, where Mod+E
 * is inline code) goes to `openExport`.
 *
 * Menu commands whose page shortcut belongs to a feature (find and replace,
 * history, save a version, spelling) are replayed as that shortcut's key event
 * where the focus is, so the feature does exactly what its key does; the status
 * moves pick the option in the editor's Status field; Speakers and Related
 * scroll their panel into view. It also relays the shell's side: articles main
 * asks to open (`openArticle`), and which article is open (`viewState`, told to
 * main after each update so the menu enables its article items).
 *
 * Listens on the window in the capture phase, so the desk's shortcuts work
 * wherever the focus is; a chord an element claims (`data-claims-keys`,
 * ui/shortcuts.ts) is left to it, and nothing is handled while `isModal` is true.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { DeskViewState, MenuCommand } from '../../shared/ipc/menu-commands';
import { onMenuCommand, onOpenArticle, reportViewState } from '../desk';
import { REVISING_SHORTCUTS } from '../revising/revising-tools';
import { isClaimedLocally, matchesShortcut } from '../ui/shortcuts';

export interface DeskShortcutsOptions {
  /** Does what a menu command or its shortcut asks. */
  run: (command: MenuCommand) => void;
  openExport: () => void;
  /** True while a modal dialog is open: the desk's shortcuts wait. */
  isModal: () => boolean;
  /** True while a story is open: Mod+F then finds in the story (revising), not in the desk. */
  findsInStory: () => boolean;
  /** Opens a stored article main asked for (refreshing the list: it may be new). */
  openArticle: (id: string) => void;
  /** What the page shows, for main's menu and the next start. */
  viewState: () => DeskViewState;
}

/** Finds in the open story when there is one; searches the desk otherwise. */
const FIND = 'Mod+F';

/** Key events the desk handles itself (in Electron the menu catches most of them first and sends the command). */
const SHORTCUTS: [shortcut: string, command: MenuCommand][] = [
  ['Mod+N', 'new-article'],
  ['Mod+O', 'import-briefing'],
  ['Mod+S', 'save'],
  ['Mod+,', 'open-settings'],
  ['Mod+K', 'focus-search'],
  ['Mod+Alt+L', 'toggle-list'],
  ['Mod+Alt+P', 'toggle-side-panel'],
  ['Mod+Shift+F', 'focus-search'],
  [FIND, 'focus-search'],
  ['Alt+ArrowDown', 'next-article'],
  ['Mod+Alt+ArrowDown', 'next-article'],
  ['Mod+]', 'next-article'],
  ['Alt+ArrowUp', 'previous-article'],
  ['Mod+Alt+ArrowUp', 'previous-article'],
  ['Mod+[', 'previous-article'],
];

/** Menu commands that replay a feature's own shortcut. */
const REPLAYED: Partial<Record<MenuCommand, string>> = {
  'find-in-story': REVISING_SHORTCUTS.find[0],
  'find-replace': REVISING_SHORTCUTS.find[1],
  'toggle-history': REVISING_SHORTCUTS.history,
  'save-version': REVISING_SHORTCUTS.saveVersion,
  'spelling-suggestions': REVISING_SHORTCUTS.spelling,
};

const PANELS: Partial<Record<MenuCommand, string>> = { 'show-speakers': 'nd-speakers-panel', 'show-related': 'nd-related-panel' };

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The first element matching `selector` in the document or any shadow root under it. */
function deepQuery(selector: string, root: Document | ShadowRoot = document): Element | null {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const host of root.querySelectorAll('*')) {
    const inside = host.shadowRoot ? deepQuery(selector, host.shadowRoot) : null;
    if (inside) return inside;
  }
  return null;
}

/** Sends `shortcut` ("Mod+Alt+H") as a key event from the focused element, as if it were typed. */
function replayShortcut(shortcut: string): void {
  const parts = shortcut.split('+');
  const key = parts.at(-1) ?? '';
  const target = deepActiveElement() ?? document.body;
  target.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: key.toLowerCase(),
      code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key === '.' ? 'Period' : key,
      ctrlKey: parts.includes('Mod'),
      altKey: parts.includes('Alt'),
      shiftKey: parts.includes('Shift'),
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

/** Picks `status` in the editor's Status field, as a person would. */
function chooseStatus(status: string): void {
  const field = deepQuery('select[aria-label="Status"]');
  if (!(field instanceof HTMLSelectElement) || field.disabled || field.value === status) return;
  field.value = status;
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export class DeskShortcuts implements ReactiveController {
  private stopMenuCommands: () => void = () => undefined;
  private stopOpenArticle: () => void = () => undefined;
  private reportedArticleId: string | null | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DeskShortcutsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeydown, true);
    this.stopMenuCommands = onMenuCommand((command) => this.runMenuCommand(command));
    this.stopOpenArticle = onOpenArticle(({ id }) => this.options.openArticle(id));
  }

  hostUpdated(): void {
    const state = this.options.viewState();
    if (state.articleId === this.reportedArticleId) return;
    this.reportedArticleId = state.articleId;
    reportViewState(state);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeydown, true);
    this.stopMenuCommands();
    this.stopOpenArticle();
  }

  private runMenuCommand(command: MenuCommand): void {
    if (this.options.isModal()) return;
    const replayed = REPLAYED[command];
    const panel = PANELS[command];
    if (command === 'export') this.options.openExport();
    else if (replayed) replayShortcut(replayed);
    else if (panel) deepQuery(panel)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    else if (command.startsWith('set-status-')) chooseStatus(command.slice('set-status-'.length));
    else this.options.run(command);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (this.options.isModal()) return;
    if ((matchesShortcut(event, 'Mod+E') || matchesShortcut(event, 'Mod+Shift+E')) && !isClaimedLocally(event)) {
      event.preventDefault();
      event.stopPropagation();
      return this.options.openExport();
    }
    const [shortcut, command] = SHORTCUTS.find(([candidate]) => matchesShortcut(event, candidate)) ?? [];
    if (!command || isClaimedLocally(event) || (shortcut === FIND && this.options.findsInStory())) return;
    event.preventDefault();
    event.stopPropagation();
    this.options.run(command);
  };
}
