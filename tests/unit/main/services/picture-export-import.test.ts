import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runDeskCommand } from '../../../../src/cli/run-desk-command';
import { folderTarget } from '../../../../src/main/services/batch-export';
import type { Article, NodeJson } from '../../../../src/shared/article';
import { useDesks } from '../../../support/desks';
import { nuCheckerErrors } from '../../../support/export-fixtures';
import { harbourJpeg, pngBytes, withIptc } from '../../../support/picture-fixtures';

const { open, newFolder } = useDesks();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const paragraph = (text: string): NodeJson => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function figuresOf(node: NodeJson): NodeJson[] {
  return node.type === 'figure' ? [node] : (node.content ?? []).flatMap(figuresOf);
}

async function deskCommand(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runDeskCommand(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {} });
  return { code, stdout, stderr };
}

describe('exporting stories with pictures', () => {
  it('copies each picture once beside the files, the HTML passes the Nu checker, and a second export rewrites none', async () => {
    const desk = await open();
    const jpeg = harbourJpeg();
    const png = pngBytes(30, 20);
    const quay = await desk.services.media.add(jpeg, 'quay.jpg');
    const flag = await desk.services.media.add(png, 'flag.png');
    const picture = (added: typeof quay, alt: string) => ({
      type: 'figure',
      attrs: {
        src: added.src,
        alt,
        caption: 'At the quay',
        credit: 'Desk Photo',
        rights: 'Editorial use only',
        width: added.width,
        height: added.height,
      },
    });
    const first = await desk.services.articles.create({
      headline: 'Ferries sail again',
      body: { type: 'doc', content: [paragraph('The ferries sailed.'), picture(quay, 'Two ferries at a quay'), picture(flag, '')] },
    });
    const second = await desk.services.articles.create({
      headline: 'Quay reopens',
      body: { type: 'doc', content: [paragraph('The quay reopened.'), picture(quay, 'The quay from the water')] },
    });
    const out = await newFolder();
    const report = await desk.services.exports.exportTo(folderTarget(out), {
      ids: [first.id, second.id],
      formats: ['html', 'md', 'ninjs'],
    });
    expect(report.failures).toEqual([]);
    expect(report.files.filter((file) => file.startsWith('media/'))).toEqual([quay.src, flag.src]);
    expect((await readdir(join(out, 'media'))).sort()).toEqual([`${sha256(jpeg)}.jpg`, `${sha256(png)}.png`].sort());
    expect((await readFile(join(out, quay.src))).equals(jpeg)).toBe(true);

    const html = await readFile(join(out, 'ferries-sail-again.html'), 'utf8');
    expect(html).toContain(`<img src="${quay.src}" alt="Two ferries at a quay" width="160" height="100">`);
    expect(await nuCheckerErrors([join(out, 'ferries-sail-again.html'), join(out, 'quay-reopens.html')])).toEqual([]);
    expect(await readFile(join(out, 'quay-reopens.md'), 'utf8')).toContain(`![The quay from the water](${quay.src} "At the quay")`);

    const again = await desk.services.exports.exportTo(folderTarget(out), { ids: [first.id], formats: ['html'] });
    expect(again.files).toEqual(['ferries-sail-again.html']);
  }, 60_000);

  it('says which picture is missing from the media folder, and still exports the story', async () => {
    const desk = await open();
    const missing = `media/${'e'.repeat(64)}.png`;
    const article = await desk.services.articles.create({
      headline: 'Lost picture',
      body: { type: 'doc', content: [paragraph('Text.'), { type: 'figure', attrs: { src: missing, alt: 'Gone' } }] },
    });
    const report = await desk.services.exports.exportTo(folderTarget(await newFolder()), { ids: [article.id], formats: ['html'] });
    expect(report.files).toEqual(['lost-picture.html']);
    expect(report.failures).toEqual([expect.objectContaining({ id: article.id, message: expect.stringContaining(missing) })]);
  });
});

describe('desk import with pictures beside the document', () => {
  it('turns a Markdown image beside the file into a figure, its picture stored in media/, and names what it left out', async () => {
    const dataDir = await newFolder();
    const folder = await newFolder();
    await mkdir(join(folder, 'photos'));
    const jpeg = withIptc(harbourJpeg(), { credit: 'Desk Photo' });
    await writeFile(join(folder, 'photos', 'quay.jpg'), jpeg);
    await writeFile(
      join(folder, 'story.md'),
      '# Ferries sail again\n\nThe ferries sailed on Monday.\n\n![Two ferries at a stone quay](photos/quay.jpg "Ferries wait at the quay")\n\n![The old harbour](../outside.jpg "From the archive")\n',
    );
    const { code, stdout } = await deskCommand(['import', join(folder, 'story.md'), '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(stdout).toContain('note: The picture "../outside.jpg" was left out: it is outside the document’s folder.');

    const [articleFile] = await readdir(join(dataDir, 'articles'));
    const article = JSON.parse(await readFile(join(dataDir, 'articles', articleFile), 'utf8')) as Article;
    expect(figuresOf(article.body).map((figure) => figure.attrs)).toEqual([
      {
        src: `media/${sha256(jpeg)}.jpg`,
        alt: 'Two ferries at a stone quay',
        caption: 'Ferries wait at the quay',
        credit: 'Desk Photo',
        rights: '',
        width: 160,
        height: 100,
      },
    ]);
    expect(article.body.content?.at(-1)).toEqual(paragraph('From the archive'));
    expect((await readFile(join(dataDir, 'media', `${sha256(jpeg)}.jpg`))).equals(jpeg)).toBe(true);
  }, 30_000);

  it('brings back every picture field from its own Markdown and HTML export, into another desk', async () => {
    const source = await open();
    const jpeg = harbourJpeg();
    const quay = await source.services.media.add(jpeg, 'quay.jpg');
    const attrs = {
      src: quay.src,
      alt: 'Two ferries',
      caption: 'At the quay',
      credit: 'Mara Quill / Desk Photo',
      rights: 'Editorial use only',
      width: 160,
      height: 100,
    };
    const article = await source.services.articles.create({
      headline: 'Round trip',
      body: { type: 'doc', content: [paragraph('Text.'), { type: 'figure', attrs }] },
    });
    const out = await newFolder();
    await source.services.exports.exportTo(folderTarget(out), { ids: [article.id], formats: ['md', 'html'] });

    for (const file of ['round-trip.md', 'round-trip.html']) {
      const dataDir = await newFolder();
      const { code } = await deskCommand(['import', join(out, file), '--data-dir', dataDir]);
      expect(code, file).toBe(0);
      const [stored] = await readdir(join(dataDir, 'articles'));
      const imported = JSON.parse(await readFile(join(dataDir, 'articles', stored), 'utf8')) as Article;
      expect(
        figuresOf(imported.body).map((figure) => figure.attrs),
        file,
      ).toEqual([attrs]);
      expect((await readFile(join(dataDir, quay.src))).equals(jpeg), file).toBe(true);
    }
  }, 30_000);
});
