/**
 * The recovery journal: edits that could not be saved, kept beside the store
 * until a save of that article succeeds (`<data>/recovery/<id>.json`).
 *
 * Contract: `keep` replaces the article's entry with the newest unsaved
 * fields (the renderer always resends every unsaved field) and resolves false
 * when even the journal cannot be written (the edits then live only in the
 * window's memory); `read` gives back an entry that parses and validates, or
 * null; `clear` forgets it. The journal never touches the article files.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import * as v from 'valibot';

import { type ArticleFields, ArticleFieldsSchema } from '../../shared/article';
import { writeFileDurably } from './atomic-json-file';

export const RecoveredEditSchema = v.object({
  articleId: v.string(),
  /** When the failed save was tried (ISO 8601). */
  keptAt: v.string(),
  fields: ArticleFieldsSchema,
});
export type RecoveredEdit = v.InferOutput<typeof RecoveredEditSchema>;

export class RecoveryJournal {
  readonly folder: string;
  /** Ids with an entry on disk, so a successful save costs nothing when there is none. */
  #present: Promise<Set<string>> | null = null;

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'recovery');
  }

  async keep(articleId: string, fields: ArticleFields, keptAt: Date): Promise<boolean> {
    const entry: RecoveredEdit = { articleId, keptAt: keptAt.toISOString(), fields };
    try {
      await mkdir(this.folder, { recursive: true });
      await writeFileDurably(this.#pathOf(articleId), `${JSON.stringify(entry)}\n`);
      (await this.#ids()).add(articleId);
      return true;
    } catch {
      return false;
    }
  }

  async read(articleId: string): Promise<RecoveredEdit | null> {
    if (!(await this.#ids()).has(articleId)) return null;
    try {
      const parsed = v.safeParse(RecoveredEditSchema, JSON.parse(await readFile(this.#pathOf(articleId), 'utf8')));
      return parsed.success && parsed.output.articleId === articleId ? parsed.output : null;
    } catch {
      return null;
    }
  }

  async clear(articleId: string): Promise<void> {
    const ids = await this.#ids();
    if (!ids.has(articleId)) return;
    ids.delete(articleId);
    await rm(this.#pathOf(articleId), { force: true });
  }

  #pathOf(articleId: string): string {
    return join(this.folder, `${articleId}.json`);
  }

  #ids(): Promise<Set<string>> {
    this.#present ??= readdir(this.folder).then(
      (names) =>
        new Set(names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).map((name) => name.slice(0, -'.json'.length))),
      () => new Set<string>(),
    );
    return this.#present;
  }
}
