/**
 * What the store finds in its folder on open: the article files (clearing
 * temp files a crash left behind) and whether the last session ended cleanly.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AtomicJsonFile, isLeftoverTemporary } from './atomic-json-file';

/** The ids of the article files in `articles/`. */
export async function listArticleFileIds(articlesFolder: string): Promise<string[]> {
  const names = await readdir(articlesFolder);
  // A write interrupted by a crash leaves its temp file; the article file itself is intact.
  await Promise.all(names.filter(isLeftoverTemporary).map((name) => rm(join(articlesFolder, name), { force: true })));
  return names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).map((name) => name.slice(0, -'.json'.length));
}

/** True when the last session left its marker: it did not close cleanly. */
export async function readSessionMarker(dataDir: string): Promise<boolean> {
  const marker = new AtomicJsonFile<unknown>(join(dataDir, 'session.json'));
  try {
    return (await marker.read()) !== null;
  } catch {
    return true;
  }
}

