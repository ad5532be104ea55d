/**
 * A file-system failure while the desk writes, said in words a person can act
 * on: the plain reason as the message ("The data folder is not writable."),
 * the errno and path only as details.
 */
import { DeskError } from '../../shared/errors';

const REASONS: Record<string, string> = {
  EACCES: 'The data folder is not writable.',
  EPERM: 'The data folder is not writable.',
  EROFS: 'The data folder is on a read-only disk.',
  ENOSPC: 'The disk is full.',
  EDQUOT: 'The disk quota is used up.',
  EIO: 'The disk reported an error.',
  ENOENT: 'The data folder (or a folder in it) is missing.',
  EMFILE: 'Too many files are open.',
  EBUSY: 'A file in the data folder is busy.',
  EISDIR: 'A folder stands where an article file should be.',
  ENOTDIR: 'A file stands where a folder of the desk should be.',
};

const ADVICE: Record<string, string> = {
  ENOSPC: 'Free some space on the disk, then press Retry.',
  EDQUOT: 'Free some space on the disk, then press Retry.',
  ENOENT: 'Restart Newsdesk so it can make the folder again, or check the disk it is on.',
  EISDIR: 'Move that folder out of the data folder, then press Retry.',
};

function errnoOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
}

/** The failure as a DeskError ('storage-failed'), or null when `error` is not a file-system error. */
export function storageFailure(error: unknown): DeskError | null {
  const errno = errnoOf(error);
  if (!errno) return null;
  const reason = REASONS[errno] ?? 'The data folder could not be written.';
  const advice = ADVICE[errno] ?? 'Check that Newsdesk may write to its data folder, then press Retry.';
  const technical = error instanceof Error ? error.message : errno;
  return new DeskError('storage-failed', reason, `${technical}. ${advice} Newsdesk keeps your edits until a save succeeds.`);
}
