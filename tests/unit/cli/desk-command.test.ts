import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import { runDeskCommand } from '../../../src/cli/run-desk-command';
import { ArticleStore } from '../../../src/main/store/article-store';
import { samplesDir } from '../../support/samples';
import { useTempFolders } from '../../support/temp-folders';

const newFolder = useTempFolders();
const SAMPLES = samplesDir();
const gold = JSON.parse(readFileSync(join(SAMPLES, 'gold.json'), 'utf8')) as Record<
  string,
  { headline: string; dateline: string; paragraphs: number; related: string[] }
>;

async function desk(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runDeskCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {} });
  return { code, stdout, stderr };
}

describe('desk import', () => {
  it('imports every sample and prints one JSON object per file', async () => {
    const dataDir = await newFolder();
    const files = Object.keys(gold).map((name) => join(SAMPLES, name));
    const { code, stdout } = await desk('import', ...files, '--data-dir', dataDir, '--json');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toHaveLength(4);
    Object.values(gold).forEach((expected, index) => {
      expect(printed[index]).toEqual({
        id: expect.stringMatching(/^[\w-]{6,}$/),
        headline: expected.headline,
        dateline: expected.dateline,
        byline: '',
        paragraphs: expect.any(Array),
        related: expected.related,
      });
      expect(printed[index].paragraphs).toHaveLength(expected.paragraphs);
    });
    const listed = JSON.parse((await desk('list', '--data-dir', dataDir, '--json')).stdout);
    expect(listed.map((row: { id: string }) => row.id).sort()).toEqual(printed.map((row: { id: string }) => row.id).sort());
    expect(Object.keys(listed[0]).sort()).toEqual(['embargo', 'headline', 'id', 'slugline', 'status', 'updatedAt', 'urgency', 'wordCount']);
  });

  it('prints ids as null and writes nothing with --dry-run', async () => {
    const dataDir = await newFolder();
    const { code, stdout } = await desk(
      'import',
      join(SAMPLES, 'minister-rejects-budget-leak-claims.txt'),
      '--dry-run',
      '--json',
      '--data-dir',
      dataDir,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0]).toMatchObject({ id: null, dateline: 'ELDMOOR, March 4' });
    expect(JSON.parse((await desk('list', '--data-dir', dataDir, '--json')).stdout)).toEqual([]);
  });

  it('imports nothing, exits non-zero and names each bad file when any file is not a briefing', async () => {
    const dataDir = await newFolder();
    const empty = join(dataDir, 'empty.txt');
    await writeFile(empty, '\n');
    const { code, stdout, stderr } = await desk(
      'import',
      join(SAMPLES, 'minister-rejects-budget-leak-claims.txt'),
      empty,
      join(dataDir, 'missing.txt'),
      '--data-dir',
      dataDir,
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('"empty.txt" is not a briefing: it is empty');
    expect(stderr).toContain('missing.txt": no such file');
    expect(stderr).toContain('Nothing was imported');
    expect(JSON.parse((await desk('list', '--data-dir', dataDir, '--json')).stdout)).toEqual([]);
  });

  it('checks every file against the article model before storing any of them', async () => {
    const dataDir = await newFolder();
    const tooLong = join(dataDir, 'long-related.txt');
    await writeFile(tooLong, `Headline\nPARIS - Text.\nRelated Stories:\n${'word '.repeat(120)}\n`);
    const { code, stderr } = await desk('import', join(SAMPLES, 'minister-rejects-budget-leak-claims.txt'), tooLong, '--data-dir', dataDir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/long-related\.txt" cannot be imported: related\.0\.headline/);
    expect(JSON.parse((await desk('list', '--data-dir', dataDir, '--json')).stdout)).toEqual([]);
  });

  it('says the folder is in use, with exit code 3, when the app has it open', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    const { code, stderr } = await desk('list', '--data-dir', dataDir);
    await store.close();
    expect(code).toBe(3);
    expect(stderr).toMatch(/already open in another Newsdesk window/);
  });

  it('explains its usage for an unknown command or option', async () => {
    expect(await desk('publish')).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "publish"') });
    expect(await desk('list', '--colour')).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage:') });
  });
});

describe('the built desk command', () => {
  it('runs from bin/desk.js after a build and lists the imported briefing', async () => {
    const dataDir = await newFolder();
    const run = promisify(execFile);
    await run('node', ['bin/desk.js', 'import', join(SAMPLES, 'harbor-authority-defends-dredging-plan.txt'), '--data-dir', dataDir]);
    const { stdout } = await run('node', ['bin/desk.js', 'list', '--json'], { env: { ...process.env, NEWSDESK_DATA_DIR: dataDir } });
    expect(JSON.parse(stdout).map((row: { headline: string }) => row.headline)).toEqual(['Harbor authority defends dredging plan']);
  });
});

describe('desk related', () => {
  it('prints an article’s related stories in order and its backlinks, after import resolved them', async () => {
    const dataDir = await newFolder();
    const fixture = resolve('tests/fixtures/briefings/china-opposes-hacking-allegations.txt');
    const imported = JSON.parse(
      (await desk('import', join(SAMPLES, 'china-refutes-cyberattack-allegations.txt'), fixture, '--data-dir', dataDir, '--json')).stdout,
    );
    const [refutes, opposes] = imported;
    const { code, stdout } = await desk('related', refutes.id, '--data-dir', dataDir, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      related: [
        { headline: 'China opposes hacking allegations', articleId: opposes.id, url: null, relation: 'see-also' },
        { headline: 'Chinese experts slam US hacking accusations', articleId: null, url: null, relation: 'see-also' },
        { headline: 'China threatened by overseas hackers', articleId: null, url: null, relation: 'see-also' },
      ],
      linkedFrom: [{ id: opposes.id, headline: 'China opposes hacking allegations' }],
    });
  });

  it('says when the article does not exist', async () => {
    const dataDir = await newFolder();
    const { code, stderr } = await desk('related', 'no-such-article', '--data-dir', dataDir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/No article with id no-such-article/);
  });
});
