import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { takeInPicture } from '../../../../src/main/media/picture-intake';
import { MAX_PICTURE_BYTES } from '../../../../src/shared/media/picture-file';
import { harbourJpeg, pngBytes, withIptc, withXmp } from '../../../support/picture-fixtures';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('taking a picture into the data folder', () => {
  it('stores the bytes once under their SHA-256, from base64 or bytes, and says whether it wrote them', async () => {
    const mediaFolder = join(await newFolder(), 'media');
    const png = pngBytes(10, 10);
    const first = await takeInPicture({ data: png.toString('base64'), mediaFolder });
    expect(first).toMatchObject({ src: `media/${sha256(png)}.png`, kind: 'png', bytes: png.length, added: true });
    expect((await readFile(join(mediaFolder, `${sha256(png)}.png`))).equals(png)).toBe(true);

    const again = await takeInPicture({ data: new Uint8Array(png), mediaFolder });
    expect(again).toMatchObject({ src: first.src, added: false });
    expect(await readdir(mediaFolder)).toEqual([`${sha256(png)}.png`]);
  });

  it('refuses what is not a JPEG, PNG, WebP or GIF, naming the file, and writes nothing', async () => {
    const mediaFolder = join(await newFolder(), 'media');
    await expect(
      takeInPicture({ data: Buffer.from('<svg/>').toString('base64'), mediaFolder, fileName: 'logo.png' }),
    ).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringContaining('"logo.png" is not a picture the desk can keep'),
    });
    await expect(readdir(mediaFolder)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a picture over the size limit, saying how large it is and what is allowed', async () => {
    const mediaFolder = join(await newFolder(), 'media');
    const huge = Buffer.alloc(MAX_PICTURE_BYTES + 1);
    huge.set(harbourJpeg().subarray(0, 3));
    await expect(takeInPicture({ data: huge, mediaFolder, fileName: 'scan.jpg' })).rejects.toMatchObject({
      message: expect.stringMatching(/"scan\.jpg" is 25\.0 MB, larger than the 25\.0 MB a picture may be/),
    });
  });

  it('refuses base64 that arrived damaged instead of storing what decoding would guess', async () => {
    const mediaFolder = join(await newFolder(), 'media');
    const text = pngBytes().toString('base64');
    await expect(takeInPicture({ data: `${text.slice(0, 8)}!${text.slice(9)}`, mediaFolder })).rejects.toMatchObject({
      message: expect.stringContaining('arrived damaged'),
    });
  });

  it("reads the caption, credit and rights from the file's IPTC block, UTF-8 included", async () => {
    const jpeg = withIptc(harbourJpeg(), {
      caption: 'Ferries wait at the quay in Eldmoor',
      byline: 'Mara Quill',
      credit: 'Desk Photo',
      copyright: '© 2026 Desk Photo',
    });
    const taken = await takeInPicture({ data: jpeg, mediaFolder: join(await newFolder(), 'media') });
    expect(taken.metadata).toEqual({
      caption: 'Ferries wait at the quay in Eldmoor',
      credit: 'Mara Quill / Desk Photo',
      rights: '© 2026 Desk Photo',
      alt: '',
    });
  });

  it('reads them from XMP when that is what the file carries, and gives empty fields when it carries none', async () => {
    const jpeg = withXmp(harbourJpeg(), {
      caption: 'Fog over the harbour wall at dawn',
      byline: 'Tomas Reyne',
      credit: 'Harbour Pictures',
      copyright: 'Editorial use only',
    });
    const mediaFolder = join(await newFolder(), 'media');
    expect((await takeInPicture({ data: jpeg, mediaFolder })).metadata).toEqual({
      caption: 'Fog over the harbour wall at dawn',
      credit: 'Tomas Reyne / Harbour Pictures',
      rights: 'Editorial use only',
      alt: '',
    });
    expect((await takeInPicture({ data: pngBytes(), mediaFolder })).metadata).toEqual({ caption: '', credit: '', rights: '', alt: '' });
  });
});
