import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ArticleStore } from '../../../../src/main/store/article-store';
import type { Article } from '../../../../src/shared/article';
import type { Speaker } from '../../../../src/shared/speaker';
import { STORED_AT, storedArticle } from '../../../support/stored-article';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();

const article = (id: string): Article => storedArticle(id);
const speaker: Speaker = {
  id: 'speaker-new',
  name: 'Amara Okonkwo',
  aliases: [],
  role: '',
  organization: '',
  createdAt: STORED_AT,
  updatedAt: STORED_AT,
};

/** Leaves the folder as a process killed during a batch leaves it: staged files, with or without the commit record, some already moved. */
async function plantBatch(dataDir: string, ids: string[], options: { committed: boolean; moved: number }): Promise<void> {
  const folder = join(dataDir, 'staging', 'batch-1');
  await mkdir(folder, { recursive: true });
  for (const [index, id] of ids.entries()) {
    const target = index < options.moved ? join(dataDir, 'articles', `${id}.json`) : join(folder, `${id}.json`);
    await writeFile(target, JSON.stringify(article(id)));
  }
  if (options.committed)
    await writeFile(join(dataDir, 'staging', 'batch-1.commit.json'), JSON.stringify({ articleIds: ids, speakers: [speaker] }));
  await writeFile(join(dataDir, 'session.json'), '{"pid":4242}');
}

describe('a batch of new articles', () => {
  it('is written with its speakers in one step, leaving no staging files', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await store.writeBatch([article('story-a1'), article('story-a2')], [speaker]);
    expect(
      store
        .summaries()
        .map((row) => row.id)
        .sort(),
    ).toEqual(['story-a1', 'story-a2']);
    expect(store.speaker('speaker-new')?.name).toBe('Amara Okonkwo');
    await store.close();
    expect(await readdir(join(dataDir, 'staging'))).toEqual([]);
  });

  it('killed after its commit record is rolled forward on open: every article and speaker is in the desk', async () => {
    const dataDir = await newFolder();
    await (await ArticleStore.open({ dataDir })).close();
    await plantBatch(dataDir, ['story-b1', 'story-b2', 'story-b3'], { committed: true, moved: 1 });
    const store = await ArticleStore.open({ dataDir });
    expect(
      store
        .summaries()
        .map((row) => row.id)
        .sort(),
    ).toEqual(['story-b1', 'story-b2', 'story-b3']);
    expect(store.speaker('speaker-new')?.name).toBe('Amara Okonkwo');
    await store.close();
    const reopened = await ArticleStore.open({ dataDir });
    expect(reopened.summaries()).toHaveLength(3);
    expect(reopened.speaker('speaker-new')).toBeDefined();
    await reopened.close();
  });

  it('killed before its commit record is dropped on open: none of its articles is in the desk', async () => {
    const dataDir = await newFolder();
    await (await ArticleStore.open({ dataDir })).close();
    await plantBatch(dataDir, ['story-c1', 'story-c2'], { committed: false, moved: 0 });
    const store = await ArticleStore.open({ dataDir });
    expect(store.summaries()).toEqual([]);
    expect(store.speaker('speaker-new')).toBeUndefined();
    await store.close();
    expect(await readdir(dataDir)).not.toContain('staging');
  });
});
