/**
 * The body an article may store is one the editor can load: every node and
 * mark known to the editor's schema (deskExtensions), content where the
 * schema allows it, only links the desk's URL policy keeps, and only pictures
 * kept in the data folder (`media/<sha256>.<ext>`, never a path or address). Checked at the
 * IPC boundary (desk-handlers.ts), by the articles service and by the store
 * before a write, so a body Tiptap would open empty is never stored.
 *
 * The body comes back normalised as ProseMirror stores it: attributes the
 * schema does not define (`onclick`…) are dropped, defaults filled in.
 * Call it only on bodies within the limits of shared/body-limits.ts (the
 * article schema checks those first): ProseMirror recurses per level.
 */
import type { NodeJson } from '../shared/article';
import { DeskError } from '../shared/errors';
import { normalizeBody } from '../shared/import/desk-schema';
import { isMediaReference } from '../shared/media/picture-file';
import { isSafeHref } from '../shared/url-policy';

/** The body as the editor holds it. Throws DeskError('invalid-request') saying what the editor cannot hold. */
export function editorBody(body: NodeJson): NodeJson {
  let normalized: NodeJson;
  try {
    normalized = normalizeBody(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DeskError(
      'invalid-request',
      `The body does not fit the editor (${reason}). Undo the last change or paste the text again, then save.`,
    );
  }
  const unsafe = unsafeLink(normalized);
  if (unsafe !== null) {
    throw new DeskError(
      'invalid-request',
      `A link in the body points at "${unsafe.slice(0, 60)}", an address the desk does not keep (only web, mail and phone links). Remove that link and save again.`,
    );
  }
  const picture = foreignPicture(normalized);
  if (picture !== null) {
    throw new DeskError(
      'invalid-request',
      `A picture in the body points at "${picture.slice(0, 60)}", which is not a picture kept in the desk. Remove it and insert the picture again (toolbar, drop or paste).`,
    );
  }
  return normalized;
}

/** The src of the first figure that does not name a stored picture, or null. */
function foreignPicture(node: NodeJson): string | null {
  if (node.type === 'figure' && !isMediaReference(node.attrs?.src)) return String(node.attrs?.src ?? '');
  for (const child of node.content ?? []) {
    const found = foreignPicture(child);
    if (found !== null) return found;
  }
  return null;
}

function unsafeLink(node: NodeJson): string | null {
  for (const mark of node.marks ?? []) {
    const href = mark.attrs?.href;
    if (mark.type === 'link' && typeof href === 'string' && !isSafeHref(href)) return href;
  }
  for (const child of node.content ?? []) {
    const found = unsafeLink(child);
    if (found !== null) return found;
  }
  return null;
}
