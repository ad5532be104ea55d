/**
 * The import parser: every imported file (briefing, Markdown, HTML) is parsed
 * in the import worker thread, so a large or hostile file never freezes the
 * window, a parse that runs past IMPORT_TIME_LIMIT_MS is stopped, and a running
 * parse can be cancelled. The app's IPC handlers, the CLI and the tests all
 * use this one path. See task-worker.ts for when it falls back to parsing in-process.
 */
import { DeskError } from '../../shared/errors';
import { IMPORT_TIME_LIMIT_MS } from '../../shared/import/import-limits';
import { type TaskOptions, TaskWorker } from '../workers/task-worker';
import type { WorkerStarter } from '../workers/worker-script';
import { type ParsedImport, parseImportFile, type ParseImportRequest } from './parse-import';

export interface ImportParserOptions {
  timeLimitMs?: number;
  /** How to start the thread (tests); null parses in-process. */
  start?: WorkerStarter | null;
}

export class ImportParser {
  readonly #worker: TaskWorker<ParseImportRequest, ParsedImport>;

  constructor({ timeLimitMs = IMPORT_TIME_LIMIT_MS, start }: ImportParserOptions = {}) {
    this.#worker = new TaskWorker({
      script: 'import-worker',
      inProcess: parseImportFile,
      timeLimitMs,
      start,
      cancelledMessage: 'The import was cancelled. Nothing was imported.',
      onTimeout: ({ fileName }) =>
        new DeskError(
          'not-a-briefing',
          `${fileName ? `"${fileName}"` : 'That file'} took more than ${Math.round(timeLimitMs / 1000)} seconds to read and was stopped; nothing was imported. Split it into smaller files, or save it again from the program that made it.`,
        ),
    });
  }

  /** 'thread' normally; 'in-process' where no worker script exists (parsing then blocks and cannot be cancelled). */
  get mode(): 'thread' | 'in-process' {
    return this.#worker.mode;
  }

  /** Parses one file. Throws DeskError: not in its format, too large, too slow, or cancelled. */
  parse(request: ParseImportRequest, options?: TaskOptions): Promise<ParsedImport> {
    return this.#worker.run(request, options);
  }

  /** Stops the parse running now; true when there was one. */
  cancel(): boolean {
    return this.#worker.cancel();
  }

  close(): Promise<void> {
    return this.#worker.close();
  }
}
