/**
 * The renderer's Content-Security-Policy, in one place.
 *
 * The renderer's index.html carries it as a `<meta http-equiv>` (the app loads
 * from file://, where there are no response headers to carry it). A unit test
 * checks that the built index.html says exactly this, so the page and this
 * constant cannot drift apart.
 *
 * Everything is refused unless named: scripts, styles and fonts come only from
 * the app's own files, images may also be data: URLs (pasted pictures) and blob:
 * URLs (the story's pictures, whose bytes the page gets from main's `media:read`
 * and never by address), and the page may not post forms or change its base URL.
 *
 * No `frame-ancestors`: the CSP spec has browsers ignore it in a `<meta>` policy, and
 * Chromium logs a warning on every load; nothing can frame a file:// page in our
 * window anyway, since navigation, window.open and webviews are all denied.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * Splits a policy into its directives, trimmed and with inner whitespace collapsed,
 * so two spellings of the same policy ("a; b" and "a ;b;") compare equal.
 */
export function policyDirectives(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter((directive) => directive.length > 0);
}
