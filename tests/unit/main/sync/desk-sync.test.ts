/**
 * `desk sync` between two data folders through a real `desk serve`: articles
 * created offline on each side reach the other, edits travel, an article both
 * folders hold unsynced is seeded once (no duplicated paragraphs), and a bad
 * token or an absent server ends with exit 4 or 5 and the reason.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runDeskCommand } from '../../../../src/cli/run-desk-command';
import { openDesk } from '../../../../src/main/open-desk';
import { paragraphsToBody } from '../../../../src/shared/body-text';
import {
  type DeskServerProcess,
  type DeskServerSetup,
  EDITORS,
  prepareDeskServer,
  startDeskServerProcess,
} from '../../../support/desk-server-process';
import { freePort } from '../../../support/free-port';

let setup: DeskServerSetup;
let server: DeskServerProcess;
const folders: string[] = [];

beforeAll(async () => {
  setup = await prepareDeskServer();
  const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-sync-server-'));
  folders.push(dataDir);
  server = await startDeskServerProcess(setup, { dataDir });
}, 60_000);
afterAll(async () => {
  await server?.stop('SIGTERM');
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  await setup?.removeFolder();
});

async function folder(): Promise<string> {
  const made = await mkdtemp(join(tmpdir(), 'newsdesk-sync-'));
  folders.push(made);
  return made;
}

async function tokenFile(token: string): Promise<string> {
  const path = join(await folder(), 'token');
  await writeFile(path, `${token}\n`);
  return path;
}

async function desk(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runDeskCommand(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {} });
  return { code, stdout, stderr };
}

async function sync(dataDir: string, token: string, url = server.url) {
  const result = await desk('sync', '--server', url, '--token-file', await tokenFile(token), '--data-dir', dataDir, '--json');
  return { ...result, report: result.code === 0 ? JSON.parse(result.stdout) : undefined };
}

/** Runs `work` on the folder's services, then closes it (so sync can open it). */
async function withDesk<T>(dataDir: string, work: (services: Awaited<ReturnType<typeof openDesk>>['services']) => Promise<T>): Promise<T> {
  const opened = await openDesk({ dataDir });
  try {
    return await work(opened.services);
  } finally {
    await opened.close();
  }
}

const bodyTexts = (dataDir: string, id: string) =>
  withDesk(dataDir, async (services) => (await services.articles.get(id)).body.content?.map((node) => node.content?.[0]?.text ?? ''));

describe('desk sync', { timeout: 60_000 }, () => {
  it('brings the articles created offline in each of two folders to both, and an edit made in one to the other', async () => {
    const [first, second] = [await folder(), await folder()];
    const fromFirst = await withDesk(first, (services) =>
      services.articles.create({ headline: 'Harbour budget passes', body: paragraphsToBody(['Filed in the first desk.']) }),
    );
    const fromSecond = await withDesk(second, (services) =>
      services.articles.create({ headline: 'Ferry strike ends', body: paragraphsToBody(['Filed in the second desk.']) }),
    );

    const firstSync = await sync(first, EDITORS[0].token);
    expect(firstSync.code).toBe(0);
    expect(firstSync.report.pushed).toEqual([{ id: fromFirst.id, headline: 'Harbour budget passes' }]);
    const secondSync = await sync(second, EDITORS[1].token);
    expect(secondSync.report.pushed).toEqual([{ id: fromSecond.id, headline: 'Ferry strike ends' }]);
    expect(secondSync.report.pulled).toEqual([{ id: fromFirst.id, headline: 'Harbour budget passes' }]);
    const again = await sync(first, EDITORS[0].token);
    expect(again.report.pulled).toEqual([{ id: fromSecond.id, headline: 'Ferry strike ends' }]);
    expect(await bodyTexts(first, fromSecond.id)).toEqual(['Filed in the second desk.']);

    await withDesk(second, (services) =>
      services.articles.update(fromFirst.id, { body: paragraphsToBody(['Filed in the first desk.', 'Revised in the second.']) }),
    );
    expect((await sync(second, EDITORS[1].token)).report.pushed).toEqual([{ id: fromFirst.id, headline: 'Harbour budget passes' }]);
    expect((await sync(first, EDITORS[0].token)).report.pulled).toEqual([{ id: fromFirst.id, headline: 'Harbour budget passes' }]);
    expect(await bodyTexts(first, fromFirst.id)).toEqual(['Filed in the first desk.', 'Revised in the second.']);
  });

  it('seeds an article both folders hold, never synced, exactly once when both sync it at the same time', async () => {
    const [first, second] = [await folder(), await folder()];
    const article = await withDesk(first, (services) =>
      services.articles.create({ headline: 'Same story twice', body: paragraphsToBody(['One paragraph.', 'Two paragraphs.']) }),
    );
    await withDesk(second, async () => undefined);
    const secondStore = await openDesk({ dataDir: second });
    await secondStore.store.write(article);
    await secondStore.close();

    const [one, two] = await Promise.all([sync(first, EDITORS[0].token), sync(second, EDITORS[1].token)]);
    expect([one.code, two.code]).toEqual([0, 0]);
    await sync(first, EDITORS[0].token);
    await sync(second, EDITORS[1].token);
    expect(await bodyTexts(first, article.id)).toEqual(['One paragraph.', 'Two paragraphs.']);
    expect(await bodyTexts(second, article.id)).toEqual(['One paragraph.', 'Two paragraphs.']);
  });

  it('ends with exit 4 and the server’s reason when the token is refused', async () => {
    const result = await desk(
      'sync',
      '--server',
      server.url,
      '--token-file',
      await tokenFile('not-a-desk-token'),
      '--data-dir',
      await folder(),
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/refused the token: unknown-token: /);
  });

  it('ends with exit 5 when no desk server answers', async () => {
    const result = await desk(
      'sync',
      '--server',
      `ws://127.0.0.1:${await freePort()}`,
      '--token-file',
      await tokenFile(EDITORS[0].token),
      '--data-dir',
      await folder(),
    );
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/Cannot reach the desk server .*ECONNREFUSED/);
  });
});
