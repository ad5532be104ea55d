/**
 * Escaping for HTML output: text, attribute values, and JSON embedded in a
 * `<script type="application/ld+json">` block. Every string an article holds
 * goes through one of these, so a headline such as `</script><b>` exports as text.
 */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text content: `&`, `<` and `>` escaped (and `"`, so the same function serves attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => TEXT_ESCAPES[char]);
}

/**
 * JSON safe inside a script element: `<`, `>`, `&` and the line separators
 * become `\u` escapes, so no `</script>` or `<!--` can end or bend the block.
 * `JSON.parse` gives back exactly the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An address as a valid URL attribute: characters a URL may not hold raw (spaces, `<`, `"`, non-ASCII…) percent-encoded. */
export function encodeHref(href: string): string {
  return href.trim().replace(/%(?![0-9A-Fa-f]{2})|[^\x21-\x7e]|[<>"`{}|\\^]/gu, (char) => encodeURIComponent(char));
}
