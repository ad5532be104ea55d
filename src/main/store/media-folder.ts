/**
 * Where the data folder keeps pictures: `<data>/media/<sha256>.<ext>`. Only a
 * checked reference (`media/<64 hex>.<ext>`) becomes a path, so no article,
 * import or request can make the desk read a file outside that folder.
 */
import { join } from 'node:path';

import { DeskError } from '../../shared/errors';
import { isMediaReference, mediaFileName } from '../../shared/media/picture-file';

export function mediaFolder(dataDir: string): string {
  return join(dataDir, 'media');
}

/** The file of a stored picture. Throws DeskError for anything that is not a picture reference. */
export function mediaPath(dataDir: string, src: string): string {
  if (!isMediaReference(src)) throw new DeskError('invalid-request', `"${String(src).slice(0, 80)}" is not a picture kept in the desk.`);
  return join(mediaFolder(dataDir), mediaFileName(src));
}
