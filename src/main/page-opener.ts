/**
 * Asks the page to open an article (`desk:open-article`), waiting until the
 * page has loaded: at start (restore, a file named on the command line), after
 * a crash reload, or at once while it runs (a file from a second launch).
 * Only the latest request waits: opening two files in a row opens the second.
 */
import { OPEN_ARTICLE_CHANNEL } from '../shared/ipc/menu-commands';

/** The parts of a webContents the opener uses (a fake in tests). */
export interface OpenerContents {
  on(event: 'did-finish-load' | 'did-start-loading' | 'render-process-gone', listener: () => void): unknown;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export interface PageOpener {
  open(articleId: string): void;
}

export function createPageOpener(contents: OpenerContents): PageOpener {
  let loaded = false;
  let waiting: string | null = null;
  const deliver = (): void => {
    if (!loaded || waiting === null || contents.isDestroyed()) return;
    contents.send(OPEN_ARTICLE_CHANNEL, { id: waiting });
    waiting = null;
  };
  contents.on('did-start-loading', () => (loaded = false));
  contents.on('render-process-gone', () => (loaded = false));
  contents.on('did-finish-load', () => {
    loaded = true;
    deliver();
  });
  return {
    open(articleId) {
      waiting = articleId;
      deliver();
    },
  };
}
