/**
 * First-run content: a new, empty data folder is filled with the briefings in
 * the app's `data/` folder, read by the same parser as any import (in this
 * thread: they are the app's own small files, see importSeedBriefing).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { BriefingImportService } from './briefing-import';

/** Imports every `.txt` briefing in `seedDir`, in file-name order. Returns how many were imported. */
export async function seedFromFolder(seedDir: string, importer: BriefingImportService): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(seedDir)).filter((name) => name.endsWith('.txt')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  for (const name of names) {
    await importer.importSeedBriefing({ text: await readFile(join(seedDir, name), 'utf8'), fileName: name });
  }
  return names.length;
}
