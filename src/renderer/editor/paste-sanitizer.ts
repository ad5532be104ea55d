/**
 * sanitizePastedHtml: what pasted HTML may bring into an article body.
 *
 * Two steps. First a tidy pass over the clipboard document removes what word
 * processors add around the text — Word's `<o:p>` and its fake list bullets
 * (`mso-list:Ignore`), Google Docs' `<b id="docs-internal-guid-…">` wrapper,
 * conditional comments, empty spacer paragraphs and `<br>`s between blocks —
 * and turns inline styles that mean bold, italic or strikethrough into
 * `<strong>`, `<em>`, `<s>` (styles themselves are dropped next). Then
 * DOMPurify keeps only the structure the body schema can hold: paragraphs,
 * headings, lists, quotes, the inline marks, links with http(s)/mailto
 * addresses, and our speaker spans (`data-speaker-*`, `data-attribution`).
 * Scripts, event handlers, style and class attributes, iframes, objects,
 * images and javascript: URLs never survive.
 *
 * HTML ProseMirror itself put on the clipboard (`data-pm-slice`, a copy inside
 * the desk) skips the tidy pass, so its empty paragraphs and open slices paste
 * back exactly, but is still sanitized.
 */
import DOMPurify, { type Config } from 'dompurify';

/** Elements that carry structure the body can keep (the schema maps the rest of the content to paragraphs). */
const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'strong',
  'b',
  'em',
  'i',
  's',
  'strike',
  'del',
  'u',
  'code',
  'a',
  'span',
  'q',
  // Containers: kept (without attributes) so sibling blocks stay separate paragraphs.
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
];

/**
 * Our speaker spans' attributes, a desk figure's fields and ProseMirror's slice marker: plain values, never
 * addresses (a figure's data-src is a `media/<sha256>.<ext>` reference, which main checks before any save).
 */
const DATA_ATTRIBUTES = [
  'data-speaker-id',
  'data-speaker-mention',
  'data-attribution',
  'data-pm-slice',
  'data-picture',
  'data-src',
  'data-alt',
  'data-caption',
  'data-credit',
  'data-rights',
];

const PASTE_SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', ...DATA_ATTRIBUTES],
  // Only href is checked against ALLOWED_URI_REGEXP; these hold ids and kinds.
  ADD_URI_SAFE_ATTR: DATA_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'form', 'svg', 'math', 'template'],
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

const BLOCK_TAGS = new Set([
  ...ALLOWED_TAGS.filter((tag) => !['br', 'strong', 'b', 'em', 'i', 's', 'strike', 'del', 'u', 'code', 'a', 'span', 'q'].includes(tag)),
  'body',
]);

/** Returns `html` with only what an article body may hold; see the module doc. */
export function sanitizePastedHtml(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const body = document.body;
  if (!DOMPurify.isSupported) return `<p>${escapeText(body.textContent ?? '')}</p>`; // text only, never raw markup
  if (!body.querySelector('[data-pm-slice]')) tidy(body);
  return DOMPurify.sanitize(body.innerHTML, PASTE_SANITIZE_CONFIG) as string;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function tidy(body: HTMLElement): void {
  removeComments(body);
  for (const element of [...body.querySelectorAll('*')]) {
    if (!element.isConnected) continue;
    const style = element.getAttribute('style') ?? '';
    if (element.localName === 'o:p' || /mso-list\s*:\s*ignore/i.test(style)) element.remove();
    else if (element.localName === 'b' && element.id.startsWith('docs-internal-guid')) unwrap(element);
    else if (element.localName === 'span' && style) styleToMarks(element, style);
  }
  for (const element of [...body.querySelectorAll('p, div, h1, h2, h3, h4, h5, h6, li')]) {
    if (element.isConnected && isBlank(element)) element.remove();
  }
  for (const lineBreak of [...body.querySelectorAll('br')]) {
    if (BLOCK_TAGS.has(lineBreak.parentElement?.localName ?? '') && betweenBlocks(lineBreak)) lineBreak.remove();
  }
}

function removeComments(root: HTMLElement): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode?.removeChild(comment));
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

/** Wraps a styled span's content in the marks its style means (Docs and Word write bold as a style). */
function styleToMarks(span: Element, style: string): void {
  const declarations = new Map(
    style.split(';').map((declaration) => {
      const [name = '', ...value] = declaration.split(':');
      return [name.trim().toLowerCase(), value.join(':').trim().toLowerCase()] as const;
    }),
  );
  const weight = declarations.get('font-weight') ?? '';
  const tags = [
    /^(bold|bolder|[6-9]00)$/.test(weight) ? 'strong' : '',
    declarations.get('font-style') === 'italic' ? 'em' : '',
    (declarations.get('text-decoration') ?? declarations.get('text-decoration-line') ?? '').includes('line-through') ? 's' : '',
  ].filter(Boolean);
  for (const tag of tags) {
    const mark = span.ownerDocument.createElement(tag);
    mark.append(...span.childNodes);
    span.append(mark);
  }
}

function isBlank(element: Element): boolean {
  return (element.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, '') === '' && !element.querySelector('hr');
}

/** True when a `<br>` only separates blocks (or stands at the edge of one), so it adds no line. */
function betweenBlocks(lineBreak: Element): boolean {
  const isBlockOrEdge = (direction: 'previousSibling' | 'nextSibling'): boolean => {
    let node = lineBreak[direction];
    while (node && node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '') node = node[direction];
    return node === null || (node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).localName));
  };
  return isBlockOrEdge('previousSibling') && isBlockOrEdge('nextSibling');
}
