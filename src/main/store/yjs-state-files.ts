/**
 * The Yjs state of each article, beside the article files:
 *
 *     <data>/yjs/<id>.bin   a snapshot: the whole state as one Yjs update
 *     <data>/yjs/<id>.log   updates received since, each [4-byte length][update], fsynced before `append` resolves
 *
 * So an update is durable before anyone acknowledges it, and a crash loses
 * nothing that was acknowledged: loading gives the snapshot and every whole
 * record of the log (a torn last record, from a crash mid-append, is dropped —
 * it was never acknowledged). Yjs updates are idempotent, so replaying a log
 * whose updates are already in the snapshot is harmless.
 *
 * Appends and compactions of one article run one after another; appends that
 * arrive while a write is in flight are gathered into the next write (one fsync
 * for all of them).
 */
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

import * as Y from 'yjs';

import { syncFolder } from './atomic-json-file';
import { KeyedQueue } from './keyed-queue';

interface PendingAppend {
  records: Buffer[];
  done: Promise<void>;
}

let temporaryCounter = 0;

export class YjsStateFiles {
  readonly folder: string;
  readonly #queue = new KeyedQueue();
  readonly #pending = new Map<string, PendingAppend>();
  #folderReady: Promise<void> | undefined;

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'yjs');
  }

  /** Ids of every article with Yjs state in the folder. */
  async ids(): Promise<string[]> {
    const names = await readdir(this.folder).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? [] : Promise.reject(error),
    );
    const ids = names.filter((name) => /\.(bin|log)$/.test(name) && !name.startsWith('.')).map((name) => name.replace(/\.(bin|log)$/, ''));
    return [...new Set(ids)];
  }

  /** The stored updates of an article (snapshot first, then the log), empty when it has none. */
  load(id: string): Promise<Uint8Array[]> {
    return this.#queue.run(id, async () => {
      const snapshot = await readOptional(this.#path(id, 'bin'));
      const log = await readOptional(this.#path(id, 'log'));
      return [...(snapshot ? [new Uint8Array(snapshot)] : []), ...(log ? logRecords(log) : [])];
    });
  }

  /** Appends one update to the article's log; resolves once it is on disk. */
  append(id: string, update: Uint8Array): Promise<void> {
    const record = Buffer.alloc(4 + update.length);
    record.writeUInt32BE(update.length, 0);
    record.set(update, 4);
    const pending = this.#pending.get(id);
    if (pending) {
      pending.records.push(record);
      return pending.done;
    }
    const batch: PendingAppend = { records: [record], done: Promise.resolve() };
    this.#pending.set(id, batch);
    batch.done = this.#queue.run(id, async () => {
      this.#pending.delete(id);
      await this.#ensureFolder();
      const path = this.#path(id, 'log');
      const handle = await open(path, 'a');
      try {
        const created = (await handle.stat()).size === 0;
        await handle.writeFile(Buffer.concat(batch.records));
        await handle.datasync();
        if (created) await syncFolder(this.folder);
      } finally {
        await handle.close();
      }
    });
    return batch.done;
  }

  /**
   * Writes `state` (the document's whole state) merged with the log as the new
   * snapshot, durably, then empties the log. Updates appended meanwhile wait and
   * land in the fresh log.
   */
  compact(id: string, state: Uint8Array): Promise<void> {
    return this.#queue.run(id, async () => {
      await this.#ensureFolder();
      const log = await readOptional(this.#path(id, 'log'));
      const merged = new Y.Doc({ gc: false });
      Y.applyUpdate(merged, state);
      for (const update of log ? logRecords(log) : []) Y.applyUpdate(merged, update);
      await writeBinaryDurably(this.#path(id, 'bin'), Y.encodeStateAsUpdate(merged));
      merged.destroy();
      if (log) {
        await rm(this.#path(id, 'log'), { force: true });
        await syncFolder(this.folder);
      }
    });
  }

  /** Resolves once every append and compaction queued so far has finished. */
  idle(): Promise<void> {
    return this.#queue.idle();
  }

  #path(id: string, extension: 'bin' | 'log'): string {
    return join(this.folder, `${id}.${extension}`);
  }

  #ensureFolder(): Promise<void> {
    this.#folderReady ??= mkdir(this.folder, { recursive: true }).then(() => undefined);
    return this.#folderReady;
  }
}

/** The whole records of a log; a torn last record is left out. */
export function logRecords(log: Buffer): Uint8Array[] {
  const records: Uint8Array[] = [];
  let offset = 0;
  while (offset + 4 <= log.length) {
    const length = log.readUInt32BE(offset);
    if (offset + 4 + length > log.length) break;
    records.push(new Uint8Array(log.subarray(offset + 4, offset + 4 + length)));
    offset += 4 + length;
  }
  return records;
}

async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function writeBinaryDurably(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${++temporaryCounter}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
  await syncFolder(join(path, '..'));
}
