import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { folderTarget } from '../../../../src/main/services/batch-export';
import { exportedArticleId } from '../../../../src/main/services/export-markers';
import { useDesks } from '../../../support/desks';

const { open, newFolder } = useDesks();

describe('exporting into a folder that already holds exports', () => {
  it('replaces the same article’s earlier files instead of writing a duplicate slug-2 set', async () => {
    const desk = await open();
    const article = await desk.services.articles.create({ headline: 'Harbor notes' });
    const out = await newFolder();
    const formats = ['html', 'md', 'ninjs'] as const;
    await desk.services.exports.exportTo(folderTarget(out), { ids: [article.id], formats: [...formats] });
    await desk.services.articles.update(article.id, { headline: 'Harbor notes', dateline: 'PORTVALE' });
    const again = await desk.services.exports.exportTo(folderTarget(out), { ids: [article.id], formats: [...formats] });
    expect(again.files).toEqual(['harbor-notes.html', 'harbor-notes.md', 'harbor-notes.json']);
    expect((await readdir(out)).sort()).toEqual(['harbor-notes.html', 'harbor-notes.json', 'harbor-notes.md']);
    expect(await readFile(join(out, 'harbor-notes.md'), 'utf8')).toContain('dateline: PORTVALE');
    for (const file of again.files)
      expect(exportedArticleId(await readFile(join(out, file), 'utf8'), file.slice(file.lastIndexOf('.')))).toBe(article.id);
  });

  it('never replaces a file of the same name that is another article’s export or not an export at all', async () => {
    const desk = await open();
    const first = await desk.services.articles.create({ headline: 'Harbor notes' });
    const second = await desk.services.articles.create({ headline: 'Harbor notes' });
    const out = await newFolder();
    await desk.services.exports.exportTo(folderTarget(out), { ids: [first.id], formats: ['md'] });
    await writeFile(join(out, 'harbor-notes.html'), '<p>an editor’s own page</p>');
    const report = await desk.services.exports.exportTo(folderTarget(out), { ids: [second.id], formats: ['md', 'html'] });
    expect(report.files).toEqual(['harbor-notes-2.md', 'harbor-notes-2.html']);
    expect(exportedArticleId(await readFile(join(out, 'harbor-notes.md'), 'utf8'), '.md')).toBe(first.id);
    expect(await readFile(join(out, 'harbor-notes.html'), 'utf8')).toBe('<p>an editor’s own page</p>');
  });

  it('removes the hidden temp file a killed export left and never lists it as an export', async () => {
    const desk = await open();
    const article = await desk.services.articles.create({ headline: 'Harbor notes' });
    const out = await newFolder();
    await writeFile(join(out, '.harbor-notes.html.4242.3.tmp'), '<!DOCTYPE html><html><head><meta');
    const report = await desk.services.exports.exportTo(folderTarget(out), { ids: [article.id], formats: ['html'] });
    expect(report.files).toEqual(['harbor-notes.html']);
    expect(await readdir(out)).toEqual(['harbor-notes.html']);
  });
});
