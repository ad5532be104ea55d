/**
 * Which frames may call DeskApi: only our own renderer page.
 *
 * In production that is `file://…/out/renderer/index.html`; in development the
 * electron-vite dev server's origin; in the browser tests the harness origin.
 * Anything else (a navigated-away page, an iframe, devtools) is refused.
 */

/**
 * True when `url` is the renderer page `rendererUrl` names: for a file, the
 * same host and path once both are parsed and normalised by the URL parser
 * (query and fragment ignored; nothing is percent-decoded, so a malformed
 * escape cannot throw and an encoded path cannot pose as another); for http,
 * the same origin. Never throws.
 */
export function isTrustedRendererUrl(url: string, rendererUrl: string): boolean {
  const sender = parse(url);
  const expected = parse(rendererUrl);
  if (!sender || !expected) return false;
  if (expected.protocol === 'file:') {
    return sender.protocol === 'file:' && sender.host === expected.host && sender.pathname === expected.pathname;
  }
  return sender.origin === expected.origin;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
