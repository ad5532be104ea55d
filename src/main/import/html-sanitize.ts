/**
 * The first step of every HTML import: sanitize-html (htmlparser2, no DOM, no
 * script engine) keeps the structure an article body can hold and drops the
 * rest before any DOM sees the markup. Scripts, styles, frames, forms, event
 * handlers, `javascript:` addresses and comments (Word's conditional ones too)
 * go; the text of every other unknown element stays.
 *
 * An `<img>` becomes a desk figure naming its file (see picturesAsFigures).
 *
 * Inline `style` survives only as the four properties that carry meaning in
 * pasted text (bold, italic, strike, underline from Google Docs and Word);
 * html-import.ts turns them into elements and removes the attribute.
 */
import sanitizeHtml from 'sanitize-html';

import { assertHtmlDepth } from './html-nesting';

/** How deep sanitized HTML may nest; no article body comes near it. */
export const MAX_NESTING = 64;

const DATA_ATTRIBUTES = [
  'data-speaker-id',
  'data-speaker-mention',
  'data-attribution',
  'data-relation',
  'data-article-id',
  'data-field',
  'data-status',
  'data-created',
  'data-updated',
  // A desk figure (pasted from the editor, or a file it wrote): html-import.ts reads its fields back.
  'data-picture',
  'data-src',
  'data-alt',
  'data-caption',
  'data-credit',
  'data-rights',
  'data-width',
  'data-height',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'html',
    'body',
    'title',
    'article',
    'header',
    'aside',
    'section',
    'main',
    'div',
    'figure',
    'figcaption',
    'p',
    'br',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'pre',
    'code',
    'hr',
    'strong',
    'b',
    'em',
    'i',
    's',
    'del',
    'strike',
    'u',
    'a',
    'span',
    'q',
    'small',
  ],
  // Everything else is dropped but keeps its text — except these, whose content is code or chrome, never story text.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'template',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'select',
    'button',
    'head',
  ],
  disallowedTagsMode: 'discard',
  allowedAttributes: {
    '*': [...DATA_ATTRIBUTES, 'style'],
    a: ['href', 'title', 'target', 'rel'],
    ol: ['start', 'type'],
    code: ['class'],
    aside: ['class'],
    div: ['class'],
    b: ['id'],
  },
  allowedClasses: { code: ['language-*'], aside: ['related'], div: ['article-body'] },
  allowedStyles: {
    '*': {
      'font-weight': [/^(bold|bolder|[5-9]00|normal|400)$/],
      'font-style': [/^(italic|normal)$/],
      'text-decoration': [/line-through|underline/],
      'text-decoration-line': [/line-through|underline/],
    },
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Elements nested deeper than this are dropped (their text stays): the DOM and ProseMirror's
  // parser recurse per level, and a page of 100,000 unclosed <div>s would overflow the stack.
  nestingLimit: MAX_NESTING,
  // Keep the text of anything unknown exactly (no entity re-encoding surprises).
  parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
};

/**
 * Sanitized HTML: only allowlisted tags and attributes, no active content.
 * Throws DeskError('not-a-briefing') for HTML nested deeper than any article (see html-nesting.ts).
 */
export function sanitizeArticleHtml(html: string, fileName?: string): string {
  assertHtmlDepth(html, fileName);
  return sanitizeHtml(html, { ...OPTIONS, transformTags: { img: picturesAsFigures() } });
}

/** More pictures than any story shows; past it an `<img>` keeps only its alt text. */
export const MAX_IMPORTED_PICTURES = 100;

/**
 * Each `<img>` becomes a desk figure (`<figure data-picture data-src data-alt…>`, which the schema parses),
 * its src kept as written — never loaded here: main brings the file in, and refuses addresses.
 */
function picturesAsFigures(): sanitizeHtml.Transformer {
  let count = 0;
  return (_tagName, attribs) => {
    if (++count > MAX_IMPORTED_PICTURES) return { tagName: 'span', attribs: {}, text: attribs.alt ?? '' };
    const figure: sanitizeHtml.Attributes = { 'data-picture': '', 'data-src': attribs.src ?? '', 'data-alt': attribs.alt ?? '' };
    for (const name of ['width', 'height']) if (/^\d{1,6}$/.test(attribs[name] ?? '')) figure[`data-${name}`] = attribs[name];
    return { tagName: 'figure', attribs: figure };
  };
}
