/**
 * Taking a picture into the data folder: the one function the media worker
 * runs (and, where no worker can start, the calling thread).
 *
 * The bytes (base64 text from the window, or bytes from an import) are checked
 * for size and for a JPEG, PNG, WebP or GIF signature, hashed (SHA-256) and
 * written once as `media/<sha256>.<ext>` — temp file, fsync, rename, fsync the
 * folder, like every store write. A picture already there is not written again.
 * Its own caption, credit and rights are read from its IPTC/XMP metadata, its
 * size in pixels from its header.
 */
import { createHash } from 'node:crypto';
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { DeskError } from '../../shared/errors';
import { type PictureSize, pictureSize } from '../../shared/media/picture-dimensions';
import {
  isMediaReference,
  MAX_PICTURE_BYTES,
  mediaFileName,
  mediaReference,
  notAPictureMessage,
  type PictureKind,
  pictureKindOf,
  pictureTooLargeMessage,
} from '../../shared/media/picture-file';
import { writeFileDurably } from '../store/atomic-json-file';
import { type PictureMetadata, readPictureMetadata } from './picture-metadata';

export interface PictureIntakeRequest {
  /** The picture: base64 text (from the window) or bytes (an import). */
  data: string | Uint8Array;
  /** Where pictures are kept: the data folder's `media/`. */
  mediaFolder: string;
  /** Names the file in messages only. */
  fileName?: string;
}

export interface TakenPicture {
  /** The stored picture's reference, `media/<sha256>.<ext>`. */
  src: string;
  kind: PictureKind;
  bytes: number;
  /** False when the same picture was already kept (nothing was written). */
  added: boolean;
  metadata: PictureMetadata;
  /** Pixels, when the header says. */
  size: PictureSize | null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decode(data: string | Uint8Array, fileName?: string): Uint8Array {
  if (typeof data !== 'string') return data;
  if (data.length % 4 !== 0 || !BASE64.test(data))
    throw new DeskError('invalid-request', `${fileName ? `"${fileName}"` : 'The picture'} arrived damaged (not base64). Insert it again.`);
  return Buffer.from(data, 'base64');
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function takeInPicture({ data, mediaFolder, fileName }: PictureIntakeRequest): Promise<TakenPicture> {
  const bytes = decode(data, fileName);
  if (bytes.length > MAX_PICTURE_BYTES) throw new DeskError('invalid-request', pictureTooLargeMessage(bytes.length, fileName));
  const kind = pictureKindOf(bytes);
  if (kind === null) throw new DeskError('invalid-request', notAPictureMessage(fileName));
  const src = mediaReference(createHash('sha256').update(bytes).digest('hex'), kind);
  if (!isMediaReference(src)) throw new DeskError('internal', 'A picture got a name the desk cannot keep.');
  const path = join(mediaFolder, mediaFileName(src));
  let added = false;
  if (!(await exists(path))) {
    await mkdir(mediaFolder, { recursive: true });
    await writeFileDurably(path, bytes);
    added = true;
  }
  return { src, kind, bytes: bytes.length, added, metadata: await readPictureMetadata(bytes), size: pictureSize(bytes, kind) };
}
