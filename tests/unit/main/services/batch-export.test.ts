import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runDeskCommand } from '../../../../src/cli/run-desk-command';
import { openDesk } from '../../../../src/main/open-desk';
import { folderTarget } from '../../../../src/main/services/batch-export';
import { nuCheckerErrors } from '../../../support/export-fixtures';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();

describe('the batch export service', () => {
  it('names files from slugs, resolves collisions, reports progress and lists a failing article while the rest export', async () => {
    const desk = await openDesk({ dataDir: await newFolder(), seedDir: resolve('data') });
    try {
      const first = await desk.services.articles.create({ headline: 'Same headline' });
      const second = await desk.services.articles.create({ headline: 'Same headline' });
      const out = await newFolder();
      const progress: number[] = [];
      const report = await desk.services.exports.exportTo(
        folderTarget(out),
        { ids: [first.id, second.id, 'article-missing'], formats: ['html', 'md'] },
        { onProgress: ({ done }) => progress.push(done) },
      );
      expect(report.files).toEqual(['same-headline.html', 'same-headline.md', 'same-headline-2.html', 'same-headline-2.md']);
      expect(report.failures).toEqual([expect.objectContaining({ id: 'article-missing' })]);
      expect(progress).toEqual([1, 2, 3, 4]);
      expect((await readdir(out)).sort()).toEqual(['same-headline-2.html', 'same-headline-2.md', 'same-headline.html', 'same-headline.md']);
    } finally {
      await desk.close();
    }
  });

  it('never replaces a file already in the folder, and leaves out articles in the trash', async () => {
    const desk = await openDesk({ dataDir: await newFolder(), seedDir: resolve('data') });
    try {
      const kept = await desk.services.articles.create({ headline: 'Harbor notes' });
      const trashed = await desk.services.articles.create({ headline: 'Withdrawn story' });
      await desk.services.articles.remove(trashed.id);
      const out = await newFolder();
      await writeFile(join(out, 'harbor-notes.html'), 'an editor’s own file');
      const report = await desk.services.exports.exportTo(folderTarget(out), { ids: [kept.id, trashed.id], formats: ['html'] });
      expect(report.files).toEqual(['harbor-notes-2.html']);
      expect(report.failures).toEqual([
        { id: trashed.id, headline: 'Withdrawn story', message: 'It is in the trash. Restore it to export it.' },
      ]);
      expect(await readFile(join(out, 'harbor-notes.html'), 'utf8')).toBe('an editor’s own file');
    } finally {
      await desk.close();
    }
  });

  it('stops between files when its signal is aborted', async () => {
    const desk = await openDesk({ dataDir: await newFolder(), seedDir: resolve('data') });
    try {
      const controller = new AbortController();
      const report = await desk.services.exports.exportTo(
        folderTarget(await newFolder()),
        { all: true, formats: ['html'] },
        { signal: controller.signal, onProgress: () => controller.abort() },
      );
      expect(report.cancelled).toBe(true);
      expect(report.files).toHaveLength(1);
    } finally {
      await desk.close();
    }
  });

  it('exports to the folder the dialog port chose, and reports a cancelled dialog', async () => {
    const out = await newFolder();
    let answer: string | null = out;
    const desk = await openDesk({
      dataDir: await newFolder(),
      seedDir: resolve('data'),
      ports: { dialogs: { chooseFolder: async () => answer } },
    });
    try {
      expect((await desk.services.exports.exportFromWindow({ all: true, formats: ['ninjs'] })).files).toHaveLength(4);
      answer = null;
      expect(await desk.services.exports.exportFromWindow({ all: true, formats: ['ninjs'] })).toEqual({
        folder: null,
        files: [],
        failures: [],
        cancelled: true,
      });
    } finally {
      await desk.close();
    }
  });
});

describe('importing documents', () => {
  it('imports an exported Markdown file into another desk, reusing a speaker with the same name', async () => {
    const source = await openDesk({ dataDir: await newFolder() });
    const out = await newFolder();
    let markdown: string;
    try {
      const hong = await source.services.speakers.create({ name: 'Hong Lei', role: 'spokesman', organization: 'Foreign Ministry' });
      const article = await source.services.articles.create({
        headline: 'Quotes',
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'We object', marks: [{ type: 'speakerAttribution', attrs: { speakerId: hong.id, kind: 'direct' } }] },
              ],
            },
          ],
        },
      });
      await source.services.exports.exportTo(folderTarget(out), { ids: [article.id], formats: ['md'] });
      markdown = await readFile(join(out, 'quotes.md'), 'utf8');
    } finally {
      await source.close();
    }
    const target = await openDesk({ dataDir: await newFolder() });
    try {
      const existing = await target.services.speakers.create({ name: 'Hong Lei', organization: 'Foreign Ministry' });
      const { article } = await target.services.documents.importDocument({ text: markdown, fileName: 'quotes.md' });
      expect(article.speakers).toEqual([existing.id]);
      expect(target.services.speakers.list()).toHaveLength(1);
    } finally {
      await target.close();
    }
  });
});

describe('desk export', () => {
  it('exports the seeded store as valid HTML, Markdown and ninjs files', async () => {
    const dataDir = await newFolder();
    const desk = await openDesk({ dataDir, seedDir: resolve('data') });
    await desk.close();
    const out = await newFolder();
    let stdout = '';
    const code = await runDeskCommand(
      ['export', '--all', '--format', 'html,md', '--format', 'ninjs', '--out', out, '--data-dir', dataDir, '--json'],
      { stdout: (text) => (stdout += text), stderr: () => {}, env: {} },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files).toHaveLength(12);
    const files = await readdir(out);
    expect(files.filter((file) => file.endsWith('.html'))).toHaveLength(4);
    expect(await nuCheckerErrors(files.filter((file) => file.endsWith('.html')).map((file) => join(out, file)))).toEqual([]);
    for (const file of files.filter((name) => name.endsWith('.json')))
      expect(JSON.parse(await readFile(join(out, file), 'utf8')).uri).toMatch(/^urn:newsdesk:article:/);
  }, 60_000);

  it('imports .md and .html files with desk import, all or nothing', async () => {
    const dataDir = await newFolder();
    const folder = await newFolder();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(folder, 'a.md'), '---\ntitle: From Markdown\n---\n\nBody *text*.\n');
    await writeFile(join(folder, 'b.html'), '<h1>From HTML</h1><p>Body <script>alert(1)</script>text.</p>');
    await writeFile(join(folder, 'bad.md'), '---\ntitle: [unclosed\n---\n');
    const run = async (...files: string[]) => {
      let stdout = '';
      const code = await runDeskCommand(['import', ...files.map((file) => join(folder, file)), '--data-dir', dataDir, '--json'], {
        stdout: (text) => (stdout += text),
        stderr: () => {},
        env: {},
      });
      return { code, stdout };
    };
    expect((await run('a.md', 'bad.md')).code).toBe(1);
    const { code, stdout } = await run('a.md', 'b.html');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((row: { headline: string }) => row.headline)).toEqual(['From Markdown', 'From HTML']);
  });
});
