import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { type Desk, openDesk } from '../../../../src/main/open-desk';
import type { Clock } from '../../../../src/main/ports';
import { bodyParagraphs, paragraphsToBody } from '../../../../src/shared/body-text';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();
const opened: Desk[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((desk) => desk.close()));
});

/** A clock the test moves by hand. */
function manualClock(): Clock & { advanceMinutes(minutes: number): void } {
  let time = Date.parse('2026-11-26T09:00:00.000Z');
  return { now: () => new Date(time), advanceMinutes: (minutes) => (time += minutes * 60_000) };
}

async function open(clock = manualClock(), dataDir?: string) {
  const desk = await openDesk({ dataDir: dataDir ?? (await newFolder()), clock });
  opened.push(desk);
  return { desk, clock };
}

describe('revisions', () => {
  it('are taken when the status changes, at most every few minutes while editing, and by hand', async () => {
    const { desk, clock } = await open();
    const { articles, revisions } = desk.services;
    const article = await articles.create({ headline: 'Budget', body: paragraphsToBody(['Original text.']) });
    await articles.update(article.id, { body: paragraphsToBody(['First edit.']) });
    clock.advanceMinutes(1);
    await articles.update(article.id, { body: paragraphsToBody(['Second edit.']) });
    clock.advanceMinutes(6);
    await articles.update(article.id, { body: paragraphsToBody(['Third edit.']) });
    await articles.update(article.id, { status: 'ready' });
    await revisions.saveVersion(article.id, 'Sent to copy desk');

    const list = await revisions.list(article.id);
    expect(list.map((revision) => [revision.reason, revision.label, revision.status])).toEqual([
      ['manual', 'Sent to copy desk', 'ready'],
      ['status-change', '', 'ready'],
      ['interval', '', 'draft'],
      ['created', '', 'draft'],
    ]);
    const original = await desk.services.revisions.diff(article.id, list[3].id, 'current');
    const side = (skip: 'insert' | 'delete') =>
      original.body
        .filter((part) => part.kind !== skip)
        .map((part) => part.text)
        .join('');
    expect(side('insert')).toBe('Original text.');
    expect(side('delete')).toBe('Third edit.');
  });

  it('restore an old revision, keeping both the replaced text and the restore in the history', async () => {
    const { desk } = await open();
    const { articles, revisions } = desk.services;
    const article = await articles.create({ headline: 'Harbor', body: paragraphsToBody(['Version one.']) });
    const first = await revisions.saveVersion(article.id, 'v1');
    await articles.update(article.id, { body: paragraphsToBody(['Version two.']), headline: 'Harbor plan' });

    const restored = await revisions.restore(article.id, first.id);
    expect(restored).toMatchObject({ headline: 'Harbor' });
    expect(bodyParagraphs(restored.body)).toEqual(['Version one.']);
    const list = await revisions.list(article.id);
    expect(list.map((revision) => revision.reason)).toEqual(['restored', 'before-restore', 'manual']);
    expect(list[0].label).toBe('From “v1”');
    const replaced = await revisions.diff(article.id, list[1].id, 'current');
    expect(replaced.fields).toEqual([{ field: 'headline', before: 'Harbor plan', after: 'Harbor' }]);
  });

  it('keep their history across reopening the desk', async () => {
    const dataDir = await newFolder();
    const clock = manualClock();
    const first = await openDesk({ dataDir, clock });
    const article = await first.services.articles.create({ headline: 'Kept' });
    await first.services.revisions.saveVersion(article.id, 'one');
    await first.close();
    const { desk } = await open(clock, dataDir);
    expect((await desk.services.revisions.list(article.id)).map((revision) => revision.label)).toEqual(['one']);
  });

  it('move an unreadable revisions list to corrupt/ and say so, without losing the article', async () => {
    const dataDir = await newFolder();
    const clock = manualClock();
    const first = await openDesk({ dataDir, clock });
    const article = await first.services.articles.create({ headline: 'Fragile' });
    await first.services.revisions.saveVersion(article.id);
    await first.close();
    await writeFile(join(dataDir, 'revisions', `${article.id}.json`), '{"articleId": 1');
    const { desk } = await open(clock, dataDir);
    expect(await desk.services.revisions.list(article.id)).toEqual([]);
    expect(desk.services.info().storeWarnings.join(' ')).toMatch(/could not be read.*moved to .*corrupt/);
    expect(await readdir(join(dataDir, 'corrupt'))).toHaveLength(1);
    expect((await desk.services.articles.get(article.id)).headline).toBe('Fragile');
  });

  it('answer a revision that does not exist with not-found', async () => {
    const { desk } = await open();
    const article = await desk.services.articles.create({});
    await expect(desk.services.revisions.restore(article.id, 'missing-revision')).rejects.toMatchObject({ code: 'not-found' });
  });
});
