/**
 * Bringing an imported document's pictures into the desk. A Markdown or HTML
 * file names its pictures by where they are (`photos/quay.jpg`); the parsers
 * keep that as the figure's src, and this step turns each into a stored
 * picture (`media/<sha256>.<ext>`) through a PictureSource:
 *
 * - the CLI's reads files beside the document, never outside its folder and
 *   never from the network (folder-picture-source.ts);
 * - the window's gives the pictures dropped or chosen together with the
 *   document, which the page already stored (provided-picture-source.ts).
 *
 * A figure already naming a picture this desk keeps stays when no file is
 * found for it (a desk export imported back into the same desk). A picture
 * that cannot be brought in is left out with a warning that says why and what
 * to do; its caption stays as a paragraph, so no text is lost. Caption,
 * credit, rights and alt text the document gives win over the file's own.
 */
import { readFile } from 'node:fs/promises';

import type { NodeJson } from '../../shared/article';
import { isMediaReference } from '../../shared/media/picture-file';
import type { MediaService } from '../services/media';

/** The picture a document names: its bytes and file name, or why it cannot be had. */
export type PictureSource = (reference: string) => Promise<{ bytes: Uint8Array; name: string } | { refused: string }>;

type Brought = { attrs: Record<string, unknown> } | { refused: string };

function describe(attrs: Record<string, unknown>): string {
  const src = String(attrs.src ?? '');
  const alt = String(attrs.alt ?? '').trim();
  return src ? `"${src.slice(0, 120)}"` : alt ? `“${alt.slice(0, 60)}”` : 'without a file name';
}

/** What stays of a picture left out: its caption as a paragraph, so no text is lost. */
function fallback(attrs: Record<string, unknown>): NodeJson[] {
  const caption = String(attrs.caption ?? '').trim();
  return caption ? [{ type: 'paragraph', content: [{ type: 'text', text: caption }] }] : [];
}

/** The body with every figure's picture stored in the desk (or left out, with a warning added to `warnings`). */
export async function bringInPictures(
  body: NodeJson,
  source: PictureSource | null,
  media: Pick<MediaService, 'add' | 'has' | 'pathOf'>,
  warnings: string[],
): Promise<NodeJson> {
  const brought = new Map<string, Promise<Brought>>();
  const warned = new Set<string>();

  const bring = (attrs: Record<string, unknown>): Promise<Brought> => {
    const reference = String(attrs.src ?? '');
    let found = brought.get(reference);
    if (!found) {
      found = (async (): Promise<Brought> => {
        const file = source ? await source(reference) : { refused: 'no picture files came with the document' };
        let picture: { bytes: Uint8Array; name: string };
        if ('refused' in file) {
          if (!isMediaReference(reference) || !(await media.has(reference))) return file;
          // The desk holds it already: read from its own media folder for its size and metadata.
          picture = { bytes: await readFile(media.pathOf(reference)), name: reference };
        } else picture = file;
        try {
          const added = await media.add(picture.bytes, picture.name);
          return { attrs: { ...added } };
        } catch (error) {
          return { refused: (error as Error).message };
        }
      })();
      brought.set(reference, found);
    }
    return found;
  };

  const visit = async (node: NodeJson): Promise<NodeJson[]> => {
    if (node.type === 'figure') {
      const attrs = node.attrs ?? {};
      const result = await bring(attrs);
      if ('refused' in result) {
        const reference = String(attrs.src ?? '');
        if (warned.has(reference)) return fallback(attrs);
        warned.add(reference);
        warnings.push(
          `The picture ${describe(attrs)} was left out: ${result.refused.replace(/\.$/, '')}. Put the picture file beside the document and import it again, or insert it in the story.`,
        );
        return fallback(attrs);
      }
      const own = result.attrs;
      const pick = (name: string) => String(attrs[name] ?? '').trim() || String(own[name] ?? '');
      return [
        {
          ...node,
          attrs: {
            ...attrs,
            src: own.src,
            alt: pick('alt'),
            caption: pick('caption'),
            credit: pick('credit'),
            rights: pick('rights'),
            width: own.width ?? attrs.width ?? null,
            height: own.height ?? attrs.height ?? null,
          },
        },
      ];
    }
    if (!node.content) return [node];
    const content: NodeJson[] = [];
    for (const child of node.content) content.push(...(await visit(child)));
    // A container left empty by a picture that stayed out keeps an empty paragraph (the schema needs content).
    if (content.length === 0 && node.type !== 'doc' && node.content.length > 0) content.push({ type: 'paragraph' });
    return [{ ...node, content }];
  };

  const [result] = await visit(body);
  if (result.content?.length === 0) result.content = [{ type: 'paragraph' }];
  return result;
}

/** True when the body has a figure (so an import needs to bring pictures in). */
export function hasPictures(node: NodeJson): boolean {
  return node.type === 'figure' || (node.content ?? []).some(hasPictures);
}
