import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ArticleStore } from '../../../../src/main/store/article-store';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();

describe('opening a desk after a crash', () => {
  it('removes the temp files interrupted writes left in the data folder, revisions/ and each revision folder', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await store.close();
    await mkdir(join(dataDir, 'revisions', 'article-1'), { recursive: true });
    const leftovers = [
      join(dataDir, '.desk.json.4242.7.tmp'),
      join(dataDir, '.dictionary.json.4242.8.tmp'),
      join(dataDir, 'revisions', '.article-1.json.4242.9.tmp'),
      join(dataDir, 'revisions', 'article-1', '.revision-1.json.4242.10.tmp'),
    ];
    for (const path of leftovers) await writeFile(path, '{"half":');
    await writeFile(join(dataDir, 'revisions', 'article-1', 'revision-2.json'), '{}');
    await writeFile(join(dataDir, 'session.json'), '{"pid":4242}');

    const reopened = await ArticleStore.open({ dataDir });
    const remaining = [
      ...(await readdir(dataDir)),
      ...(await readdir(join(dataDir, 'revisions'))),
      ...(await readdir(join(dataDir, 'revisions', 'article-1'))),
    ];
    expect(remaining.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(remaining).toContain('revision-2.json');
    await reopened.close();
  });
});
