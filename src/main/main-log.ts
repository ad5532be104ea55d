/**
 * The main process's log: a rotating file beside the data folder
 * (`<data folder's parent>/logs/newsdesk-main.log`; at 1 MB it becomes
 * `newsdesk-main.old.log` and a new file starts), written with electron-log's
 * Node logger — not its Electron one, which would open an IPC channel any page
 * could write to.
 *
 * It records what happened to the app (start, crashes, failures, files
 * opened), never the article text: any string longer than a line is replaced
 * by its length before it reaches the file, so a stray payload in an error
 * cannot copy a story into the log.
 */
import { dirname, join } from 'node:path';

import electronLog from 'electron-log/node';

export const LOG_FILE_NAME = 'newsdesk-main.log';
/** A log file this large is moved aside (one old file kept) and a new one started. */
export const LOG_MAX_BYTES = 1024 * 1024;
/** Strings longer than this are not logged, only their length. */
export const LOGGED_STRING_LIMIT = 300;

export interface DeskLog {
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
}

/** The folder the log goes in for `dataDir`: `logs/` beside it. */
export function logFolderFor(dataDir: string): string {
  return join(dirname(dataDir), 'logs');
}

function redactString(text: string): string {
  return text.length > LOGGED_STRING_LIMIT ? `[${text.length} characters, not logged]` : text;
}

/** `data` as it may be logged: long strings (in errors too) replaced by their length, objects by their kind. */
export function redactLogData(data: readonly unknown[]): unknown[] {
  return data.map((item) => {
    if (typeof item === 'string') return redactString(item);
    if (item instanceof Error) {
      const safe = new Error(redactString(item.message));
      safe.name = item.name;
      safe.stack = `${item.name}: ${safe.message}\n${(item.stack ?? '').split('\n').slice(1).join('\n')}`;
      return safe;
    }
    if (item === null || typeof item !== 'object') return item;
    // Objects may hold anything a caller had at hand (a request, an article): log only what they are.
    return `[${Array.isArray(item) ? `array of ${item.length}` : (item.constructor?.name ?? 'object')}]`;
  });
}

let logCount = 0;

/** Starts logging to `folder/newsdesk-main.log` (and the console). */
export function startMainLog(folder: string): DeskLog {
  const log = electronLog.create({ logId: `newsdesk-main-${++logCount}` });
  log.transports.file.resolvePathFn = () => join(folder, LOG_FILE_NAME);
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = 'warn';
  log.hooks.push((message) => ({ ...message, data: redactLogData(message.data) }));
  return { info: (...data) => log.info(...data), warn: (...data) => log.warn(...data), error: (...data) => log.error(...data) };
}

/** Sends main's console.warn and console.error to `log` too (the console still shows them). */
export function captureConsole(log: DeskLog): void {
  console.warn = (...data: unknown[]) => log.warn(...data);
  console.error = (...data: unknown[]) => log.error(...data);
}
