/**
 * The body's pictures as ninjs 3.1 associations: each its own ninjs item of
 * type `picture` — its uri (`urn:newsdesk:picture:<sha256>`), one rendition
 * (the original: MIME type, width and height when known), the caption as a
 * description, the alt text as a description with role `alt`, the credit as
 * `by`, the rights as `copyrightNotice` — and the exported file beside the
 * story (`media/<sha256>.<ext>`) as an altId, as related stories name theirs
 * (a rendition's href must be an absolute URI in ninjs, and these are files
 * copied next to the story, not addresses). Each picture is listed once, in
 * the order the body first shows it.
 */
import type { NodeJson } from '../article';
import { isMediaReference, mediaFileName, mimeTypeOfReference } from '../media/picture-file';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function figures(node: NodeJson, into: NodeJson[] = []): NodeJson[] {
  if (node.type === 'figure') into.push(node);
  for (const child of node.content ?? []) figures(child, into);
  return into;
}

export function pictureAssociations(body: NodeJson): Record<string, unknown>[] {
  const seen = new Set<string>();
  const associations: Record<string, unknown>[] = [];
  for (const figure of figures(body)) {
    const attrs = figure.attrs ?? {};
    if (!isMediaReference(attrs.src) || seen.has(attrs.src)) continue;
    seen.add(attrs.src);
    const file = mediaFileName(attrs.src);
    const rendition: Record<string, unknown> = { name: 'original', contentType: mimeTypeOfReference(attrs.src) };
    if (typeof attrs.width === 'number' && typeof attrs.height === 'number')
      Object.assign(rendition, { width: attrs.width, height: attrs.height });
    const item: Record<string, unknown> = {
      name: `picture-${associations.length + 1}`,
      rel: 'picture',
      uri: `urn:newsdesk:picture:${file.slice(0, file.indexOf('.'))}`,
      type: 'picture',
      representationType: 'full',
      renditions: [rendition],
      altIds: [{ role: 'exported-file', value: attrs.src }],
    };
    const descriptions = [
      ...(text(attrs.caption) ? [{ role: 'caption', contentType: 'text/plain', value: text(attrs.caption) }] : []),
      ...(text(attrs.alt) ? [{ role: 'alt', contentType: 'text/plain', value: text(attrs.alt) }] : []),
    ];
    if (descriptions.length > 0) item.descriptions = descriptions;
    if (text(attrs.credit)) item.by = text(attrs.credit);
    if (text(attrs.rights)) item.copyrightNotice = text(attrs.rights);
    associations.push(item);
  }
  return associations;
}
