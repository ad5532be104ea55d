import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { describe, expect, it, vi } from 'vitest';

import { ArticleStore, RECOVERING_MESSAGE } from '../../../../src/main/store/article-store';
import { ownerFileName } from '../../../../src/main/store/folder-lock';
import type { Article } from '../../../../src/shared/article';
import { storedArticle } from '../../../support/stored-article';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();

const article = (id: string, headline: string): Article => storedArticle(id, { headline });

/** The id of a process that has exited (so no process has it now, barring reuse). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  const pid = child.pid!;
  await new Promise((resolve) => child.once('exit', resolve));
  return pid;
}

/** Leaves a folder as a process killed while it had the desk open leaves it: a fresh lock and its owner file. */
async function plantCrashedLock(dataDir: string, owner: { pid: number; host: string }): Promise<void> {
  await mkdir(join(dataDir, 'desk.lock'), { recursive: true });
  await writeFile(join(dataDir, ownerFileName(owner)), JSON.stringify({ ...owner, lockedAt: new Date().toISOString() }));
  await writeFile(join(dataDir, 'session.json'), JSON.stringify({ pid: owner.pid }));
}

describe('the folder lock after a crash', () => {
  it('is taken over at once when its owner process on this host is gone, saying the desk is recovering', async () => {
    const dataDir = await newFolder();
    const first = await ArticleStore.open({ dataDir });
    await first.write(article('article-1', 'Kept'));
    await first.close();
    await plantCrashedLock(dataDir, { pid: await deadPid(), host: hostname() });
    // The planted lock is fresh: only the dead owner lets the next open in before it goes stale.
    const started = performance.now();
    const reopened = await ArticleStore.open({ dataDir });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(reopened.warnings[0]).toBe(RECOVERING_MESSAGE);
    expect(reopened.summaries().map((row) => row.headline)).toEqual(['Kept']);
    const owners = (await readdir(dataDir)).filter((name) => name.startsWith('desk.lock.owner.'));
    expect(owners).toHaveLength(1);
    expect(JSON.parse(await readFile(join(dataDir, owners[0]), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    await reopened.close();
  });

  it('is refused while its owner still runs, when it was taken on another host, or when no owner is named', async () => {
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const liveOwner = await newFolder();
      await plantCrashedLock(liveOwner, { pid: live.pid!, host: hostname() });
      await expect(ArticleStore.open({ dataDir: liveOwner })).rejects.toMatchObject({ code: 'store-locked' });
      const foreignOwner = await newFolder();
      await plantCrashedLock(foreignOwner, { pid: await deadPid(), host: `not-${hostname()}` });
      await expect(ArticleStore.open({ dataDir: foreignOwner })).rejects.toMatchObject({ code: 'store-locked' });
      const noOwner = await newFolder();
      await mkdir(join(noOwner, 'desk.lock'), { recursive: true });
      await expect(ArticleStore.open({ dataDir: noOwner })).rejects.toMatchObject({ code: 'store-locked' });
      // A refused open leaves no owner file of its own behind.
      expect((await readdir(noOwner)).filter((name) => name.startsWith('desk.lock.owner.'))).toEqual([]);
    } finally {
      live.kill();
    }
  });
});

describe('a store that lost its folder lock', () => {
  it('never rewrites desk.json from a coalesced index flush once another process owns the folder', async () => {
    const dataDir = await newFolder();
    const stalled = await ArticleStore.open({ dataDir, lockStaleMs: 2_000 });
    await stalled.write(article('article-1', 'Old'));
    await stalled.flush();
    // Another process finds the lock stale (this one stalled) and takes the folder over.
    await rm(join(dataDir, 'desk.lock'), { recursive: true });
    const owner = await ArticleStore.open({ dataDir, lockStaleMs: 2_000 });
    await vi.waitFor(() => expect(stalled.lockLost).toBe(true), { timeout: 5_000, interval: 50 });
    await owner.write(article('article-2', 'Written by the new owner'));
    await rm(join(owner.dataDir, 'articles', 'article-1.json'));
    await owner.flush();
    const ownersIndex = await readFile(join(dataDir, 'desk.json'), 'utf8');
    expect(Object.keys(JSON.parse(ownersIndex).articles).sort()).toEqual(['article-1', 'article-2']);

    // The stalled store reads an article that is gone, which drops its row and schedules an index flush.
    await expect(stalled.read('article-1')).rejects.toMatchObject({ code: 'not-found' });
    await stalled.indexSettled();
    expect(await readFile(join(dataDir, 'desk.json'), 'utf8')).toBe(ownersIndex);
    await expect((async () => stalled.write(article('article-3', 'Refused')))()).rejects.toMatchObject({ code: 'store-locked' });
    await owner.close();
    await stalled.close();
  }, 15_000);
});

describe('desk commands after a crash', () => {
  it('open the folder at once and say on stderr that Newsdesk is recovering', async () => {
    const { runDeskCommand } = await import('../../../../src/cli/run-desk-command');
    const dataDir = await newFolder();
    const store = await ArticleStore.open({ dataDir });
    await store.write(article('article-1', 'Listed after the crash'));
    await store.close();
    await plantCrashedLock(dataDir, { pid: await deadPid(), host: hostname() });
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runDeskCommand(['list', '--data-dir', dataDir], {
      stdout: (text) => stdout.push(text),
      stderr: (text) => stderr.push(text),
      env: {},
    });
    expect(code).toBe(0);
    expect(stderr.join('')).toContain('Newsdesk did not close cleanly; recovering');
    expect(stdout.join('')).toContain('Listed after the crash');
  });
});
