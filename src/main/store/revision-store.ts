/**
 * Where revisions live:
 *
 *     <data>/revisions/<articleId>.json               the list: one summary per revision, oldest first
 *     <data>/revisions/<articleId>/<revisionId>.json  each revision's snapshot
 *
 * The list stays small however long the article, so the revisions panel opens
 * without reading 200 copies of a 10,000-word body; a diff reads just two.
 * Every file is written durably and validated when read; a file that fails is
 * moved to corrupt/ and the rest still opens.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import * as v from 'valibot';

import { DeskError } from '../../shared/errors';
import { type RevisionSnapshot, RevisionSnapshotSchema, type RevisionSummary, RevisionSummarySchema } from '../../shared/revision';
import { describeIssues } from '../../shared/validation-issues';
import type { Clock } from '../ports';
import { AtomicJsonFile } from './atomic-json-file';
import { KeyedQueue } from './keyed-queue';
import { quarantineFile } from './quarantine';

const RevisionListSchema = v.object({ articleId: v.string(), revisions: v.array(RevisionSummarySchema) });
type RevisionList = v.InferOutput<typeof RevisionListSchema>;

export class RevisionStore {
  readonly #folder: string;
  readonly #dataDir: string;
  readonly #clock: Clock;
  readonly #warnings: string[];
  /** Lists already read, by article id: appends keep them current. */
  readonly #lists = new Map<string, RevisionList>();
  readonly #queue = new KeyedQueue();

  /** `warnings` is the store's list of messages for the person (quarantined files). */
  constructor(dataDir: string, clock: Clock, warnings: string[]) {
    this.#dataDir = dataDir;
    this.#folder = join(dataDir, 'revisions');
    this.#clock = clock;
    this.#warnings = warnings;
  }

  /** The article's revisions, oldest first. */
  async list(articleId: string): Promise<RevisionSummary[]> {
    return [...(await this.#readList(articleId)).revisions];
  }

  /** One revision's snapshot. Throws DeskError('not-found') when it is missing or unreadable. */
  async snapshot(articleId: string, revisionId: string): Promise<RevisionSnapshot> {
    const file = new AtomicJsonFile<unknown>(join(this.#folder, articleId, `${revisionId}.json`));
    const data = await this.#readValid(file, RevisionSnapshotSchema, 'a revision');
    if (!data)
      throw new DeskError(
        'not-found',
        `That revision is no longer in the desk (it may have been unreadable and moved to corrupt/). Pick another revision.`,
      );
    return data;
  }

  /** Writes a snapshot, then adds its summary to the list. */
  append(articleId: string, summary: RevisionSummary, snapshot: RevisionSnapshot): Promise<void> {
    // One article's appends run in order, so its list file is never replaced by an older version.
    return this.#queue.run(articleId, () => this.#append(articleId, summary, snapshot));
  }

  async #append(articleId: string, summary: RevisionSummary, snapshot: RevisionSnapshot): Promise<void> {
    await mkdir(join(this.#folder, articleId), { recursive: true });
    await new AtomicJsonFile<RevisionSnapshot>(join(this.#folder, articleId, `${summary.id}.json`)).write(
      v.parse(RevisionSnapshotSchema, snapshot),
    );
    const list = await this.#readList(articleId);
    list.revisions.push(v.parse(RevisionSummarySchema, summary));
    await new AtomicJsonFile<RevisionList>(join(this.#folder, `${articleId}.json`)).write(list);
  }

  async #readList(articleId: string): Promise<RevisionList> {
    const cached = this.#lists.get(articleId);
    if (cached) return cached;
    const file = new AtomicJsonFile<unknown>(join(this.#folder, `${articleId}.json`));
    const list = (await this.#readValid(file, RevisionListSchema, 'a revisions list')) ?? { articleId, revisions: [] };
    this.#lists.set(articleId, list);
    return list;
  }

  async #readValid<T>(file: AtomicJsonFile<unknown>, schema: v.GenericSchema<unknown, T>, what: string): Promise<T | null> {
    let data: unknown;
    try {
      data = await file.read();
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      this.#warnings.push(await quarantineFile(this.#dataDir, file.path, 'it is not valid JSON', this.#clock.now()));
      return null;
    }
    if (data === null) return null;
    const result = v.safeParse(schema, data);
    if (result.success) return result.output;
    this.#warnings.push(
      await quarantineFile(this.#dataDir, file.path, `it is not ${what}: ${describeIssues(result.issues)}`, this.#clock.now()),
    );
    return null;
  }
}
