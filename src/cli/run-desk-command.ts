/**
 * The `desk` command line: parses arguments, runs a subcommand, and turns
 * every failure into a message and an exit code (never a stack trace).
 *
 * Exit codes: 0 done, 1 bad input or failed, 2 usage, 3 data folder in use.
 */
import { parseArgs } from 'node:util';

import { resolveDataDir } from '../main/data-dir';
import { DeskError } from '../shared/errors';
import { attributeCommand } from './attribute-command';
import type { CommandContext } from './command-context';
import { defaultDataDir } from './default-data-dir';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { listCommand } from './list-command';
import { relatedCommand } from './related-command';
import { serveCommand } from './serve-command';
import { syncCommand } from './sync-command';

export const USAGE = `Usage:
  desk import FILE... [--data-dir DIR] [--dry-run] [--json]   import briefings (.txt), Markdown (.md) or HTML (.html)
  desk list [--data-dir DIR] [--json]                          list the desk's articles
  desk related ID [--data-dir DIR] [--json]                    an article's related stories and its backlinks
  desk attribute FILE [--json]                                 list a briefing's speakers and who said each quote
  desk export (ID...|--all) --format html|md|ninjs [--out DIR] [--include-embargoed] [--data-dir DIR] [--json]   export articles to files
  desk export (ID...|--all) --review [--format html|md] [--out DIR] [--data-dir DIR] [--json]   review copies with suggestions and notes
  desk serve --editors FILE [--data-dir DIR] [--host 127.0.0.1] [--port 4410] [--redis URL]   run the desk server
  desk sync --server ws://HOST:PORT --token-file FILE [--data-dir DIR] [--json]   sync the data folder with a desk server once

The data folder is --data-dir, else $NEWSDESK_DATA_DIR, else the app's own (${defaultDataDir()}).`;

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export async function runDeskCommand(argv: string[], io: CommandIo): Promise<number> {
  const usageError = (message: string): number => {
    io.stderr(`desk: ${message}\n\n${USAGE}\n`);
    return 2;
  };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  const context: CommandContext = {
    options: { json: values.json ?? false, dryRun: values['dry-run'] ?? false },
    dataDir: resolveDataDir({
      argv: values['data-dir'] ? ['--data-dir', values['data-dir']] : [],
      env: io.env,
      defaultDir: defaultDataDir(),
    }),
    print: (line) => io.stdout(`${line}\n`),
    error: (line) => io.stderr(`desk: ${line}\n`),
    usageError,
  };
  try {
    switch (command) {
      case 'import':
        return await importCommand(rest, context);
      case 'related':
        return await relatedCommand(rest, context);
      case 'attribute':
        return await attributeCommand(rest, context);
      case 'export':
        return await exportCommand(
          rest,
          {
            formats: values.format ?? [],
            out: values.out,
            all: values.all ?? false,
            review: values.review ?? false,
            includeEmbargoed: values['include-embargoed'] ?? false,
          },
          context,
        );
      case 'serve':
        return await serveCommand(
          rest,
          {
            editors: values.editors,
            host: values.host,
            port: values.port,
            redis: values.redis,
            maxMessageBytes: values['max-message-bytes'],
            maxDocumentBytes: values['max-document-bytes'],
            maxConnectionsPerEditor: values['max-connections-per-editor'],
          },
          context,
        );
      case 'sync':
        return await syncCommand(rest, { server: values.server, tokenFile: values['token-file'] }, context);
      case 'list':
        if (rest.length > 0) return usageError(`desk list takes no arguments (got ${rest.join(' ')}).`);
        return await listCommand(context);
      case undefined:
        return usageError('Name a command.');
      default:
        return usageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof DeskError) {
      context.error(error.message);
      return error.code === 'store-locked' ? 3 : 1;
    }
    context.error(`Unexpected failure: ${(error as Error).message}`);
    return 1;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      format: { type: 'string', multiple: true },
      out: { type: 'string' },
      all: { type: 'boolean' },
      review: { type: 'boolean' },
      'include-embargoed': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      editors: { type: 'string' },
      server: { type: 'string' },
      'token-file': { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      redis: { type: 'string' },
      'max-message-bytes': { type: 'string' },
      'max-document-bytes': { type: 'string' },
      'max-connections-per-editor': { type: 'string' },
    },
  });
}
