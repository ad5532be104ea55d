/**
 * The files Newsdesk opened lately, newest first: kept by the app in
 * userData/recent-files.json (File ▸ Open Recent) and given to the OS
 * (`app.addRecentDocument`: the Dock menu on macOS, the jump list on Windows,
 * recently-used on Linux desktops).
 */
import { readFile } from 'node:fs/promises';

import * as v from 'valibot';

import { writeFileDurably } from './store/atomic-json-file';

export const RECENT_FILES_FILE = 'recent-files.json';
export const MAX_RECENT_FILES = 10;

const RecentFilesSchema = v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(4096)));

/** The OS side of the list (Electron's app in the app; a double in tests). */
export interface RecentDocumentsPort {
  addRecentDocument(path: string): void;
  clearRecentDocuments(): void;
}

export interface RecentFiles {
  /** Newest first. */
  list(): readonly string[];
  /** Puts `path` first (once), tells the OS and saves the list. */
  add(path: string): Promise<void>;
  clear(): Promise<void>;
}

/**
 * Loads the list from `path` (an unreadable file is an empty list). Writes
 * run one after another; a failed write goes to `onError` and the list in
 * memory stays right.
 */
export async function openRecentFiles(path: string, os: RecentDocumentsPort, onError: (error: unknown) => void): Promise<RecentFiles> {
  let files: string[] = [];
  try {
    const parsed = v.safeParse(RecentFilesSchema, JSON.parse(await readFile(path, 'utf8')));
    if (parsed.success) files = parsed.output.slice(0, MAX_RECENT_FILES);
  } catch {
    // No list yet, or one we cannot read: start a new one.
  }
  let writing: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => {
    const snapshot = [...files];
    writing = writing.then(() => writeFileDurably(path, `${JSON.stringify(snapshot, null, 2)}\n`)).catch(onError);
    return writing;
  };
  return {
    list: () => files,
    async add(file) {
      files = [file, ...files.filter((each) => each !== file)].slice(0, MAX_RECENT_FILES);
      os.addRecentDocument(file);
      await save();
    },
    async clear() {
      files = [];
      os.clearRecentDocuments();
      await save();
    },
  };
}
