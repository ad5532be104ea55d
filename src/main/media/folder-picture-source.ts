/**
 * Pictures beside a document on disk (the CLI's `desk import`): a figure's
 * src is read as a path relative to the document's folder — percent escapes
 * decoded, `?query` and `#fragment` ignored — and refused when it is an
 * address (http:, data: …), an absolute path, or leads outside that folder,
 * through `..` or a symbolic link. Files over the picture size limit are not read.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';

import { MAX_PICTURE_BYTES, pictureTooLargeMessage } from '../../shared/media/picture-file';
import type { PictureSource } from './imported-pictures';

function inside(folder: string, path: string): boolean {
  const way = relative(folder, path);
  return way !== '' && !way.startsWith(`..${sep}`) && way !== '..' && !isAbsolute(way);
}

function decoded(reference: string): string {
  const path = reference.split(/[?#]/)[0];
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function folderPictureSource(folder: string): PictureSource {
  return async (reference) => {
    if (reference.trim() === '') return { refused: 'it names no file (an address on the web is never fetched)' };
    if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//'))
      return { refused: 'it is an address, and the desk never fetches pictures from the network' };
    const path = decoded(reference);
    if (path.includes('\u0000') || isAbsolute(path)) return { refused: 'it is an absolute path; only files beside the document are read' };
    let root: string;
    try {
      root = await realpath(folder);
    } catch {
      return { refused: 'the document’s folder cannot be read' };
    }
    const target = resolve(root, path);
    if (!inside(root, target)) return { refused: 'it is outside the document’s folder' };
    let real: string;
    try {
      real = await realpath(target);
    } catch {
      return { refused: `there is no file "${path}" beside the document` };
    }
    if (!inside(root, real)) return { refused: 'it links to a file outside the document’s folder' };
    const info = await stat(real);
    if (!info.isFile()) return { refused: 'it is not a file' };
    if (info.size > MAX_PICTURE_BYTES) return { refused: pictureTooLargeMessage(info.size, basename(real)) };
    return { bytes: await readFile(real), name: basename(real) };
  };
}
