import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ArticleStore } from '../../../../src/main/store/article-store';
import { AtomicJsonFile } from '../../../../src/main/store/atomic-json-file';
import type { Article } from '../../../../src/shared/article';
import { paragraphsToBody } from '../../../../src/shared/body-text';
import { DeskError } from '../../../../src/shared/errors';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();

function article(id: string, headline: string, updatedAt = '2026-11-26T10:00:00.000Z'): Article {
  return {
    id,
    slug: headline.toLowerCase().replace(/\W+/g, '-'),
    headline,
    dateline: 'BEIJING',
    byline: '',
    status: 'draft',
    body: paragraphsToBody(['Text of ' + headline]),
    related: [],
    speakers: [],
    createdAt: updatedAt,
    updatedAt,
    wordCount: 3,
  };
}

describe('ArticleStore', () => {
  it('writes one file per article and an index that lists it after reopening', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    expect(store.isNew).toBe(true);
    await store.write(article('article-1', 'First'));
    await store.close();

    const onDisk = JSON.parse(await readFile(join(dataDir, 'articles', 'article-1.json'), 'utf8'));
    expect(onDisk.headline).toBe('First');
    const index = JSON.parse(await readFile(join(dataDir, 'desk.json'), 'utf8'));
    expect(index.schemaVersion).toBe(1);

    const reopened = await ArticleStore.open({ dataDir });
    expect(reopened.isNew).toBe(false);
    expect(reopened.summaries().map((row) => row.headline)).toEqual(['First']);
    expect((await reopened.read('article-1')).body).toEqual(paragraphsToBody(['Text of First']));
    await reopened.close();
  });

  it('refuses a second opener of the same folder with a clear error', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    const second = ArticleStore.open({ dataDir });
    await expect(second).rejects.toBeInstanceOf(DeskError);
    await expect(second).rejects.toMatchObject({ code: 'store-locked', message: expect.stringContaining(dataDir) });
    await store.close();
    const third = await ArticleStore.open({ dataDir });
    await third.close();
  });

  it('repairs the index after a crash between the article write and the index write', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await store.write(article('article-1', 'Old headline', '2026-11-26T10:00:00.000Z'));
    await store.flush();
    // Simulate a crash: the article file is written, the index never is, the lock goes stale, the session marker stays.
    await writeFile(
      join(dataDir, 'articles', 'article-1.json'),
      JSON.stringify(article('article-1', 'New headline', '2026-11-26T11:00:00.000Z')),
    );
    await writeFile(join(dataDir, 'articles', 'article-2.json'), JSON.stringify(article('article-2', 'Never indexed')));
    await rm(join(dataDir, 'desk.lock'), { recursive: true });

    const reopened = await ArticleStore.open({ dataDir });
    const headlines = reopened
      .summaries()
      .map((row) => row.headline)
      .sort();
    expect(headlines).toEqual(['Never indexed', 'New headline']);
    expect(reopened.warnings.join(' ')).toMatch(/did not close cleanly/);
    await reopened.close();
    const index = JSON.parse(await readFile(join(dataDir, 'desk.json'), 'utf8'));
    expect(Object.keys(index.articles).sort()).toEqual(['article-1', 'article-2']);
  });

  it('moves an article file that is not JSON to corrupt/ and opens the rest', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await store.write(article('article-good', 'Good'));
    await store.close();
    await writeFile(join(dataDir, 'articles', 'article-bad.json'), '{"id": "article-bad", "headl');

    const reopened = await ArticleStore.open({ dataDir });
    expect(reopened.summaries().map((row) => row.id)).toEqual(['article-good']);
    expect(reopened.warnings.join('\n')).toMatch(
      /article-bad\.json could not be read \(it is not valid JSON\)\. It was moved to .*corrupt/,
    );
    const corrupt = await readdir(join(dataDir, 'corrupt'));
    expect(corrupt).toHaveLength(1);
    expect(await readFile(join(dataDir, 'corrupt', corrupt[0]), 'utf8')).toBe('{"id": "article-bad", "headl');
    await reopened.close();
  });

  it('quarantines an article that fails validation when it is opened, and reports it as not found', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await store.write(article('article-1', 'Fine'));
    await writeFile(join(dataDir, 'articles', 'article-1.json'), JSON.stringify({ ...article('article-1', 'Broken'), status: 'lost' }));
    await expect(store.read('article-1')).rejects.toMatchObject({ code: 'not-found' });
    expect(store.warnings.join(' ')).toMatch(/status/);
    expect(store.summaries()).toEqual([]);
    await store.close();
  });

  it('rebuilds a corrupt index from the article files and keeps the broken index in corrupt/', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await store.write(article('article-1', 'Survivor'));
    await store.close();
    await writeFile(join(dataDir, 'desk.json'), 'not json at all');

    const reopened = await ArticleStore.open({ dataDir });
    expect(reopened.summaries().map((row) => row.headline)).toEqual(['Survivor']);
    expect(reopened.isNew).toBe(false);
    expect(await readdir(join(dataDir, 'corrupt'))).toHaveLength(1);
    await reopened.close();
  });

  it('refuses to write an article that does not match the schema', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await expect(store.write({ ...article('article-1', 'x'), wordCount: -1 })).rejects.toThrow();
    expect(await readdir(join(dataDir, 'articles'))).toEqual([]);
    await store.close();
  });
});

describe('AtomicJsonFile', () => {
  it('keeps every one of many overlapping writes in order and leaves no temp files', async () => {
    const folder = await newFolder();
    const file = new AtomicJsonFile<{ n: number }>(join(folder, 'data.json'));
    await Promise.all(Array.from({ length: 25 }, (_, n) => file.write({ n })));
    expect(await file.read()).toEqual({ n: 24 });
    expect(await readdir(folder)).toEqual(['data.json']);
  });

  it('reads a missing file as null and a broken one as a SyntaxError naming it', async () => {
    const folder = await newFolder();
    expect(await new AtomicJsonFile(join(folder, 'none.json')).read()).toBeNull();
    await writeFile(join(folder, 'broken.json'), '{');
    await expect(new AtomicJsonFile(join(folder, 'broken.json')).read()).rejects.toThrow(/broken\.json is not valid JSON/);
  });
});

describe('closing the store', () => {
  it('waits for a save already under way, so the list on disk matches the article', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await store.write(article('article-1', 'Old headline'));
    const saving = store.modify('article-1', (current) => ({ ...current, headline: 'New headline' }));
    await store.close();
    await saving;
    const reopened = await ArticleStore.open({ dataDir });
    expect(reopened.summary('article-1')?.headline).toBe('New headline');
    await reopened.close();
  });

  it('refuses writes after close with a message, and leaves no timer writing behind the lock', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await store.close();
    expect(() => store.write(article('article-2', 'Late'))).toThrow(/closed/);
  });

  it('clears temp files a crash left behind in articles/', async () => {
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await store.write(article('article-1', 'Kept'));
    await store.close();
    await writeFile(join(dataDir, 'articles', '.article-1.json.4242.7.tmp'), '{"half":');
    const reopened = await ArticleStore.open({ dataDir });
    expect(await readdir(join(dataDir, 'articles'))).toEqual(['article-1.json']);
    await reopened.close();
  });
});
