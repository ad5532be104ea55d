/**
 * `npm run bench:sync [-- --json]`: the shared desk over loopback, against a
 * real `desk serve` child process (temp data folder, stopped by pid):
 * - keystroke in one Node client to visible in another: p50, p95;
 * - 1,000 offline edits made on each of two clients: time until both converge through the server;
 * - N simulated editors typing 5 characters a second into 20 articles: the
 *   server's acknowledgement latency (p50, p95) and its CPU, for N = 10 and 50.
 * Every run is bounded and stops by itself.
 */
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';

import { NodeWebSocket } from '../src/main/sync/node-websocket';
import type { ArticleContent } from '../src/shared/sync/article-content';
import { BODY_FIELD, writeArticleContent } from '../src/shared/sync/article-doc';
import { percentile } from './measure';

const TOKEN = 'bench-token';
const round = (value: number) => Math.round(value * 100) / 100;

interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
}

function connect(
  url: string,
  article: string,
  doc = new Y.Doc(),
  socket?: HocuspocusProviderWebsocket,
): Client & { synced: Promise<void> } {
  const ownSocket = socket ?? new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: NodeWebSocket });
  let markSynced!: () => void;
  const synced = new Promise<void>((done) => (markSynced = done));
  const provider = new HocuspocusProvider({
    websocketProvider: ownSocket,
    name: article,
    document: doc,
    token: TOKEN,
    onSynced: () => markSynced(),
  });
  provider.attach();
  return { doc, provider, socket: ownSocket, synced };
}

function content(text: string): ArticleContent {
  return {
    headline: 'Bench',
    dateline: '',
    byline: '',
    status: 'draft',
    targetWords: null,
    related: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  };
}

const firstText = (doc: Y.Doc) => (doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;

function waitFor(doc: Y.Doc, check: () => boolean): Promise<void> {
  return new Promise((done) => {
    if (check()) return done();
    const listener = () => {
      if (!check()) return;
      doc.off('update', listener);
      done();
    };
    doc.on('update', listener);
  });
}

async function startServer(): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'newsdesk-bench-sync-'));
  await writeFile(
    join(folder, 'editors.json'),
    JSON.stringify([{ name: 'Bench editor', tokenSha256: createHash('sha256').update(TOKEN).digest('hex') }]),
  );
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve('src/cli/index.ts'),
      'serve',
      '--data-dir',
      join(folder, 'data'),
      '--editors',
      join(folder, 'editors.json'),
      '--port',
      '0',
      '--max-connections-per-editor',
      '1000',
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((done, fail) => {
    let seen = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      seen += text;
      const match = /listening on (ws:\/\/[\d.]+:\d+)/.exec(seen);
      if (match) done(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`desk serve exited (${code}) before listening.`)));
  });
  child.stdout.resume();
  return {
    url,
    pid: child.pid!,
    async stop() {
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(child.pid!, 'SIGTERM');
      await exited;
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** CPU seconds (user + system) the process has used, from /proc. */
async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function keystrokeLatency(url: string, keystrokes = 200) {
  const article = randomUUID();
  const writer = connect(url, article);
  await writer.synced;
  writeArticleContent(writer.doc, content('Typing: '));
  const reader = connect(url, article);
  await reader.synced;
  await waitFor(reader.doc, () => reader.doc.getXmlFragment(BODY_FIELD).length > 0);
  const samples: number[] = [];
  for (let index = 0; index < keystrokes; index++) {
    const expected = firstText(writer.doc).length + 1;
    const started = performance.now();
    firstText(writer.doc).insert(expected - 1, 'x');
    await waitFor(reader.doc, () => firstText(reader.doc).length === expected);
    samples.push(performance.now() - started);
  }
  [writer, reader].forEach((client) => (client.provider.destroy(), client.socket.destroy()));
  return { keystrokes, p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)) };
}

async function offlineMerge(url: string, edits = 1000) {
  const article = randomUUID();
  const seeder = connect(url, article);
  await seeder.synced;
  writeArticleContent(seeder.doc, content('The starting paragraph of a story both desks edit offline.'));
  const docs = [new Y.Doc(), new Y.Doc()];
  docs.forEach((doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(seeder.doc)));
  seeder.provider.destroy();
  seeder.socket.destroy();
  docs.forEach((doc, side) => {
    for (let index = 0; index < edits; index++) {
      const text = firstText(doc);
      text.insert(Math.floor(Math.random() * text.length), side === 0 ? 'a' : 'b');
    }
  });
  const started = performance.now();
  const clients = docs.map((doc) => connect(url, article, doc));
  const expected = firstText(docs[0]).length + edits;
  await Promise.all(docs.map((doc) => waitFor(doc, () => firstText(doc).length === expected)));
  const convergeMs = performance.now() - started;
  if (firstText(docs[0]).toString() !== firstText(docs[1]).toString()) throw new Error('The two sides did not converge to the same text.');
  clients.forEach((client) => (client.provider.destroy(), client.socket.destroy()));
  return { editsEachSide: edits, convergeMs: round(convergeMs) };
}

async function typingLoad(server: { url: string; pid: number }, editors: number, seconds = 8, articles = 20) {
  const ids = Array.from({ length: articles }, () => randomUUID());
  const seeders = ids.map((id) => connect(server.url, id));
  await Promise.all(seeders.map((seeder) => seeder.synced));
  seeders.forEach((seeder) => writeArticleContent(seeder.doc, content('Load: ')));
  await new Promise((done) => setTimeout(done, 500));
  seeders.forEach((seeder) => (seeder.provider.destroy(), seeder.socket.destroy()));
  const clients = Array.from({ length: editors }, (_, index) => connect(server.url, ids[index % articles]));
  await Promise.all(clients.map((client) => client.synced));
  const latencies: number[] = [];
  const timers = clients.map((client) => {
    const sent: number[] = [];
    let pending = 0;
    client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      while (pending > number && sent.length > 0) {
        latencies.push(performance.now() - sent.shift()!);
        pending--;
      }
      pending = number;
    });
    return setInterval(() => {
      const text = firstText(client.doc);
      sent.push(performance.now());
      text.insert(text.length, 'k');
    }, 200);
  });
  const cpuBefore = await cpuSeconds(server.pid);
  const started = performance.now();
  await new Promise((done) => setTimeout(done, seconds * 1000));
  timers.forEach(clearInterval);
  const wallSeconds = (performance.now() - started) / 1000;
  const cpuPercent = (((await cpuSeconds(server.pid)) - cpuBefore) / wallSeconds) * 100;
  await new Promise((done) => setTimeout(done, 500));
  clients.forEach((client) => (client.provider.destroy(), client.socket.destroy()));
  return {
    editors,
    articles,
    seconds,
    keystrokes: latencies.length,
    ackP50Ms: round(percentile(latencies, 50)),
    ackP95Ms: round(percentile(latencies, 95)),
    serverCpuPercent: round(cpuPercent),
  };
}

export async function runSyncBench() {
  const server = await startServer();
  try {
    const keystroke = await keystrokeLatency(server.url);
    const merge = await offlineMerge(server.url);
    const load = [await typingLoad(server, 10), await typingLoad(server, 50)];
    return { keystroke, merge, load };
  } finally {
    await server.stop();
  }
}

const report = { measuredAt: new Date().toISOString(), node: process.version, sync: await runSyncBench() };
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  const { keystroke, merge, load } = report.sync;
  process.stdout.write(`keystroke to visible (loopback, ${keystroke.keystrokes}): p50 ${keystroke.p50Ms} ms, p95 ${keystroke.p95Ms} ms\n`);
  process.stdout.write(`merge of ${merge.editsEachSide} offline edits on each side: ${merge.convergeMs} ms to converge\n`);
  for (const run of load) {
    process.stdout.write(
      `${run.editors} editors × 5 chars/s into ${run.articles} articles, ${run.seconds} s: ack p50 ${run.ackP50Ms} ms, p95 ${run.ackP95Ms} ms, server CPU ${run.serverCpuPercent}%\n`,
    );
  }
}
process.exit(0);
