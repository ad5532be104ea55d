/**
 * Pictures in the desk: taking one in (from the window's bytes, an import or
 * the CLI) and reading a stored one back for the window to show. Taking in
 * runs in the media worker (picture-intake-worker.ts); reading is one file
 * read of a checked reference inside `<data>/media/`.
 */
import { access, readFile } from 'node:fs/promises';

import { DeskError } from '../../shared/errors';
import type { PictureAdded, StoredPicture } from '../../shared/ipc/api';
import { mimeTypeOfReference } from '../../shared/media/picture-file';
import type { PictureIntakeWorker } from '../media/picture-intake-worker';
import { mediaFolder, mediaPath } from '../store/media-folder';

export type MediaService = ReturnType<typeof createMediaService>;

export function createMediaService(dataDir: string, intake: PictureIntakeWorker) {
  /** Stores the picture (once) and answers its reference with the caption, credit, rights and alt text the file carries. */
  async function add(data: string | Uint8Array, fileName?: string): Promise<PictureAdded> {
    const taken = await intake.take({ data, mediaFolder: mediaFolder(dataDir), fileName });
    return { src: taken.src, bytes: taken.bytes, width: taken.size?.width ?? null, height: taken.size?.height ?? null, ...taken.metadata };
  }

  return {
    add,

    /** A stored picture's bytes as base64 with its MIME type. Throws not-found when the desk does not hold it. */
    async read(src: string): Promise<StoredPicture> {
      let bytes: Buffer;
      try {
        bytes = await readFile(mediaPath(dataDir, src));
      } catch (error) {
        if (error instanceof DeskError) throw error;
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          throw new DeskError('not-found', 'This picture is missing from the desk\u2019s media folder. Insert it again.');
        throw error;
      }
      return { src, mimeType: mimeTypeOfReference(src), data: bytes.toString('base64') };
    },

    /** True when the desk keeps this picture (a checked reference whose file is in media/). */
    async has(src: string): Promise<boolean> {
      try {
        await access(mediaPath(dataDir, src));
        return true;
      } catch {
        return false;
      }
    },

    /** The file of a stored picture (export copies it); throws for anything that is not a picture reference. */
    pathOf(src: string): string {
      return mediaPath(dataDir, src);
    },

    close: () => intake.close(),
  };
}
