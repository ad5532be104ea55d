/**
 * One process owns a data folder at a time. The lock is a `desk.lock` entry
 * refreshed while held, so a crashed owner's lock goes stale and is taken over.
 */
import lockfile from 'proper-lockfile';
import { join } from 'node:path';
import { DeskError } from '../../shared/errors';

/** How long a lock may go unrefreshed before another process may take it over. */
const STALE_AFTER_MS = 10_000;

export type ReleaseLock = () => Promise<void>;

/** Takes the folder's lock or throws DeskError('store-locked') naming the folder. */
/** `onLost` runs if another process takes the lock over (this one stalled past the stale limit). */
export async function lockDataFolder(dataDir: string, onLost: () => void = () => undefined): Promise<ReleaseLock> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, 'desk.lock'),
      stale: STALE_AFTER_MS,
      retries: 0,
      realpath: false,
      // Losing the lock must not crash the app from a timer; the store stops writing instead.
      onCompromised: () => onLost(),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DeskError(
        'store-locked',
        `The data folder ${dataDir} is already open in another Newsdesk window or desk command. Close that one and try again, or use another folder with --data-dir.`,
      );
    }
    throw error;
  }
}
