/**
 * A figure (a picture in the body) as HTML:
 *
 *     <figure class="picture" data-picture="">
 *       <img src="media/<sha256>.jpg" alt="…" width="…" height="…">
 *       <figcaption><span data-field="picture-caption">…</span>
 *         <span class="credit" data-field="picture-credit">…</span>
 *         <small data-field="picture-rights">…</small></figcaption>
 *     </figure>
 *
 * `src` is the picture's reference, which is also its path beside the exported
 * file (the batch export copies it to `media/` there). A figure whose reference
 * is not a stored picture's writes no `<img>`. The `data-field`s let the HTML
 * importer read caption, credit and rights back apart.
 */
import type { NodeJson } from '../article';
import { isMediaReference } from '../media/picture-file';
import { escapeHtml } from './html-text';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function figureToHtml(node: NodeJson): string {
  const attrs = node.attrs ?? {};
  const out: string[] = ['<figure class="picture" data-picture="">'];
  if (isMediaReference(attrs.src)) {
    const size =
      typeof attrs.width === 'number' && typeof attrs.height === 'number' ? ` width="${attrs.width}" height="${attrs.height}"` : '';
    out.push(`<img src="${escapeHtml(attrs.src)}" alt="${escapeHtml(text(attrs.alt))}"${size}>`);
  }
  const caption = text(attrs.caption);
  const credit = text(attrs.credit);
  const rights = text(attrs.rights);
  if (caption || credit || rights) {
    const parts: string[] = [];
    if (caption) parts.push(`<span data-field="picture-caption">${escapeHtml(caption)}</span>`);
    if (credit) parts.push(`<span class="credit" data-field="picture-credit">${escapeHtml(credit)}</span>`);
    if (rights) parts.push(`<small data-field="picture-rights">${escapeHtml(rights)}</small>`);
    out.push(`<figcaption>${parts.join(' ')}</figcaption>`);
  }
  out.push('</figure>');
  return out.join('');
}
