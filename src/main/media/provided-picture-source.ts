/**
 * Pictures that came into the window with a document (dropped or chosen
 * together): the page stored each already (`media:add`) and sends, with the
 * document's text, which file name became which stored picture. A figure's src
 * is matched by its file name (the last part of its path, percent escapes
 * decoded, case ignored), and the bytes are read back from the desk's own
 * media folder — never from where the document came from.
 */
import { readFile } from 'node:fs/promises';

import type { PictureSource } from './imported-pictures';

export interface ProvidedPicture {
  name: string;
  src: string;
}

function fileNameOf(reference: string): string {
  const path = reference.split(/[?#]/)[0];
  let name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    // Keep the name as written.
  }
  return name.toLowerCase();
}

export function providedPictureSource(pictures: readonly ProvidedPicture[], pathOf: (src: string) => string): PictureSource {
  const byName = new Map(pictures.map((picture) => [picture.name.toLowerCase(), picture]));
  return async (reference) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//'))
      return { refused: 'it is an address, and the desk never fetches pictures from the network' };
    const picture = byName.get(fileNameOf(reference));
    if (!picture)
      return {
        refused: `no picture named "${fileNameOf(reference) || reference}" came with the document (drop or choose it together with the document)`,
      };
    try {
      return { bytes: await readFile(pathOf(picture.src)), name: picture.name };
    } catch {
      return { refused: `"${picture.name}" is no longer in the desk's media folder` };
    }
  };
}
