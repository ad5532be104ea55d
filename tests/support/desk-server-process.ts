/**
 * A real `desk serve` for tests: the CLI run by tsx as a child process on
 * 127.0.0.1, with a temp data folder and an editors file of known tokens.
 * Stopped by its pid (SIGTERM to stop cleanly, SIGKILL to crash it).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { startWatchedProcess, type WatchedProcess } from './child-process-lines';
import { freePort } from './free-port';

export const EDITORS = [
  { name: 'Desk editor one', token: 'token-of-editor-one' },
  { name: 'Desk editor two', token: 'token-of-editor-two' },
] as const;

export interface DeskServerProcess extends WatchedProcess {
  url: string;
  port: number;
  dataDir: string;
}

export interface DeskServerSetup {
  /** A temp folder holding the editors file; remove with `removeFolder`. */
  folder: string;
  editorsFile: string;
  removeFolder(): Promise<void>;
}

/** Makes a temp folder with an editors file naming EDITORS. */
export async function prepareDeskServer(): Promise<DeskServerSetup> {
  const folder = await mkdtemp(join(tmpdir(), 'newsdesk-server-'));
  const editorsFile = join(folder, 'editors.json');
  const editors = EDITORS.map(({ name, token }) => ({ name, tokenSha256: createHash('sha256').update(token).digest('hex') }));
  await writeFile(editorsFile, JSON.stringify(editors));
  return { folder, editorsFile, removeFolder: () => rm(folder, { recursive: true, force: true }) };
}

/** Starts `desk serve` and resolves once it listens. `port` defaults to a free one; `args` adds flags. */
export async function startDeskServerProcess(
  setup: DeskServerSetup,
  options: { dataDir: string; port?: number; args?: string[] },
): Promise<DeskServerProcess> {
  const port = options.port ?? (await freePort());
  const cli = resolve('src/cli/index.ts');
  const args = [
    '--import',
    'tsx',
    cli,
    'serve',
    '--data-dir',
    options.dataDir,
    '--editors',
    setup.editorsFile,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    ...(options.args ?? []),
  ];
  const watched = startWatchedProcess(process.execPath, args, { env: { ...process.env, NODE_ENV: 'production' } });
  await watched.waitForLine(/desk server listening on ws:\/\//);
  return { ...watched, url: `ws://127.0.0.1:${port}`, port, dataDir: options.dataDir };
}
