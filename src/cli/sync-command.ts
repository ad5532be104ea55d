/**
 * `desk sync --server URL --token-file F [--data-dir DIR] [--json]`: syncs the
 * data folder with the desk server once and exits, printing what it pushed and
 * pulled. Exit codes: 0 synced, 1 some article failed, 4 the server refused the
 * token (with its reason), 5 the server cannot be reached.
 */
import { readFile } from 'node:fs/promises';

import { syncDeskFolder } from '../main/sync/desk-sync';
import { ServerUnreachable, SyncRefused } from '../main/sync/sync-errors';
import type { CommandContext } from './command-context';

export interface SyncOptions {
  server?: string;
  tokenFile?: string;
}

export async function syncCommand(rest: string[], options: SyncOptions, context: CommandContext): Promise<number> {
  if (rest.length > 0) return context.usageError(`desk sync takes no arguments (got ${rest.join(' ')}).`);
  if (!options.server || !/^wss?:\/\//.test(options.server))
    return context.usageError('desk sync needs --server ws://HOST:PORT (the desk server).');
  if (!options.tokenFile) return context.usageError('desk sync needs --token-file FILE: a file holding your desk token.');
  let token: string;
  try {
    token = (await readFile(options.tokenFile, 'utf8')).trim();
  } catch (error) {
    context.error(`Cannot read the token file ${options.tokenFile} (${(error as NodeJS.ErrnoException).code}). Check the path.`);
    return 1;
  }
  try {
    const report = await syncDeskFolder({ serverUrl: options.server, token, dataDir: context.dataDir });
    if (context.options.json) context.print(JSON.stringify(report, null, 2));
    else {
      for (const { id, headline } of report.pushed) context.print(`pushed  ${id}  ${headline || '(untitled)'}`);
      for (const { id, headline } of report.pulled) context.print(`pulled  ${id}  ${headline || '(untitled)'}`);
      for (const { id, reason } of report.failed) context.print(`failed  ${id}  ${reason}`);
      context.print(
        `${report.pushed.length} pushed, ${report.pulled.length} pulled, ${report.unchanged} unchanged, ${report.failed.length} failed (${report.server}).`,
      );
    }
    return report.failed.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof SyncRefused) {
      context.error(`${error.message}. Check the token file, or ask the desk chief for your token.`);
      return 4;
    }
    if (error instanceof ServerUnreachable) {
      context.error(error.message);
      return 5;
    }
    throw error;
  }
}
