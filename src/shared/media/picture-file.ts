/**
 * What the desk accepts as a picture and how it names one it keeps.
 *
 * A picture is JPEG, PNG, WebP or GIF, recognised by its first bytes (a file's
 * name or the type a browser guesses from it are never trusted), at most
 * MAX_PICTURE_BYTES. The store keeps it once, named by the SHA-256 of its bytes:
 * `media/<64 hex>.<ext>`, a path relative to the data folder. An article refers
 * to a picture only by such a reference, so nothing outside the data folder is
 * ever read for it.
 */

export const PICTURE_KINDS = {
  jpeg: { extension: 'jpg', mimeType: 'image/jpeg', label: 'JPEG' },
  png: { extension: 'png', mimeType: 'image/png', label: 'PNG' },
  webp: { extension: 'webp', mimeType: 'image/webp', label: 'WebP' },
  gif: { extension: 'gif', mimeType: 'image/gif', label: 'GIF' },
} as const;

export type PictureKind = keyof typeof PICTURE_KINDS;

/** 25 MB: a full-resolution news photo is 5–15 MB; anything larger is a scan or a mistake. */
export const MAX_PICTURE_BYTES = 25 * 1024 * 1024;

/** The longest base64 text of a picture within MAX_PICTURE_BYTES (what crosses IPC). */
export const MAX_PICTURE_BASE64_LENGTH = Math.ceil(MAX_PICTURE_BYTES / 3) * 4;

/** The `accept` list of a picture file input (a hint for the dialog only; the bytes decide). */
export const PICTURE_FILE_ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,.jpg,.jpeg,.png,.webp,.gif';

const MEDIA_REFERENCE = /^media\/[0-9a-f]{64}\.(jpg|png|webp|gif)$/;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The kind of picture the bytes are, by their signature, or null when they are none the desk takes. */
export function pictureKindOf(bytes: Uint8Array): PictureKind | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  return null;
}

/** True for a stored picture's reference, `media/<sha256 hex>.<jpg|png|webp|gif>`. */
export function isMediaReference(src: unknown): src is string {
  return typeof src === 'string' && MEDIA_REFERENCE.test(src);
}

/** The reference of a picture with this SHA-256 (hex) and kind. */
export function mediaReference(sha256: string, kind: PictureKind): string {
  return `media/${sha256}.${PICTURE_KINDS[kind].extension}`;
}

/** The MIME type of a stored picture, from its reference's extension. */
export function mimeTypeOfReference(src: string): string {
  const extension = src.slice(src.lastIndexOf('.') + 1);
  return Object.values(PICTURE_KINDS).find((kind) => kind.extension === extension)?.mimeType ?? 'application/octet-stream';
}

/** The file name of a stored picture (`<sha256>.<ext>`), the last part of its reference. */
export function mediaFileName(src: string): string {
  return src.slice('media/'.length);
}

function named(fileName?: string): string {
  return fileName ? `"${fileName}"` : 'That file';
}

export function notAPictureMessage(fileName?: string): string {
  return `${named(fileName)} is not a picture the desk can keep: only JPEG, PNG, WebP and GIF files are taken (checked by their contents, not their names). Save it in one of those formats and insert it again.`;
}

export function pictureTooLargeMessage(bytes: number, fileName?: string): string {
  const megabytes = (value: number) => `${(value / (1024 * 1024)).toFixed(1)} MB`;
  return `${named(fileName)} is ${megabytes(bytes)}, larger than the ${megabytes(MAX_PICTURE_BYTES)} a picture may be. Save a smaller copy (a news photo needs no more than about 10 MB) and insert that.`;
}
