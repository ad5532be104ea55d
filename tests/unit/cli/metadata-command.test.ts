import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runDeskCommand } from '../../../src/cli/run-desk-command';
import { useTempFolders } from '../../support/temp-folders';

const newFolder = useTempFolders();

async function desk(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runDeskCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {} });
  return { code, stdout, stderr };
}

/** A story with every metadata key, under an embargo far in the future. */
const STORY = `---
title: Tram depot fire closes the northern line
dateline: VESTRA, June 2
status: ready
slugline: TRAM-FIRE
keywords:
  - trams
  - Vestra Transit
subjects:
  - medtop:20000139
urgency: 2
language: en-GB
genre: news
embargo: 2099-06-02T06:00:00+02:00
embargoZone: Europe/Berlin
ednote: Photos to follow from the depot.
headlines:
  web: Depot fire shuts Vestra's northern tram line
  print: Tram line shut by fire
  social: A fire at the tram depot has closed Vestra's northern line for the morning
  seo: Vestra tram depot fire northern line closed
corrections:
  - date: 2099-06-01T10:00:00.000Z
    kind: clarification
    text: The depot is on Aster Road, not Aster Street.
bylines:
  - name: Maren Solberg
    role: reporter
  - name: Yusuf Adeyemi
    role: photographer
---

Fire crews were called to the tram depot before dawn, and the northern line stayed closed through the morning rush.
`;

async function importStory(dataDir: string): Promise<string> {
  const file = join(dataDir, '..', `story-${Date.now()}.md`);
  await writeFile(file, STORY);
  const { code, stdout } = await desk('import', file, '--data-dir', dataDir, '--json');
  expect(code).toBe(0);
  return JSON.parse(stdout)[0].id;
}

describe('desk and the newsroom metadata', () => {
  it('imports the front-matter keys and lists the slugline, urgency and embargo', async () => {
    const dataDir = await newFolder();
    const file = join(dataDir, '..', 'warn.md');
    await writeFile(file, STORY);
    const imported = await desk('import', file, '--data-dir', dataDir);
    expect(imported.stdout).toMatch(/note: under embargo until 2 Jun 2099, 06:00 Europe\/Berlin \(\+02:00\)/);
    const [row] = JSON.parse((await desk('list', '--data-dir', dataDir, '--json')).stdout);
    expect(row).toMatchObject({
      slugline: 'TRAM-FIRE',
      urgency: 2,
      embargo: { until: '2099-06-02T06:00:00+02:00', timeZone: 'Europe/Berlin' },
    });
    expect((await desk('list', '--data-dir', dataDir)).stdout).toMatch(/\[TRAM-FIRE\] Tram depot fire.*EMBARGOED until 2 Jun 2099/);
  }, 30_000);

  it('refuses to export a story under embargo and says so, unless --include-embargoed', async () => {
    const dataDir = await newFolder();
    const id = await importStory(dataDir);
    const out = await newFolder();
    const refused = await desk('export', id, '--format', 'md', '--out', out, '--data-dir', dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /under embargo until 2 Jun 2099, 06:00 Europe\/Berlin \(\+02:00\): not exported\. Pass --include-embargoed/,
    );
    expect(await readdir(out)).toEqual([]);

    const forced = await desk('export', '--all', '--format', 'md', '--out', out, '--include-embargoed', '--data-dir', dataDir);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/warning: .*under embargo.*exported anyway/);
    expect(await readdir(out)).toEqual(['tram-depot-fire-closes-the-northern-line.md']);
  }, 30_000);

  it('exports Markdown that imports into another desk with every field unchanged', async () => {
    const first = await newFolder();
    const id = await importStory(first);
    const out = await newFolder();
    expect((await desk('export', id, '--format', 'md', '--out', out, '--include-embargoed', '--data-dir', first)).code).toBe(0);
    const second = await newFolder();
    const again = await desk('import', join(out, 'tram-depot-fire-closes-the-northern-line.md'), '--data-dir', second, '--json');
    expect(again.code).toBe(0);
    const read = async (dataDir: string, articleId: string) =>
      JSON.parse(await readFile(join(dataDir, 'articles', `${articleId}.json`), 'utf8'));
    const before = await read(first, id);
    const after = await read(second, JSON.parse(again.stdout)[0].id);
    for (const key of [
      'slugline',
      'keywords',
      'subjects',
      'urgency',
      'language',
      'genre',
      'embargo',
      'ednote',
      'headlines',
      'corrections',
      'bylines',
      'byline',
    ])
      expect([key, after[key]]).toEqual([key, before[key]]);
    expect(before.bylines).toEqual([
      { name: 'Maren Solberg', role: 'reporter' },
      { name: 'Yusuf Adeyemi', role: 'photographer' },
    ]);
  }, 30_000);
});
