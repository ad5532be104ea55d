/**
 * What a page in Newsdesk may not do: leave the renderer, open windows, embed
 * webviews or be granted any permission.
 *
 * `guardWebContents` is applied to the desk window when it is made and again to
 * every webContents the app creates (`web-contents-created`), so a page that
 * slips past one never slips past both.
 */
import type { Event, Session, WebContents } from 'electron';

/** The parts of a webContents the guard touches (a fake in tests). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** The parts of a session the guard touches. */
export type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/**
 * True when `url` is the renderer document itself (ignoring its #fragment).
 * Anything else, another page of the same site included, is not ours to show.
 */
export function isRendererDocument(url: string, rendererUrl: string): boolean {
  try {
    const target = new URL(url);
    const renderer = new URL(rendererUrl);
    target.hash = '';
    renderer.hash = '';
    return target.href === renderer.href;
  } catch {
    return false;
  }
}

/**
 * Denies navigation and redirects away from `rendererUrl`, every `window.open`
 * and every `<webview>`. The renderer is a single page: it never needs to leave.
 */
export function guardWebContents(contents: GuardedContents, rendererUrl: string): void {
  const keepOnRenderer = (event: Event<{ url: string }>): void => {
    if (!isRendererDocument(event.url, rendererUrl)) event.preventDefault();
  };
  contents.on('will-navigate', keepOnRenderer);
  contents.on('will-redirect', keepOnRenderer);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Refuses every permission request and check (camera, notifications, clipboard
 * read, geolocation…). The desk needs none; granting one would be a hole to audit.
 */
export function refusePermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
