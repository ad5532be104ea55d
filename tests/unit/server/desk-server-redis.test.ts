/**
 * Two desk server instances sharing documents through a real redis-server
 * (started here on 127.0.0.1, stopped by pid): editors connected to different
 * instances see each other's edits. Skipped, saying why, where redis-server is
 * not installed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readArticleContent, writeArticleContent } from '../../../src/shared/sync/article-doc';
import { connectDeskClient, type DeskClient } from '../../support/desk-client';
import {
  type DeskServerProcess,
  type DeskServerSetup,
  EDITORS,
  prepareDeskServer,
  startDeskServerProcess,
} from '../../support/desk-server-process';
import { redisMissingReason, type RedisProcess, startRedis } from '../../support/redis-process';
import { articleContent, newArticleId, paragraphs, paragraphText } from '../../support/sync-articles';

const missing = redisMissingReason();
if (missing) console.warn(missing);

describe.skipIf(Boolean(missing))('desk serve --redis', { timeout: 90_000 }, () => {
  let setup: DeskServerSetup;
  let redis: RedisProcess;
  const servers: DeskServerProcess[] = [];
  const clients: DeskClient[] = [];
  const folders: string[] = [];

  beforeAll(async () => {
    setup = await prepareDeskServer();
    redis = await startRedis();
    for (let index = 0; index < 2; index++) {
      const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-instance-'));
      folders.push(dataDir);
      servers.push(await startDeskServerProcess(setup, { dataDir, args: ['--redis', redis.url] }));
    }
  }, 90_000);

  afterAll(async () => {
    clients.forEach((client) => client.destroy());
    await Promise.all(servers.map((server) => server.stop('SIGTERM')));
    await redis?.stop();
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
    await setup?.removeFolder();
  });

  it('lets editors on two instances edit one article and converge', async () => {
    const article = newArticleId();
    const [onFirst, onSecond] = servers.map((server, index) => {
      const client = connectDeskClient(server.url, EDITORS[index].token, article);
      clients.push(client);
      return client;
    });
    await Promise.all([onFirst.synced, onSecond.synced]);
    writeArticleContent(onFirst.doc, articleContent(['Written on the first instance.', 'Second paragraph.']));
    await onSecond.until((doc) => paragraphs(doc).length === 2);
    paragraphText(onSecond.doc, 1).insert(0, 'Edited on the second instance. ');
    paragraphText(onFirst.doc, 0).insert(0, 'Both: ');
    const expected = ['Both: Written on the first instance.', 'Edited on the second instance. Second paragraph.'].join('|');
    await Promise.all([
      onFirst.until((doc) => paragraphs(doc).join('|') === expected),
      onSecond.until((doc) => paragraphs(doc).join('|') === expected),
    ]);
    expect(readArticleContent(onFirst.doc)).toEqual(readArticleContent(onSecond.doc));
  });
});
