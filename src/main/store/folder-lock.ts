/**
 * One process owns a data folder at a time. The lock is proper-lockfile's
 * `desk.lock` folder, refreshed while held. Before taking it, a process writes
 * `desk.lock.owner.<host>.<pid>.<random>.json` (its host and process id), and removes
 * that file once it no longer holds or wants the lock. So whoever holds the
 * lock has an owner file, even if it was killed the instant after taking it.
 *
 * A lock whose owners are gone is taken over at once: when every owner file
 * beside a held lock names this host and a process that no longer runs, the
 * previous run crashed, and waiting for the lock to go stale (10 s) would only
 * keep the person out. A lock with a live owner, an owner on another host (a
 * shared folder) or no owner file at all is refused until it goes stale, as
 * before. Should two processes race to take over the same dead lock, the
 * loser's refresh finds its lock replaced and it stops writing (`onLost`).
 */
import { randomUUID } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

import lockfile from 'proper-lockfile';

import { DeskError } from '../../shared/errors';
import { writeFileDurably } from './atomic-json-file';

/** How long a lock may go unrefreshed before another process may take it over (it is refreshed at half that). */
export const STALE_AFTER_MS = 10_000;

const OWNER_FILE = /^desk\.lock\.owner\..+\.json$/;

export type ReleaseLock = () => Promise<void>;

/** Who holds, or is taking, a lock. */
export interface LockOwner {
  pid: number;
  host: string;
  lockedAt: string;
}

export interface FolderLock {
  release: ReleaseLock;
  /** The owners whose lock was taken over because their processes are gone (the last run crashed); empty otherwise. */
  tookOverFrom: LockOwner[];
}

/** An owner file's name: host, pid and a random part, so no two opens (even in one process) write the same file. */
export function ownerFileName(owner: Pick<LockOwner, 'host' | 'pid'>): string {
  return `desk.lock.owner.${owner.host.replace(/[^A-Za-z0-9_-]/g, '_')}.${owner.pid}.${randomUUID().slice(0, 8)}.json`;
}

/**
 * Takes the folder's lock or throws DeskError('store-locked') naming the folder.
 * `onLost` runs if another process takes the lock over (this one stalled past the stale limit).
 */
export async function lockDataFolder(
  dataDir: string,
  onLost: () => void = () => undefined,
  staleAfterMs = STALE_AFTER_MS,
): Promise<FolderLock> {
  const me: LockOwner = { pid: process.pid, host: hostname(), lockedAt: new Date().toISOString() };
  const mine = join(dataDir, ownerFileName(me));
  await writeFileDurably(mine, JSON.stringify(me));
  let release: ReleaseLock;
  let tookOverFrom: LockOwner[] = [];
  try {
    release = await takeLock(dataDir, onLost, staleAfterMs);
  } catch (error) {
    const owners = (error as NodeJS.ErrnoException).code === 'ELOCKED' ? await readOwners(dataDir, mine) : [];
    if (owners.length === 0 || !owners.every(({ owner }) => isGone(owner))) {
      await rm(mine, { force: true });
      throw lockedError(error, dataDir);
    }
    await rm(join(dataDir, 'desk.lock'), { recursive: true, force: true });
    try {
      release = await takeLock(dataDir, onLost, staleAfterMs);
    } catch (retryError) {
      await rm(mine, { force: true });
      throw lockedError(retryError, dataDir);
    }
    tookOverFrom = owners.map(({ owner }) => owner);
  }
  // Owner files of processes that are gone (killed before or after they held the lock) are cleared now.
  for (const { owner, path } of await readOwners(dataDir, mine)) if (isGone(owner)) await rm(path, { force: true });
  return {
    tookOverFrom,
    release: async () => {
      await release();
      await rm(mine, { force: true });
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

/** Every owner file beside the lock but `except`; an unreadable one counts as a live owner on another host. */
async function readOwners(dataDir: string, except: string): Promise<{ owner: LockOwner; path: string }[]> {
  const names = (await readdir(dataDir)).filter((name) => OWNER_FILE.test(name) && join(dataDir, name) !== except);
  return Promise.all(
    names.map(async (name) => {
      const path = join(dataDir, name);
      try {
        const data = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
        if (Number.isInteger(data.pid) && typeof data.host === 'string')
          return { owner: { pid: data.pid!, host: data.host, lockedAt: String(data.lockedAt ?? '') }, path };
      } catch {
        // Fall through: an owner nobody can read is never assumed gone.
      }
      return { owner: { pid: -1, host: '', lockedAt: '' }, path };
    }),
  );
}

/** True when the owner ran on this host and its process no longer exists. */
function isGone(owner: LockOwner): boolean {
  if (owner.host !== hostname() || owner.pid <= 0 || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
