/**
 * The desk's one policy for link addresses, applied by every exporter (HTML,
 * Markdown, ninjs bodies) and importer: http(s), mailto, tel, and relative or
 * fragment addresses are kept; anything else (javascript:, vbscript:, data:,
 * file:…) loses the link and keeps its text.
 */

const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** True for link targets an export may carry: http(s), mailto, tel, and relative or fragment addresses. */
export function isSafeHref(href: string): boolean {
  // Browsers drop tabs, newlines and controls inside a URL, so "java\tscript:" is still a script address.
  const trimmed = href.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  return scheme === null ? true : SAFE_SCHEMES.includes(scheme[1].toLowerCase());
}
