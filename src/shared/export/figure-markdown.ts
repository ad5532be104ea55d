/**
 * A figure (a picture in the body) as Markdown: an image on a line of its
 * own, its alt text as the description and its caption as the title —
 * `![Two ferries at a stone quay](media/<sha256>.jpg "Ferries wait at the quay")`.
 * Credit and rights have no place in CommonMark's image; article-markdown.ts
 * lists them in the front matter (`pictures:`) by file, so importing the file
 * gives back the whole figure.
 */
import type { NodeJson } from '../article';
import { escapeMarkdownText } from './markdown-text';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The destination as written: bare when it can be, else in angle brackets. */
function destination(src: string): string {
  const safe = src.replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (safe !== '' && /^[^\s()<>\\]+$/.test(safe)) return safe;
  return `<${safe.replace(/[<>\\]/g, '\\$&')}>`;
}

/** A link title: quoted, with backslashes, quotes and ampersands escaped and line breaks as references. */
function title(caption: string): string {
  return `"${caption
    .replace(/[\\"&]/g, '\\$&')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')}"`;
}

export function figureToMarkdown(node: NodeJson): string {
  const attrs = node.attrs ?? {};
  const caption = text(attrs.caption);
  return `![${escapeMarkdownText(text(attrs.alt))}](${destination(text(attrs.src))}${caption ? ` ${title(caption)}` : ''})`;
}
