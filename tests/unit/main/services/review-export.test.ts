import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runDeskCommand } from '../../../../src/cli/run-desk-command';
import { folderTarget } from '../../../../src/main/services/batch-export';
import type { NoteThread } from '../../../../src/shared/notes/note-thread';
import { useDesks } from '../../../support/desks';
import { del, doc, ins, note, p } from '../../../support/document-builders';
import { nuCheckerErrors } from '../../../support/export-fixtures';

const desks = useDesks();
const AT = '2026-11-29T10:00:00.000Z';
const ana = { id: 'sug-fees', author: 'Ana Ruiz', at: AT };
const notes: NoteThread[] = [
  { id: 'note-figure', resolved: false, messages: [{ author: 'Ines Duarte', at: AT, text: 'Source for the <figure> & date?' }] },
];

/** A desk with a story under review (two open suggestions and a note) and a clean one with a note only. */
async function deskUnderReview() {
  const dataDir = await desks.newFolder();
  const desk = await desks.open({ dataDir });
  const reviewed = await desk.services.articles.create({
    headline: 'Port dues rise',
    body: doc(
      p(
        note('note-figure', 'Fees rise by '),
        del(ana, '4%'),
        ins(ana, '5%'),
        ' this year',
        ins({ ...ana, id: 'sug-two' }, ', the board said'),
        '.',
      ),
    ),
  });
  await desk.services.articles.update(reviewed.id, { notes });
  const clean = await desk.services.articles.create({
    headline: 'Ferry times change',
    body: doc(p(note('note-figure', 'The ferry'), ' leaves at seven.')),
  });
  await desk.services.articles.update(clean.id, { notes });
  return { desk, dataDir, reviewed, clean };
}

describe('publishing exports', () => {
  it('refuse a story with open suggestions, naming the count and writing nothing for it; notes never go out', async () => {
    const { desk, reviewed, clean } = await deskUnderReview();
    const out = await desks.newFolder();
    const report = await desk.services.exports.exportTo(folderTarget(out), { all: true, formats: ['html', 'md', 'ninjs'] });
    expect(report.failures).toEqual([
      {
        id: reviewed.id,
        headline: 'Port dues rise',
        message: 'It has 2 open suggestions. Accept or reject them before exporting it for publishing, or export a review copy.',
      },
    ]);
    expect((await readdir(out)).sort()).toEqual(['ferry-times-change.html', 'ferry-times-change.json', 'ferry-times-change.md']);
    for (const file of await readdir(out)) {
      const text = await readFile(join(out, file), 'utf8');
      expect(text).toContain('The ferry');
      expect(text).not.toMatch(/note-figure|data-note-id|Source for the/);
    }
    expect(clean.id).toBeTruthy();
  });
});

describe('review copies', () => {
  it('carry suggestions and notes as CriticMarkup and as <ins>/<del> with aside notes, valid for the Nu checker', async () => {
    const { desk, reviewed } = await deskUnderReview();
    const out = await desks.newFolder();
    const report = await desk.services.exports.exportTo(folderTarget(out), { ids: [reviewed.id], formats: ['html', 'md'], review: true });
    expect(report).toMatchObject({ failures: [], files: ['port-dues-rise.review.html', 'port-dues-rise.review.md'] });
    const markdown = await readFile(join(out, 'port-dues-rise.review.md'), 'utf8');
    expect(markdown).toContain(
      '{==Fees rise by ==}{>>#note-figure Ines Duarte (2026-11-29T10:00:00.000Z): Source for the <figure> & date?<<}{~~4%~>5%~~}{>>#sug-fees Ana Ruiz (2026-11-29T10:00:00.000Z)<<}',
    );
    const html = await readFile(join(out, 'port-dues-rise.review.html'), 'utf8');
    expect(html).toContain('<del data-suggestion-id="sug-fees" data-author="Ana Ruiz" data-at="2026-11-29T10:00:00.000Z"');
    expect(html).toContain('<ins data-suggestion-id="sug-fees"');
    expect(html).toMatch(/<aside id="note-note-figure"[^>]*>[^]*Ines Duarte[^]*Source for the &lt;figure&gt; &amp; date\?/);
    expect(html).toContain('Review copy</strong>, not for publication: 2 open suggestions, 1 open note.');
    expect(await nuCheckerErrors([join(out, 'port-dues-rise.review.html')])).toEqual([]);

    // Exported again, a review copy replaces its own earlier file; a publishing file of the same story is never touched.
    await writeFile(join(out, 'port-dues-rise.md'), 'an editor’s own file');
    const again = await desk.services.exports.exportTo(folderTarget(out), { ids: [reviewed.id], formats: ['md'], review: true });
    expect(again.files).toEqual(['port-dues-rise.review.md']);
    expect(await readFile(join(out, 'port-dues-rise.md'), 'utf8')).toBe('an editor’s own file');
  }, 60_000);

  it('refuse ninjs, which has no review form', async () => {
    const { desk, reviewed } = await deskUnderReview();
    await expect(
      desk.services.exports.exportTo(folderTarget(await desks.newFolder()), { ids: [reviewed.id], formats: ['ninjs'], review: true }),
    ).rejects.toThrow(/ninjs is for publishing only/);
  });

  it('import back as the same suggestions and notes', async () => {
    const { desk, reviewed } = await deskUnderReview();
    const out = await desks.newFolder();
    await desk.services.exports.exportTo(folderTarget(out), { ids: [reviewed.id], formats: ['md'], review: true });
    const other = await desks.open();
    const result = await other.services.documents.importDocument({
      text: await readFile(join(out, 'port-dues-rise.review.md'), 'utf8'),
      fileName: 'port-dues-rise.review.md',
    });
    const original = await desk.services.articles.get(reviewed.id);
    expect(result.article.body).toEqual(original.body);
    expect(result.article.notes).toEqual(notes);
  });
});

describe('desk export', () => {
  it('exits 1 naming the story and its open suggestions, and writes review copies with --review', async () => {
    const { desk, dataDir, reviewed } = await deskUnderReview();
    await desk.close();
    const out = await desks.newFolder();
    const run = async (...args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runDeskCommand(['export', reviewed.id, '--out', out, '--data-dir', dataDir, ...args], {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        env: {},
      });
      return { code, stdout, stderr };
    };
    const refused = await run('--format', 'md');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Could not export “Port dues rise” (${reviewed.id}): It has 2 open suggestions.`);
    expect(await readdir(out)).toEqual([]);

    const review = await run('--review');
    expect(review.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['port-dues-rise.review.html', 'port-dues-rise.review.md']);
    expect(await readFile(join(out, 'port-dues-rise.review.md'), 'utf8')).toContain('{~~4%~>5%~~}');

    expect((await run('--review', '--format', 'ninjs')).code).toBe(2);
  }, 60_000);
});
