/**
 * The real desk server (`desk serve` as a child process on 127.0.0.1) with real
 * HocuspocusProvider clients: editing converges, every refusal names its
 * reason and leaves the server up for the others, a SIGKILL loses nothing
 * that was acknowledged.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

import { ArticleStore } from '../../../src/main/store/article-store';
import { readArticleContent, writeArticleContent } from '../../../src/shared/sync/article-doc';
import { connectDeskClient, type DeskClient } from '../../support/desk-client';
import {
  type DeskServerProcess,
  type DeskServerSetup,
  EDITORS,
  prepareDeskServer,
  startDeskServerProcess,
} from '../../support/desk-server-process';
import { articleContent, newArticleId, paragraphs, paragraphText } from '../../support/sync-articles';

const [ONE, TWO] = EDITORS;
let setup: DeskServerSetup;
const started: { clients: DeskClient[]; servers: DeskServerProcess[]; folders: string[] } = { clients: [], servers: [], folders: [] };

beforeAll(async () => {
  setup = await prepareDeskServer();
});
afterAll(() => setup.removeFolder());
afterEach(async () => {
  started.clients.splice(0).forEach((client) => client.destroy());
  await Promise.all(started.servers.splice(0).map((server) => server.stop('SIGKILL')));
  await Promise.all(started.folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function server(options: { dataDir?: string; port?: number; args?: string[] } = {}): Promise<DeskServerProcess> {
  const dataDir = options.dataDir ?? (await folder());
  const running = await startDeskServerProcess(setup, { ...options, dataDir });
  started.servers.push(running);
  return running;
}

async function folder(): Promise<string> {
  const made = await mkdtemp(join(tmpdir(), 'newsdesk-served-'));
  started.folders.push(made);
  return made;
}

function client(url: string, token: string | null, article: string): DeskClient {
  const made = connectDeskClient(url, token, article);
  started.clients.push(made);
  return made;
}

describe('desk serve', { timeout: 60_000 }, () => {
  it('lets two editors edit one article and both end with the same text, each edit kept', async () => {
    const desk = await server();
    const article = newArticleId();
    const first = client(desk.url, ONE.token, article);
    await first.synced;
    writeArticleContent(first.doc, articleContent(['The council met on Monday.', 'The vote was close.']));
    const second = client(desk.url, TWO.token, article);
    await second.synced;
    await second.until((doc) => paragraphs(doc).length === 2);

    paragraphText(first.doc, 0).insert(0, 'ELDMOOR — ');
    paragraphText(second.doc, 1).insert('The vote was close'.length, ', seven to six');
    const expected = ['ELDMOOR — The council met on Monday.', 'The vote was close, seven to six.'];
    await Promise.all([
      first.until((doc) => paragraphs(doc).join('|') === expected.join('|')),
      second.until((doc) => paragraphs(doc).join('|') === expected.join('|')),
    ]);
    expect(readArticleContent(first.doc)).toEqual(readArticleContent(second.doc));
    await desk.waitForLine(new RegExp(`connect "${ONE.name}" article ${article}`));
    await desk.waitForLine(new RegExp(`connect "${TWO.name}" article ${article}`));
  });

  it('stores the article JSON in its own data folder when it stops', async () => {
    const desk = await server();
    const article = newArticleId();
    const editor = client(desk.url, ONE.token, article);
    await editor.synced;
    writeArticleContent(editor.doc, articleContent(['Stored by the desk server.'], 'Harbour budget passes'));
    await editor.acknowledged();
    editor.destroy();
    await desk.stop('SIGTERM');
    const store = await ArticleStore.open({ dataDir: desk.dataDir });
    try {
      const stored = await store.read(article);
      expect(stored.headline).toBe('Harbour budget passes');
      expect(stored.wordCount).toBe(5);
    } finally {
      await store.close();
    }
    expect(desk.lines.some((line) => line.includes(`store article ${article} last changed by "${ONE.name}"`))).toBe(true);
  });

  it('refuses a bad token, a missing token and a document that is not an article, each with its reason, and keeps serving', async () => {
    const desk = await server();
    const article = newArticleId();
    const steady = client(desk.url, ONE.token, article);
    await steady.synced;
    expect(await client(desk.url, 'not-a-token-of-this-desk', article).refused).toMatch(/^unknown-token: /);
    expect(await client(desk.url, null, article).refused).toMatch(/^missing-token: /);
    expect(await client(desk.url, ONE.token, '../desk.json').refused).toMatch(/^not-an-article: /);
    expect(await client(desk.url, ONE.token, 'desk').refused).toMatch(/^not-an-article: /);
    await desk.waitForLine(/refuse unknown editor article .*unknown-token/);
    await desk.waitForLine(/refuse "Desk editor one" article "desk": not-an-article/);

    writeArticleContent(steady.doc, articleContent(['Still here.']));
    await steady.acknowledged();
    const later = client(desk.url, TWO.token, article);
    await later.until((doc) => paragraphs(doc)[0] === 'Still here.');
  });

  it('refuses an editor their connection past the limit, naming it', async () => {
    const desk = await server({ args: ['--max-connections-per-editor', '2'] });
    await Promise.all([client(desk.url, ONE.token, newArticleId()).synced, client(desk.url, ONE.token, newArticleId()).synced]);
    expect(await client(desk.url, ONE.token, newArticleId()).refused).toMatch(/^too-many-connections: Desk editor one already has 2 open/);
    await client(desk.url, TWO.token, newArticleId()).synced;
  });

  it('closes the socket of an oversized message and of random bytes, and only that socket', async () => {
    const desk = await server({ args: ['--max-message-bytes', '65536', '--max-document-bytes', '200000'] });
    const article = newArticleId();
    const steady = client(desk.url, ONE.token, article);
    await steady.synced;

    const rawClose = (payload: Buffer) =>
      new Promise<string>((resolve, reject) => {
        const socket = new WebSocket(desk.url);
        socket.on('open', () => socket.send(payload));
        socket.on('close', (code, reason) => resolve(`${code} ${reason.toString()}`));
        socket.on('error', reject);
      });
    expect(await rawClose(Buffer.alloc(100_000, 7))).toMatch(/^1009 /);
    expect(await rawClose(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]))).toMatch(/^4400 malformed-message: /);
    await desk.waitForLine(/refuse unknown editor the socket from 127\.0\.0\.1: message-too-large/);
    await desk.waitForLine(/refuse unknown editor the socket from 127\.0\.0\.1: malformed-message/);

    const grower = client(desk.url, TWO.token, newArticleId());
    await grower.synced;
    writeArticleContent(grower.doc, articleContent(['x']));
    for (let round = 0; round < 8; round++) paragraphText(grower.doc, 0).insert(0, 'y'.repeat(30_000));
    expect(await grower.closed).toMatch(/document-too-large/);

    writeArticleContent(steady.doc, articleContent(['The others carry on.']));
    await steady.acknowledged();
    await client(desk.url, TWO.token, article).until((doc) => paragraphs(doc)[0] === 'The others carry on.');
  });

  it('loses nothing acknowledged when it is killed (SIGKILL) mid-editing and restarted', async () => {
    const desk = await server();
    const article = newArticleId();
    const typist = client(desk.url, ONE.token, article);
    await typist.synced;
    writeArticleContent(typist.doc, articleContent(['']));
    const text = paragraphText(typist.doc, 0);
    const typed = 'Acknowledged keystrokes survive a crash.';
    for (const character of typed) {
      text.insert(text.length, character);
      await typist.acknowledged();
    }
    text.insert(text.length, ' Maybe more.');
    await desk.stop('SIGKILL');
    typist.destroy();

    const restarted = await server({ dataDir: desk.dataDir, port: desk.port });
    const reader = client(restarted.url, TWO.token, article);
    await reader.synced;
    expect(paragraphs(reader.doc)[0].startsWith(typed)).toBe(true);
  });
});
