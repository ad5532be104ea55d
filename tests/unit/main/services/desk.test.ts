import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { type Desk, openDesk } from '../../../../src/main/open-desk';
import type { Clock } from '../../../../src/main/ports';
import { bodyParagraphs } from '../../../../src/shared/body-text';
import { DESK_CHANNELS } from '../../../../src/shared/ipc/api';
import { readSample } from '../../../support/samples';
import { useTempFolders } from '../../../support/temp-folders';

const newFolder = useTempFolders();
const opened: Desk[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((desk) => desk.close()));
});

/** A clock that moves one second per reading, so every change has its own time. */
function steppingClock(): Clock {
  let time = Date.parse('2026-11-26T09:00:00.000Z');
  return { now: () => new Date((time += 1000)) };
}

async function open(options: { seed?: boolean } = {}): Promise<Desk> {
  const desk = await openDesk({
    dataDir: await newFolder(),
    seedDir: options.seed ? resolve('data') : undefined,
    clock: steppingClock(),
    isTrustedSender: (url) => url === 'app://desk',
  });
  opened.push(desk);
  return desk;
}

const FROM_APP = { url: 'app://desk' };
const sample = (name: string) => readSample(name);

describe('a new desk', () => {
  it('is seeded with the four sample briefings through the briefing parser', async () => {
    const desk = await open({ seed: true });
    const rows = await desk.services.articles.list();
    expect(rows.map((row) => row.headline).sort()).toEqual([
      'China refutes cyberattack allegations',
      'Flood warnings lifted along river valley',
      'Harbor authority defends dredging plan',
      'Minister rejects budget leak claims',
    ]);
    const china = await desk.services.articles.get(rows.find((row) => row.dateline === 'BEIJING')!.id);
    expect(bodyParagraphs(china.body)).toHaveLength(10);
    expect(china.related.map((link) => link.headline)).toEqual([
      'China opposes hacking allegations',
      'Chinese experts slam US hacking accusations',
      'China threatened by overseas hackers',
    ]);
  });

  it('is not seeded again once it has content', async () => {
    const dataDir = await newFolder();
    const first = await openDesk({ dataDir, seedDir: resolve('data') });
    const [one] = await first.services.articles.list();
    await first.services.articles.remove(one.id);
    await first.close();
    const second = await openDesk({ dataDir, seedDir: resolve('data') });
    opened.push(second);
    expect(await second.services.articles.list()).toHaveLength(3);
  });
});

describe('the articles service', () => {
  it('creates, edits and lists articles last-changed first, with slug and word count kept current', async () => {
    const desk = await open();
    const { articles } = desk.services;
    const first = await articles.create({ headline: 'First story' });
    const second = await articles.create({ headline: 'Second story' });
    const edited = await articles.update(first.id, {
      headline: 'First story, rewritten',
      status: 'editing',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Four words right here.' }] }] },
    });
    expect(edited).toMatchObject({ slug: 'first-story-rewritten', wordCount: 4, status: 'editing' });
    expect((await articles.list()).map((row) => row.id)).toEqual([first.id, second.id]);
    expect((await articles.list({ status: 'editing' })).map((row) => row.id)).toEqual([first.id]);
    const onDisk = JSON.parse(await readFile(join(desk.dataDir, 'articles', `${first.id}.json`), 'utf8'));
    expect(onDisk).toEqual(edited);
  });

  it('searches headline and body text, ignoring case, accents and quote style', async () => {
    const desk = await open({ seed: true });
    const { articles } = desk.services;
    const find = async (query: string) => (await articles.list({ query })).map((row) => row.headline);
    expect(await find('mandiant')).toEqual(['China refutes cyberattack allegations']);
    expect(await find('DREDGING')).toEqual(['Harbor authority defends dredging plan']);
    expect(await find('farmers union')).toEqual(['Flood warnings lifted along river valley']);
    const created = await articles.create({ headline: 'Zürich talks' });
    expect(await find('zurich')).toEqual(['Zürich talks']);
    await articles.update(created.id, { headline: 'Geneva talks' });
    expect(await find('zurich')).toEqual([]);
  });

  it('moves a deleted article to the trash and restores it unchanged', async () => {
    const desk = await open({ seed: true });
    const { articles } = desk.services;
    const [target] = await articles.list();
    const before = await articles.get(target.id);
    await articles.remove(target.id);
    expect((await articles.list()).map((row) => row.id)).not.toContain(target.id);
    expect((await articles.list({ trash: true })).map((row) => row.id)).toEqual([target.id]);
    expect((await articles.list({ query: before.headline.split(' ')[0] })).map((row) => row.id)).not.toContain(target.id);
    await expect(articles.update(target.id, { headline: 'x' })).rejects.toMatchObject({ message: expect.stringMatching(/trash.*Restore/) });
    expect(await articles.restore(target.id)).toEqual(before);
    expect(await articles.list({ trash: true })).toEqual([]);
  });
});

describe('briefing import', () => {
  it('creates an article from a briefing and keeps its quotes untouched', async () => {
    const desk = await open();
    const { article, warnings } = await desk.services.briefings.importBriefing({
      text: sample('flood-warnings-lifted-along-river-valley.txt'),
    });
    expect(warnings).toEqual([]);
    expect(article.dateline).toBe('KORVIN');
    expect(bodyParagraphs(article.body)[1]).toContain('“The worst is behind us');
  });

  it('fills an empty article when pasted into one, and refuses an article that has text', async () => {
    const desk = await open();
    const empty = await desk.services.articles.create();
    const { article } = await desk.services.briefings.importBriefing({
      text: sample('minister-rejects-budget-leak-claims.txt'),
      intoId: empty.id,
    });
    expect(article).toMatchObject({ id: empty.id, dateline: 'ELDMOOR, March 4' });
    await expect(
      desk.services.briefings.importBriefing({ text: sample('minister-rejects-budget-leak-claims.txt'), intoId: empty.id }),
    ).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });

  it('creates nothing for a file that is not a briefing', async () => {
    const desk = await open();
    await expect(desk.services.briefings.importBriefing({ text: '', fileName: 'empty.txt' })).rejects.toMatchObject({
      code: 'not-a-briefing',
    });
    expect(await desk.services.articles.list()).toEqual([]);
  });
});

describe('the DeskApi handlers', () => {
  it('answer every channel of the contract', async () => {
    const desk = await open();
    expect(Object.keys(desk.handlers).sort()).toEqual([...DESK_CHANNELS].sort());
  });

  it('refuse a call from a frame that is not the Newsdesk window', async () => {
    const desk = await open({ seed: true });
    const result = await desk.handlers['articles:list']({}, { url: 'https://evil.example/' });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender', message: expect.stringContaining('https://evil.example/') } });
  });

  it('refuse an invalid payload, naming the field, and change nothing', async () => {
    const desk = await open();
    const created = await desk.services.articles.create({ headline: 'Keep me' });
    const results = await Promise.all([
      desk.handlers['articles:update']({ id: created.id, fields: { status: 'archived' } }, FROM_APP),
      desk.handlers['articles:update']({ id: created.id, fields: { body: { type: 'paragraph' } } }, FROM_APP),
      desk.handlers['articles:get']({ id: '../../etc/passwd' }, FROM_APP),
      desk.handlers['articles:create']('not an object', FROM_APP),
      desk.handlers['articles:import-briefing']({ text: 'x'.repeat(2_000_001) }, FROM_APP),
    ]);
    for (const result of results) expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(results[0])).toContain('fields.status');
    expect(JSON.stringify(results[4])).toContain('too large');
    expect((await desk.services.articles.get(created.id)).headline).toBe('Keep me');
  });

  it('answer a missing article with not-found and a message a person can act on', async () => {
    const desk = await open();
    const result = await desk.handlers['articles:get']({ id: 'no-such-article' }, FROM_APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/refresh the list/) } });
  });

  it('turn an unexpected failure into an internal error that does not crash the caller', async () => {
    const desk = await open();
    const reported: string[] = [];
    const { createDeskHandlers } = await import('../../../../src/main/desk-handlers');
    const broken = {
      ...desk.services,
      articles: { ...desk.services.articles, list: async () => Promise.reject(new Error('disk on fire')) },
    };
    const handlers = createDeskHandlers(broken, { isTrustedSender: () => true, onUnexpectedError: (channel) => reported.push(channel) });
    expect(await handlers['articles:list']({}, FROM_APP)).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('disk on fire') },
    });
    expect(reported).toEqual(['articles:list']);
  });
});

describe('concurrent changes to one article', () => {
  it('never lose one another: every field edited at the same time is kept', async () => {
    const desk = await open();
    const article = await desk.services.articles.create({ headline: 'Start' });
    await Promise.all([
      desk.services.articles.update(article.id, { headline: 'Final headline' }),
      desk.services.articles.update(article.id, { byline: 'By A. Writer' }),
      desk.services.articles.update(article.id, { dateline: 'KORVIN' }),
      desk.services.articles.update(article.id, { status: 'editing' }),
      desk.services.articles.update(article.id, {
        related: [{ headline: 'Background', articleId: null, url: null, relation: 'background' }],
      }),
    ]);
    const stored = JSON.parse(await readFile(join(desk.dataDir, 'articles', `${article.id}.json`), 'utf8'));
    expect(stored).toMatchObject({
      headline: 'Final headline',
      byline: 'By A. Writer',
      dateline: 'KORVIN',
      status: 'editing',
      related: [{ headline: 'Background' }],
    });
  });
});

describe('ids and fields that would break the store', () => {
  it('refuses ids named like built-in object members, before anything changes', async () => {
    const desk = await open();
    const speaker = await desk.services.speakers.create({ name: 'Ivo Marek' });
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const merge = await desk.handlers['speakers:merge']({ fromId: speaker.id, intoId: id }, FROM_APP);
      expect(merge).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/reserved/) } });
      expect(await desk.handlers['articles:get']({ id }, FROM_APP)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(desk.services.speakers.list()).toHaveLength(1);
  });

  it('refuses a body whose speaker tag names an invalid speaker id, saying what to do', async () => {
    const desk = await open();
    const article = await desk.services.articles.create({ headline: 'Tagged' });
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Hong Lei', marks: [{ type: 'speakerMention', attrs: { speakerId: 'Hong Lei' } }] }],
        },
      ],
    };
    const result = await desk.handlers['articles:update']({ id: article.id, fields: { body } }, FROM_APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/tag it again/) } });
  });

  it('refuses a briefing whose related headline is too long, naming the field, and stores nothing', async () => {
    const desk = await open();
    const text = `Headline\nPARIS - Text.\nRelated Stories:\n${'word '.repeat(120)}`;
    const result = await desk.handlers['articles:import-briefing']({ text, fileName: 'long.txt' }, FROM_APP);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/related\.0\.headline.*Shorten/) },
    });
    expect(await desk.services.articles.list()).toEqual([]);
  });

  it('refuses to restore a revision of an article in the trash, and keeps no stray revision', async () => {
    const desk = await open();
    const article = await desk.services.articles.create({ headline: 'Trashed' });
    const version = await desk.services.revisions.saveVersion(article.id, 'v1');
    await desk.services.articles.remove(article.id);
    await expect(desk.services.revisions.restore(article.id, version.id)).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/Restore the article first/),
    });
    expect((await desk.services.revisions.list(article.id)).map((revision) => revision.label)).toEqual(['v1']);
  });
});
