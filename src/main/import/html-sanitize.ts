/**
 * The first step of every HTML import: sanitize-html (htmlparser2, no DOM, no
 * script engine) keeps the structure an article body can hold and drops the
 * rest before any DOM sees the markup. Scripts, styles, frames, forms, event
 * handlers, `javascript:` addresses and comments (Word's conditional ones too)
 * go; the text of every other unknown element stays.
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
  return sanitizeHtml(html, OPTIONS);
}
