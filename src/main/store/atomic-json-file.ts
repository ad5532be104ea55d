/**
 * A lowdb adapter that never leaves a half-written file and never drops a write.
 *
 * Each write goes to a temp file in the same folder, is fsynced, renamed over
 * the target, and the folder is fsynced so the rename itself survives a power
 * cut. Writes to one file run one after another in call order (lowdb's own
 * steno writer skips overlapping writes and never fsyncs).
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import type { Adapter } from 'lowdb';

let temporaryCounter = 0;

/** Writes `text` (or bytes) to `path` durably: temp file, fsync, rename, fsync the folder. */
export async function writeFileDurably(path: string, text: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${++temporaryCounter}.tmp`);
  const file = await open(temporary, 'w');
  try {
    await (typeof text === 'string' ? file.writeFile(text, 'utf8') : file.writeFile(text));
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** True for the temp files writeFileDurably leaves only when the process died mid-write. */
export function isLeftoverTemporary(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/** fsyncs a folder so renames and unlinks in it are durable. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The adapter. `read` returns null when the file does not exist and throws
 * SyntaxError (with the path in its message) when it is not JSON; validating
 * the shape is the caller's job.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  readonly path: string;
  #queue: Promise<void> = Promise.resolve();

  constructor(path: string) {
    this.path = path;
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new SyntaxError(`${this.path} is not valid JSON (${(error as Error).message})`, { cause: error });
    }
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    const written = this.#queue.then(() => writeFileDurably(this.path, text));
    // The queue continues after a failed write; the caller still sees the failure.
    this.#queue = written.catch(() => undefined);
    return written;
  }
}
