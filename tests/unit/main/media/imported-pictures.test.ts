import { createHash } from 'node:crypto';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { folderPictureSource } from '../../../../src/main/media/folder-picture-source';
import { bringInPictures } from '../../../../src/main/media/imported-pictures';
import { providedPictureSource } from '../../../../src/main/media/provided-picture-source';
import type { NodeJson } from '../../../../src/shared/article';
import { useDesks } from '../../../support/desks';
import { harbourJpeg, pngBytes, withIptc } from '../../../support/picture-fixtures';

const { open, newFolder } = useDesks();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const figure = (src: string, attrs: Record<string, unknown> = {}): NodeJson => ({
  type: 'figure',
  attrs: { src, alt: '', caption: '', credit: '', rights: '', ...attrs },
});
const doc = (...content: NodeJson[]): NodeJson => ({ type: 'doc', content });

describe('a folder picture source (desk import)', () => {
  it('reads a file beside the document, in a subfolder too, with percent escapes decoded', async () => {
    const folder = await newFolder();
    await mkdir(join(folder, 'photos'));
    await writeFile(join(folder, 'photos', 'the quay.png'), pngBytes());
    const source = folderPictureSource(folder);
    expect(await source('photos/the%20quay.png')).toEqual({ bytes: pngBytes(), name: 'the quay.png' });
    expect(await source('./photos/the quay.png?v=2')).toMatchObject({ name: 'the quay.png' });
  });

  it('refuses addresses, absolute paths, paths out of the folder and links that lead out of it', async () => {
    const outside = await newFolder();
    await writeFile(join(outside, 'secret.png'), pngBytes());
    const folder = await newFolder();
    await symlink(join(outside, 'secret.png'), join(folder, 'linked.png'));
    const source = folderPictureSource(folder);
    const refusals = {
      'https://example.org/quay.png': 'never fetches',
      '//example.org/quay.png': 'never fetches',
      'data:image/png;base64,iVBORw0KGgo=': 'never fetches',
      'file:///etc/passwd': 'never fetches',
      [join(outside, 'secret.png')]: 'absolute path',
      '../secret.png': 'outside the document’s folder',
      'photos/../../secret.png': 'outside the document’s folder',
      '%2e%2e/secret.png': 'outside the document’s folder',
      'linked.png': 'links to a file outside',
      'missing.png': 'there is no file "missing.png"',
      '': 'names no file',
    };
    for (const [reference, reason] of Object.entries(refusals)) {
      const result = await source(reference);
      expect(result, reference).toHaveProperty('refused');
      expect((result as { refused: string }).refused, reference).toContain(reason);
    }
  });
});

describe('bringing a document’s pictures in', () => {
  it('stores each file once, fills size and the file’s own caption and credit where the document gave none', async () => {
    const desk = await open();
    const folder = await newFolder();
    const jpeg = withIptc(harbourJpeg(), { caption: 'Ferries at the quay', credit: 'Desk Photo' });
    await writeFile(join(folder, 'quay.jpg'), jpeg);
    const warnings: string[] = [];
    const body = await bringInPictures(
      doc(figure('quay.jpg', { alt: 'Two ferries' }), figure('quay.jpg', { caption: 'The document’s own caption' })),
      folderPictureSource(folder),
      desk.services.media,
      warnings,
    );
    const src = `media/${sha256(jpeg)}.jpg`;
    expect(body.content).toEqual([
      figure(src, { alt: 'Two ferries', caption: 'Ferries at the quay', credit: 'Desk Photo', width: 160, height: 100 }),
      figure(src, { caption: 'The document’s own caption', credit: 'Desk Photo', width: 160, height: 100 }),
    ]);
    expect(warnings).toEqual([]);
    expect(await readdir(join(desk.dataDir, 'media'))).toEqual([`${sha256(jpeg)}.jpg`]);
  });

  it('leaves out a picture it cannot have, once per file, saying why and keeping its caption as text', async () => {
    const desk = await open();
    const warnings: string[] = [];
    const body = await bringInPictures(
      doc(figure('https://example.org/a.jpg', { caption: 'Crowds at the gate' }), figure('https://example.org/a.jpg'), figure('notes.txt')),
      folderPictureSource(await newFolder()),
      desk.services.media,
      warnings,
    );
    expect(body).toEqual(doc({ type: 'paragraph', content: [{ type: 'text', text: 'Crowds at the gate' }] }));
    expect(warnings).toEqual([
      'The picture "https://example.org/a.jpg" was left out: it is an address, and the desk never fetches pictures from the network. Put the picture file beside the document and import it again, or insert it in the story.',
      'The picture "notes.txt" was left out: there is no file "notes.txt" beside the document. Put the picture file beside the document and import it again, or insert it in the story.',
    ]);
  });

  it('refuses a file beside the document that is not a picture, whatever its name', async () => {
    const desk = await open();
    const folder = await newFolder();
    await writeFile(join(folder, 'chart.png'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const warnings: string[] = [];
    await bringInPictures(doc(figure('chart.png')), folderPictureSource(folder), desk.services.media, warnings);
    expect(warnings[0]).toContain('"chart.png" is not a picture the desk can keep');
  });

  it('keeps a figure naming a picture this desk already holds when no file comes with the document', async () => {
    const desk = await open();
    const added = await desk.services.media.add(pngBytes(), 'flag.png');
    const warnings: string[] = [];
    const body = await bringInPictures(doc(figure(added.src, { alt: 'A flag' })), null, desk.services.media, warnings);
    expect(body).toEqual(doc(figure(added.src, { alt: 'A flag', width: 24, height: 16 })));
    expect(warnings).toEqual([]);
  });

  it('takes the pictures the window sent with the document by file name, reading them from the desk’s own media folder', async () => {
    const desk = await open();
    const added = await desk.services.media.add(pngBytes(), 'Flag.PNG');
    const source = providedPictureSource([{ name: 'Flag.PNG', src: added.src }], (src) => desk.services.media.pathOf(src));
    const warnings: string[] = [];
    const body = await bringInPictures(doc(figure('../elsewhere/flag.png'), figure('other.png')), source, desk.services.media, warnings);
    expect(body.content?.[0]?.attrs?.src).toBe(added.src);
    expect(warnings).toEqual([expect.stringContaining('no picture named "other.png" came with the document')]);
  });
});
