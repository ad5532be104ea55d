import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Clock } from '../../../../src/main/ports';
import { paragraphsToBody } from '../../../../src/shared/body-text';
import { useDesks } from '../../../support/desks';

/** Mid-morning on 29 November 2026, one second later on every reading. */
function clockAt(iso: string): Clock {
  let time = Date.parse(iso);
  return { now: () => new Date((time += 1000)) };
}

const desks = useDesks();
const openDesk = () => desks.open({ clock: clockAt('2026-11-29T09:00:00.000Z') });
const FUTURE = { until: '2026-12-01T09:00:00+01:00', timeZone: 'Europe/Paris' };

describe('the articles service with newsroom metadata', () => {
  it('stores every metadata field in the article file', async () => {
    const desk = await openDesk();
    const created = await desk.services.articles.create({ headline: 'Ferry timetable changes' });
    await desk.services.articles.update(created.id, {
      slugline: 'FERRY-TIMES',
      keywords: ['ferries', 'Ferries', 'timetable'],
      subjects: ['medtop:20000209'],
      urgency: 4,
      language: 'fr',
      genre: 'news',
      ednote: 'Confirm with the operator.',
      headlines: { web: 'New ferry timetable from Monday' },
    });
    const onDisk = JSON.parse(await readFile(join(desk.dataDir, 'articles', `${created.id}.json`), 'utf8'));
    expect(onDisk).toMatchObject({
      slugline: 'FERRY-TIMES',
      keywords: ['ferries', 'timetable'],
      subjects: ['medtop:20000209'],
      urgency: 4,
      language: 'fr',
      genre: 'news',
      ednote: 'Confirm with the operator.',
      headlines: { web: 'New ferry timetable from Monday' },
    });
  });

  it('refuses a slugline another story on the desk has, whatever its case, naming that story', async () => {
    const desk = await openDesk();
    await desk.services.articles.create({ headline: 'Harbour strike called off', slugline: 'HARBOUR-STRIKE' });
    const other = await desk.services.articles.create({ headline: 'Second harbour story' });
    await expect(desk.services.articles.update(other.id, { slugline: 'harbour-strike' })).rejects.toThrow(
      /slugline harbour-strike is already used by “Harbour strike called off”/,
    );
    await expect(
      desk.services.articles.createBatch([
        { headline: 'A', slugline: 'TWIN' },
        { headline: 'B', slugline: 'twin' },
      ]),
    ).rejects.toThrow(/both have the slugline/);
  });

  it('refuses to publish a story under embargo and says until when, in its zone with the offset', async () => {
    const desk = await openDesk();
    const story = await desk.services.articles.create({ headline: 'Budget figures', status: 'ready', embargo: FUTURE });
    await expect(desk.services.articles.update(story.id, { status: 'published' })).rejects.toThrow(
      /under embargo until 1 Dec 2026, 09:00 Europe\/Paris \(\+01:00\) and cannot be published/,
    );
    expect((await desk.services.articles.get(story.id)).status).toBe('ready');
    // Lifting the embargo lets it go.
    const published = await desk.services.articles.update(story.id, { embargo: null, status: 'published' });
    expect(published.status).toBe('published');
    expect(published.embargo).toBeUndefined();
  });

  it('publishes a story whose embargo has passed', async () => {
    const desk = await openDesk();
    const story = await desk.services.articles.create({
      headline: 'Old embargo',
      embargo: { until: '2026-11-28T09:00:00+00:00', timeZone: 'Europe/London' },
    });
    expect((await desk.services.articles.update(story.id, { status: 'published' })).status).toBe('published');
  });

  it('takes corrections only on a story that has been published', async () => {
    const desk = await openDesk();
    const story = await desk.services.articles.create({ headline: 'Council vote' });
    const correction = { date: '2026-11-29T10:00:00.000Z', kind: 'correction' as const, text: 'The vote was 7 to 4, not 7 to 3.' };
    await expect(desk.services.articles.update(story.id, { corrections: [correction] })).rejects.toThrow(/has not been published/);
    const published = await desk.services.articles.update(story.id, { status: 'published' });
    expect(published.firstPublishedAt).toBeDefined();
    // Reopened for a fix, it still takes the correction.
    await desk.services.articles.update(story.id, { status: 'editing' });
    const corrected = await desk.services.articles.update(story.id, { corrections: [correction] });
    expect(corrected.corrections).toEqual([correction]);
  });

  it('keeps bylines and the byline line as one: people make the line, a typed line keeps known roles', async () => {
    const desk = await openDesk();
    const story = await desk.services.articles.create({ headline: 'Bylines' });
    const withPeople = await desk.services.articles.update(story.id, {
      bylines: [
        { name: 'Ines Varga', role: 'reporter' },
        { name: 'Tomas Oyelaran', role: 'photographer' },
      ],
    });
    expect(withPeople.byline).toBe('By Ines Varga and Tomas Oyelaran');
    const typed = await desk.services.articles.update(story.id, { byline: 'By Ines Varga, Tomas Oyelaran and Li Wen' });
    expect(typed.bylines).toEqual([
      { name: 'Ines Varga', role: 'reporter' },
      { name: 'Tomas Oyelaran', role: 'photographer' },
      { name: 'Li Wen', role: '' },
    ]);
  });

  it('writes a new story in the desk language from the settings unless it names its own', async () => {
    const desk = await openDesk();
    await desk.services.settings.update({ language: 'fr-CA' });
    expect((await desk.services.articles.create({ headline: 'Nouvelles' })).language).toBe('fr-CA');
    expect((await desk.services.articles.create({ headline: 'News', language: 'en-GB' })).language).toBe('en-GB');
  });

  it('finds stories by slugline, keyword and subject label in the desk search', async () => {
    const desk = await openDesk();
    const story = await desk.services.articles.create({
      headline: 'Night buses return',
      body: paragraphsToBody(['Services resume on Friday.']),
      slugline: 'NIGHT-BUSES',
      keywords: ['transit'],
      subjects: ['medtop:20000523'],
    });
    await desk.services.articles.create({ headline: 'Unrelated story' });
    for (const query of ['NIGHT-BUSES', 'transit', 'labour market']) {
      expect((await desk.services.articles.list({ query })).map((row) => row.id)).toEqual([story.id]);
    }
  });
});
