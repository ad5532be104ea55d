/**
 * A linear pre-check of how deep HTML nests, run before the HTML parser sees it.
 *
 * htmlparser2 (under sanitize-html) keeps its open elements in an array it
 * grows at the front, so each opening tag costs time in proportion to the
 * depth: 200,000 unclosed `<div>`s take minutes. No article nests more than a
 * few dozen levels, so input deeper than MAX_HTML_DEPTH is refused instead.
 *
 * The count is an estimate from the tags alone: void and self-closed elements
 * and those whose next sibling closes them (`<p>`, `<li>`, table cells…) do not
 * add a level; comments and the text of scripts and styles are skipped.
 */
import { DeskError } from '../../shared/errors';

/** Deeper than this, HTML is refused (sanitizing then keeps MAX_NESTING of it, see html-sanitize.ts). */
export const MAX_HTML_DEPTH = 1_000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const SIBLING_CLOSED = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'tbody',
  'thead',
  'tfoot',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);
const TAG = /<(\/?)([A-Za-z][^\s/>]*)|<!--/g;

/** The deepest nesting the tags of `html` imply, counting no further than `limit + 1`. */
export function estimateHtmlDepth(html: string, limit = MAX_HTML_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', TAG.lastIndex);
      if (end === -1) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = match[2].toLowerCase();
    const tagEnd = html.indexOf('>', TAG.lastIndex);
    if (tagEnd === -1) break;
    TAG.lastIndex = tagEnd + 1;
    if (match[1]) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = indexOfIgnoringCase(html, `</${name}`, TAG.lastIndex);
      if (close === -1) break;
      TAG.lastIndex = close + name.length + 2;
      continue;
    }
    if (VOID.has(name) || SIBLING_CLOSED.has(name) || html[tagEnd - 1] === '/') continue;
    depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
  }
  return deepest;
}

/** Throws DeskError('not-a-briefing') naming the file when its HTML nests deeper than MAX_HTML_DEPTH. */
export function assertHtmlDepth(html: string, fileName?: string): void {
  if (estimateHtmlDepth(html) <= MAX_HTML_DEPTH) return;
  const name = fileName ? `"${fileName}"` : 'This HTML';
  throw new DeskError(
    'not-a-briefing',
    `${name} nests its elements more than ${MAX_HTML_DEPTH.toLocaleString('en')} levels deep, which no article does: it is damaged or made to stall the import. Open it in a browser, copy the text and paste it into a new article.`,
  );
}

/** Where `needle` (letters and `</`) next occurs from `from`, ignoring case, or -1. */
function indexOfIgnoringCase(text: string, needle: string, from: number): number {
  const pattern = new RegExp(
    needle.replace(/[^A-Za-z0-9<]/g, (char) => `\\${char}`),
    'gi',
  );
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}
