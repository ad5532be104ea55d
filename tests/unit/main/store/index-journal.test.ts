import { appendFile, cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ArticleStore } from '../../../../src/main/store/article-store';
import type { Article } from '../../../../src/shared/article';
import { storedArticle } from '../../../support/stored-article';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();

const article = (id: string, headline: string): Article => storedArticle(id, { headline });

/** The folder as another process would find it if this one died now (no lock; session marker removed when `clean`). */
async function copyAsFound(dataDir: string, clean: boolean): Promise<string> {
  const copy = await newFolder();
  await cp(dataDir, copy, { recursive: true });
  await rm(join(copy, 'desk.lock'), { recursive: true, force: true });
  if (clean) await rm(join(copy, 'session.json'), { force: true });
  return copy;
}

describe('the index journal', () => {
  it('takes a save’s index update as one appended line instead of rewriting desk.json, and folds it in on close', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await store.write(article('article-1', 'First'));
    await store.flush();
    const snapshot = await readFile(join(dataDir, 'desk.json'), 'utf8');
    await store.write(article('article-1', 'Second'));
    await store.indexSettled();
    expect(await readFile(join(dataDir, 'desk.json'), 'utf8')).toBe(snapshot);
    const lines = (await readFile(join(dataDir, 'desk.journal'), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([{ id: 'article-1', row: expect.objectContaining({ headline: 'Second' }) }]);
    await store.close();
    expect(await readFile(join(dataDir, 'desk.journal'), 'utf8')).toBe('');
    expect(JSON.parse(await readFile(join(dataDir, 'desk.json'), 'utf8')).articles['article-1'].headline).toBe('Second');
  });

  it('is replayed onto desk.json when the folder is opened before a snapshot, ignoring a last line cut short', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await store.write(article('article-1', 'First'));
    await store.flush();
    await store.write(article('article-1', 'Journalled'));
    await store.write(article('article-2', 'Only in the journal'));
    await store.indexSettled();
    const found = await copyAsFound(dataDir, true);
    await appendFile(join(found, 'desk.journal'), '{"id":"article-1","row":{"headl');
    const reopened = await ArticleStore.open({ dataDir: found });
    expect(
      reopened
        .summaries()
        .map((row) => row.headline)
        .sort(),
    ).toEqual(['Journalled', 'Only in the journal']);
    await reopened.close();
    await store.close();
  });
});
