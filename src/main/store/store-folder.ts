/**
 * What the store finds in its folder on open: the article files (clearing
 * temp files a crash left behind) and whether the last session ended cleanly.
 *
 * writeFileDurably's temp files (`.<name>.<pid>.<n>.tmp`) survive only a crash
 * mid-write: articles/ is swept on every open; the data folder itself
 * (`.desk.json.*.tmp`, `.dictionary.json.*.tmp`…) and revisions/ with each
 * article's revision folder after a crash (listing every revision folder is
 * not free on a large desk, and a clean session leaves no temp file there).
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

/** Removes leftover temp files from the data folder, media/, revisions/ and every revisions/<id>/ folder. */
export async function sweepLeftoverTemporaries(dataDir: string): Promise<void> {
  await removeTemporariesIn(dataDir);
  await removeTemporariesIn(join(dataDir, 'media'));
  const revisions = join(dataDir, 'revisions');
  const entries = await readdir(revisions, { withFileTypes: true }).catch(() => []);
  await removeTemporariesIn(revisions);
  for (const entry of entries) if (entry.isDirectory()) await removeTemporariesIn(join(revisions, entry.name));
}

async function removeTemporariesIn(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  // This process's own temp files (its session marker, being written as the store opens) are not leftovers.
  const own = `.${process.pid}.`;
  await Promise.all(
    names.filter((name) => isLeftoverTemporary(name) && !name.includes(own)).map((name) => rm(join(folder, name), { force: true })),
  );
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
