/**
 * `desk serve --data-dir DIR --editors FILE [--host 127.0.0.1] [--port 4410] [--redis URL]`:
 * runs the desk server until SIGINT or SIGTERM, then stores every open
 * document and releases the data folder. Limits:
 * [--max-message-bytes N] [--max-document-bytes N] [--max-connections-per-editor N].
 */
import { readFile } from 'node:fs/promises';

import { startDeskServer } from '../server/desk-server';
import { parseEditorsFile } from '../shared/sync/editors-file';
import type { CommandContext } from './command-context';

export interface ServeOptions {
  editors?: string;
  host?: string;
  port?: string;
  redis?: string;
  maxMessageBytes?: string;
  maxDocumentBytes?: string;
  maxConnectionsPerEditor?: string;
}

/** Resolves once the server has stopped (after a signal); `signals` is the process in production. */
export async function serveCommand(
  rest: string[],
  options: ServeOptions,
  context: CommandContext,
  signals: NodeJS.EventEmitter = process,
): Promise<number> {
  if (rest.length > 0) return context.usageError(`desk serve takes no arguments (got ${rest.join(' ')}).`);
  if (!options.editors) return context.usageError('desk serve needs --editors FILE: a JSON list of {"name", "tokenSha256"}.');
  const numbers: Record<string, number | undefined> = {};
  for (const [flag, text] of Object.entries({
    port: options.port,
    maxMessageBytes: options.maxMessageBytes,
    maxDocumentBytes: options.maxDocumentBytes,
    maxConnectionsPerEditor: options.maxConnectionsPerEditor,
  })) {
    if (text === undefined) continue;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) return context.usageError(`--${kebab(flag)} takes a whole number (got ${text}).`);
    numbers[flag] = value;
  }
  let editorsText: string;
  try {
    editorsText = await readFile(options.editors, 'utf8');
  } catch (error) {
    context.error(`Cannot read the editors file ${options.editors} (${(error as NodeJS.ErrnoException).code}). Check the path.`);
    return 1;
  }
  let editors;
  try {
    editors = parseEditorsFile(editorsText);
  } catch (error) {
    context.error(`${options.editors}: ${(error as Error).message}`);
    return 1;
  }
  const limits = Object.fromEntries(Object.entries(numbers).filter(([key, value]) => key !== 'port' && value !== undefined));
  const server = await startDeskServer({
    dataDir: context.dataDir,
    editors,
    host: options.host ?? '127.0.0.1',
    port: numbers.port ?? 4410,
    redisUrl: options.redis,
    limits,
    log: context.print,
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    signals.once('SIGINT', stop);
    signals.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
