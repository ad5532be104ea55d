/**
 * Which frames may call DeskApi: only our own renderer page.
 *
 * In production that is `file://…/out/renderer/index.html`; in development the
 * electron-vite dev server's origin; in the browser tests the harness origin.
 * Anything else (a navigated-away page, an iframe, devtools) is refused.
 */

/** True when `url` is the renderer page `rendererUrl` names (same file, or same http origin). */
export function isTrustedRendererUrl(url: string, rendererUrl: string): boolean {
  let sender: URL;
  let expected: URL;
  try {
    sender = new URL(url);
    expected = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (expected.protocol === 'file:') {
    return sender.protocol === 'file:' && decodeURIComponent(sender.pathname) === decodeURIComponent(expected.pathname);
  }
  return sender.origin === expected.origin;
}
