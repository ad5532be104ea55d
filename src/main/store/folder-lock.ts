/**
 * One process owns a data folder at a time. The lock is proper-lockfile's
 * `desk.lock` folder, refreshed while held, plus `desk.lock.owner.json`
 * beside it naming the owner's process id and host.
 *
 * A lock whose owner is gone is taken over at once: when the owner file names
 * this host and a process id that no longer runs, the previous run crashed,
 * and waiting for the lock to go stale (10 s) would only keep the person out.
 * A lock from another host (a shared folder) or a live process is refused
 * until it goes stale, as before. Should two processes race to take over the
 * same dead lock, the loser's refresh finds its lock replaced and it stops
 * writing (`onLost`), so there is still never a second writer.
 */
import lockfile from 'proper-lockfile';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { readFile, rm } from 'node:fs/promises';
import { DeskError } from '../../shared/errors';
import { writeFileDurably } from './atomic-json-file';

/** How long a lock may go unrefreshed before another process may take it over (it is refreshed at half that). */
export const STALE_AFTER_MS = 10_000;

export type ReleaseLock = () => Promise<void>;

/** Who held a lock: written beside it when taken. */
export interface LockOwner {
  pid: number;
  host: string;
  lockedAt: string;
}

export interface FolderLock {
  release: ReleaseLock;
  /** The owner whose lock was taken over because its process is gone (the last run crashed), if any. */
  tookOverFrom?: LockOwner;
}

/**
 * Takes the folder's lock or throws DeskError('store-locked') naming the folder.
 * `onLost` runs if another process takes the lock over (this one stalled past the stale limit).
 */
export async function lockDataFolder(dataDir: string, onLost: () => void = () => undefined, staleAfterMs = STALE_AFTER_MS): Promise<FolderLock> {
  const ownerPath = join(dataDir, 'desk.lock.owner.json');
  let tookOverFrom: LockOwner | undefined;
  let release: ReleaseLock;
  try {
    release = await takeLock(dataDir, onLost, staleAfterMs);
  } catch (error) {
    const owner = (error as NodeJS.ErrnoException).code === 'ELOCKED' ? await readOwner(ownerPath) : null;
    if (!owner || !isGone(owner)) throw lockedError(error, dataDir);
    await rm(join(dataDir, 'desk.lock'), { recursive: true, force: true });
    try {
      release = await takeLock(dataDir, onLost, staleAfterMs);
    } catch (retryError) {
      throw lockedError(retryError, dataDir);
    }
    tookOverFrom = owner;
  }
  const owner: LockOwner = { pid: process.pid, host: hostname(), lockedAt: new Date().toISOString() };
  await writeFileDurably(ownerPath, JSON.stringify(owner));
  return {
    tookOverFrom,
    release: async () => {
      await rm(ownerPath, { force: true });
      await release();
    },
  };
}

function takeLock(dataDir: string, onLost: () => void, staleAfterMs: number): Promise<ReleaseLock> {
  return lockfile.lock(dataDir, {
    lockfilePath: join(dataDir, 'desk.lock'),
    stale: staleAfterMs,
    retries: 0,
    realpath: false,
    // Losing the lock must not crash the app from a timer; the store stops writing instead.
    onCompromised: () => onLost(),
  });
}

function lockedError(error: unknown, dataDir: string): unknown {
  if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') return error;
  return new DeskError(
    'store-locked',
    `The data folder ${dataDir} is already open in another Newsdesk window or desk command. Close that one and try again, or use another folder with --data-dir.`,
  );
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return Number.isInteger(data.pid) && typeof data.host === 'string' ? { pid: data.pid!, host: data.host, lockedAt: String(data.lockedAt ?? '') } : null;
  } catch {
    return null;
  }
}

/** True when the owner ran on this host and its process no longer exists. */
function isGone(owner: LockOwner): boolean {
  if (owner.host !== hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
