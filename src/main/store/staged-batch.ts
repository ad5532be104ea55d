/**
 * Writing several articles as one step that a crash cannot split (`desk import`
 * of many files, an import that also adds speakers):
 *
 *     <data>/staging/<batch>/<id>.json     1. each article, written durably
 *     <data>/staging/<batch>.commit.json   2. the commit record: ids + new speakers (the commit point)
 *     <data>/articles/<id>.json            3. each staged file renamed into place
 *                                           4. the index updated and flushed; record and folder removed
 *
 * A crash before the commit record is durable leaves only a staging folder,
 * which the next open deletes: nothing of the batch is in the desk. A crash
 * after it is rolled forward by the next open: the remaining staged files are
 * moved in and the record's speakers added to the registry, so every article
 * of the batch is in the desk. Either all or none; never a part.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

import * as v from 'valibot';

import { type Article, ArticleIdSchema } from '../../shared/article';
import { type Speaker, SpeakerSchema } from '../../shared/speaker';
import { AtomicJsonFile, syncFolder, writeFileDurably } from './atomic-json-file';

const STAGING = 'staging';
const COMMIT_SUFFIX = '.commit.json';

const CommitRecordSchema = v.object({ articleIds: v.array(ArticleIdSchema), speakers: v.array(SpeakerSchema) });
type CommitRecord = v.InferOutput<typeof CommitRecordSchema>;

/**
 * Stages `articles`, commits, moves them into articles/, then runs `updateIndex`
 * (which must make the index and the speakers durable) before clearing the record.
 */
export async function commitStagedBatch(
  dataDir: string,
  articles: readonly Article[],
  speakers: readonly Speaker[],
  updateIndex: () => Promise<void>,
): Promise<void> {
  const staging = join(dataDir, STAGING);
  const batch = randomUUID();
  const folder = join(staging, batch);
  await mkdir(folder, { recursive: true });
  for (const article of articles) await writeFileDurably(join(folder, `${article.id}.json`), JSON.stringify(article));
  const record: CommitRecord = { articleIds: articles.map((article) => article.id), speakers: [...speakers] };
  await writeFileDurably(join(staging, `${batch}${COMMIT_SUFFIX}`), JSON.stringify(record));
  await moveStaged(dataDir, folder, record.articleIds);
  await updateIndex();
  await clear(staging, batch);
}

/**
 * Run on open, before the article files are listed: rolls committed batches
 * forward and deletes uncommitted ones. Returns the speakers the committed
 * batches add (the caller puts them in the registry and flushes).
 */
export async function recoverStagedBatches(dataDir: string): Promise<Speaker[]> {
  const staging = join(dataDir, STAGING);
  let names: string[];
  try {
    names = await readdir(staging);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const speakers: Speaker[] = [];
  const committed = new Set(names.filter((name) => name.endsWith(COMMIT_SUFFIX)).map((name) => name.slice(0, -COMMIT_SUFFIX.length)));
  for (const batch of committed) {
    const record = await readRecord(join(staging, `${batch}${COMMIT_SUFFIX}`));
    if (record) {
      await moveStaged(dataDir, join(staging, batch), record.articleIds);
      speakers.push(...record.speakers);
    }
  }
  // Uncommitted batches (and the leftovers of cleared ones) go: their articles were never acknowledged.
  await rm(staging, { recursive: true, force: true });
  return speakers;
}

async function readRecord(path: string): Promise<CommitRecord | null> {
  try {
    const result = v.safeParse(CommitRecordSchema, await new AtomicJsonFile<unknown>(path).read());
    return result.success ? result.output : null;
  } catch {
    // A record is written durably before it counts; one that cannot be read never committed.
    return null;
  }
}

/** Renames each staged file still in `folder` into articles/ (those already moved are skipped), then fsyncs. */
async function moveStaged(dataDir: string, folder: string, ids: readonly string[]): Promise<void> {
  const articles = join(dataDir, 'articles');
  let present: Set<string>;
  try {
    present = new Set(await readdir(folder));
  } catch {
    return;
  }
  for (const id of ids) {
    if (present.has(`${id}.json`)) await rename(join(folder, `${id}.json`), join(articles, `${id}.json`));
  }
  await syncFolder(articles);
}

async function clear(staging: string, batch: string): Promise<void> {
  await rm(join(staging, `${batch}${COMMIT_SUFFIX}`), { force: true });
  await rm(join(staging, batch), { recursive: true, force: true });
  await syncFolder(staging);
}
