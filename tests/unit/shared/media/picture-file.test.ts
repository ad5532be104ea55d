import { describe, expect, it } from 'vitest';

import { isMediaReference, mediaReference, mimeTypeOfReference, pictureKindOf } from '../../../../src/shared/media/picture-file';
import { gifSignature, harbourJpeg, pngBytes, webpSignature } from '../../../support/picture-fixtures';

describe('recognising a picture by its bytes', () => {
  it('knows JPEG, PNG, GIF and WebP by their signatures', () => {
    expect(pictureKindOf(harbourJpeg())).toBe('jpeg');
    expect(pictureKindOf(pngBytes())).toBe('png');
    expect(pictureKindOf(gifSignature())).toBe('gif');
    expect(pictureKindOf(webpSignature())).toBe('webp');
  });

  it('refuses other files, whatever they would be called: PDF, SVG, a RIFF that is not WebP, text, nothing', () => {
    for (const text of [
      '%PDF-1.7',
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'RIFF\u0010\u0000\u0000\u0000WAVEfmt ',
      'GIF8',
      'hello',
      '',
    ])
      expect(pictureKindOf(Buffer.from(text, 'latin1')), text).toBeNull();
    expect(pictureKindOf(Uint8Array.from([0xff, 0xd8]))).toBeNull();
  });
});

describe('a stored picture reference', () => {
  const hash = 'ab'.repeat(32);

  it('is media/<sha256>.<ext> and says its MIME type', () => {
    expect(mediaReference(hash, 'jpeg')).toBe(`media/${hash}.jpg`);
    expect(isMediaReference(`media/${hash}.webp`)).toBe(true);
    expect(mimeTypeOfReference(`media/${hash}.png`)).toBe('image/png');
  });

  it('is never a path out of the media folder, an address or another extension', () => {
    for (const src of [
      `media/../${hash}.jpg`,
      `../media/${hash}.jpg`,
      `/etc/${hash}.jpg`,
      `media/${hash}.svg`,
      `media/${hash.toUpperCase()}.jpg`,
      `media/${hash}.jpg/`,
      `https://example.org/media/${hash}.jpg`,
      `media/${hash.slice(2)}.jpg`,
      `media\\${hash}.jpg`,
    ])
      expect(isMediaReference(src), src).toBe(false);
  });
});
