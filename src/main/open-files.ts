/**
 * Files the operating system hands Newsdesk: `newsdesk story.txt`, "Open with
 * Newsdesk", a second launch with a file (its argv reaches the running app),
 * a file dropped on the Dock icon (macOS 'open-file') and File ▸ Open Recent.
 *
 * Main reads these itself — the OS gave main the path, the page never names
 * one — after checking that each is a regular file of a kind the desk imports
 * and not too large. The text then goes through the same validated import
 * handlers the page calls, so an OS-opened file is checked exactly as a dropped one.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';

import type { DeskResult, ImportResult } from '../shared/ipc/api';
import type { DeskHandlers } from './desk-handlers';

/** Extensions the desk imports: briefings (.txt), Markdown and HTML. */
export const OPENABLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** The largest file main reads for an import; the import schemas then limit the characters. */
export const MAX_OPEN_FILE_BYTES = 10 * 1024 * 1024;

/** Argument words that take the next word as their value (never a file to open). */
const OPTIONS_WITH_VALUE = new Set(['--data-dir']);

/**
 * The files named in a command line: arguments after the executable (and,
 * unpackaged, after the app folder) that end in an openable extension and are
 * not an option or an option's value. Relative paths resolve against `cwd`.
 */
export function filesInArgv(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (let index = 1; index < argv.length; index++) {
    const argument = argv[index];
    if (OPTIONS_WITH_VALUE.has(argument)) {
      index++;
      continue;
    }
    if (argument.startsWith('-')) continue;
    if ((OPENABLE_EXTENSIONS as readonly string[]).includes(extname(argument).toLowerCase())) files.push(resolve(cwd, argument));
  }
  return files;
}

export type OpenFileOutcome = { ok: true; articleId: string; warnings: string[] } | { ok: false; message: string };

/**
 * Reads `path` and imports it through `handlers` as the page at `rendererUrl`
 * would. Never throws: every failure is a message naming the file and saying what to do.
 */
export async function importOpenedFile(path: string, handlers: DeskHandlers, rendererUrl: string): Promise<OpenFileOutcome> {
  const name = basename(path);
  const extension = extname(path).toLowerCase();
  if (!(OPENABLE_EXTENSIONS as readonly string[]).includes(extension)) {
    return { ok: false, message: `"${name}" is not a file Newsdesk imports. Open a briefing (.txt), Markdown (.md) or HTML (.html) file.` };
  }
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, message: `"${path}" is not a file. Choose a briefing, Markdown or HTML file.` };
    if (info.size > MAX_OPEN_FILE_BYTES) {
      return {
        ok: false,
        message: `"${name}" is ${Math.ceil(info.size / 1024 / 1024)} MB, more than the 10 MB Newsdesk imports at once. Split it and import the parts.`,
      };
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'it does not exist (moved or deleted?)'
        : code === 'EACCES'
          ? 'Newsdesk may not read it'
          : (error as Error).message;
    return { ok: false, message: `Newsdesk could not read "${path}": ${reason}.` };
  }

  const sender = { url: rendererUrl };
  // The handlers answer these two channels with an ImportResult (shared/ipc/api.ts DeskResponses).
  const result = (
    extension === '.txt'
      ? await handlers['articles:import-briefing']({ text, fileName: name }, sender)
      : await handlers['articles:import-document']({ text, fileName: name }, sender)
  ) as DeskResult<ImportResult>;
  if (!result.ok) return { ok: false, message: result.error.message };
  return { ok: true, articleId: result.value.article.id, warnings: result.value.warnings };
}
