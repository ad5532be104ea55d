/**
 * A picture's width and height in pixels, read from its header (JPEG's
 * start-of-frame segment, PNG's IHDR, GIF's screen descriptor, WebP's VP8,
 * VP8L or VP8X chunk) without decoding it. Null when the header does not say.
 */
import type { PictureKind } from './picture-file';

export interface PictureSize {
  width: number;
  height: number;
}

const u16be = (bytes: Uint8Array, at: number) => (bytes[at] << 8) | bytes[at + 1];
const u16le = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8);
const u24le = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16);
const u32be = (bytes: Uint8Array, at: number) => ((bytes[at] << 24) >>> 0) + ((bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]);

function jpegSize(bytes: Uint8Array): PictureSize | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: u16be(bytes, at + 5), width: u16be(bytes, at + 7) };
    if (marker === 0xd9 || marker === 0xda) return null;
    at += 2 + u16be(bytes, at + 2);
  }
  return null;
}

function webpSize(bytes: Uint8Array): PictureSize | null {
  if (bytes.length < 30) return null;
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8 ') return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff };
  if (chunk === 'VP8L')
    return {
      width: 1 + (((bytes[22] & 0x3f) << 8) | bytes[21]),
      height: 1 + (((bytes[24] & 0x0f) << 10) | (bytes[23] << 2) | ((bytes[22] & 0xc0) >> 6)),
    };
  if (chunk === 'VP8X') return { width: 1 + u24le(bytes, 24), height: 1 + u24le(bytes, 27) };
  return null;
}

export function pictureSize(bytes: Uint8Array, kind: PictureKind): PictureSize | null {
  let size: PictureSize | null;
  switch (kind) {
    case 'jpeg':
      size = jpegSize(bytes);
      break;
    case 'png':
      size = bytes.length >= 24 ? { width: u32be(bytes, 16), height: u32be(bytes, 20) } : null;
      break;
    case 'gif':
      size = bytes.length >= 10 ? { width: u16le(bytes, 6), height: u16le(bytes, 8) } : null;
      break;
    case 'webp':
      size = webpSize(bytes);
      break;
  }
  return size && size.width > 0 && size.height > 0 ? size : null;
}
