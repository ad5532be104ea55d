/**
 * Moves a file that failed to parse or validate into `<data>/corrupt/`, never
 * overwriting anything there, and says in words what happened and what to do.
 */
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** Moves `path` to `<dataDir>/corrupt/<name>.<timestamp>` and returns a message for the person. */
export async function quarantineFile(dataDir: string, path: string, reason: string, now: Date): Promise<string> {
  const corruptFolder = join(dataDir, 'corrupt');
  await mkdir(corruptFolder, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = join(corruptFolder, `${basename(path)}.${stamp}`);
  for (let attempt = 1; await exists(target); attempt++) {
    target = join(corruptFolder, `${basename(path)}.${stamp}.${attempt}`);
  }
  await rename(path, target);
  return `${basename(path)} could not be read (${reason}). It was moved to ${target}; the rest of the desk opened normally. Open that file to recover its text, or delete it.`;
}

/** Writes records that could not be kept (e.g. bad rows of the index) to `<dataDir>/corrupt/<label>.<timestamp>.json`; returns the path. */
export async function saveAside(dataDir: string, label: string, records: unknown, now: Date): Promise<string> {
  const corruptFolder = join(dataDir, 'corrupt');
  await mkdir(corruptFolder, { recursive: true });
  const path = join(corruptFolder, `${label}.${now.toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(path, JSON.stringify(records, null, 2), { flag: 'wx' });
  return path;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
