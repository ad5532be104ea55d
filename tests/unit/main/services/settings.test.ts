import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { openDesk } from '../../../../src/main/open-desk';
import { useDesks } from '../../../support/desks';

const { newFolder, open: openOn } = useDesks();

async function settingsOnDisk(dataDir: string): Promise<unknown> {
  return JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'));
}

describe('the desk settings', () => {
  it('start with nobody named, British English and a time zone the machine knows', async () => {
    const desk = await openOn({});
    const settings = await desk.services.settings.read();
    expect(settings.displayName).toBeNull();
    expect(settings.language).toBe('en-GB');
    expect(() => new Intl.DateTimeFormat('en', { timeZone: settings.timeZone })).not.toThrow();
  });

  it('keep a display name, language and zone in settings.json across reopening', async () => {
    const dataDir = await newFolder();
    const first = await openDesk({ dataDir });
    await first.services.settings.update({ displayName: '  Ines Halloran ' });
    await first.services.settings.update({ language: 'fr-ca', timeZone: 'America/Toronto' });
    await first.close();
    expect(await settingsOnDisk(dataDir)).toEqual({ displayName: 'Ines Halloran', language: 'fr-CA', timeZone: 'America/Toronto' });
    const second = await openOn({ dataDir });
    expect(await second.services.settings.read()).toEqual({ displayName: 'Ines Halloran', language: 'fr-CA', timeZone: 'America/Toronto' });
  });

  it('refuse an empty name, a made-up zone or language with a message, and change nothing', async () => {
    const dataDir = await newFolder();
    const desk = await openOn({ dataDir });
    await desk.services.settings.update({ displayName: 'Ines Halloran' });
    await expect(desk.services.settings.update({ displayName: '   ' })).rejects.toThrow(/display name cannot be empty/);
    await expect(desk.services.settings.update({ timeZone: 'Mars/Olympus' })).rejects.toThrow(/IANA name/);
    await expect(desk.services.settings.update({ language: 'not a language' })).rejects.toThrow(/BCP 47/);
    expect(await settingsOnDisk(dataDir)).toMatchObject({ displayName: 'Ines Halloran' });
  });

  it('apply concurrent changes one after another, losing none', async () => {
    const dataDir = await newFolder();
    const desk = await openOn({ dataDir });
    await Promise.all([
      desk.services.settings.update({ displayName: 'Ines Halloran' }),
      desk.services.settings.update({ timeZone: 'Asia/Tokyo' }),
      desk.services.settings.update({ language: 'de' }),
    ]);
    expect(await settingsOnDisk(dataDir)).toEqual({ displayName: 'Ines Halloran', language: 'de', timeZone: 'Asia/Tokyo' });
  });

  it('read a file with one bad field as the defaults for that field only', async () => {
    const dataDir = await newFolder();
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ displayName: 'Ines Halloran', timeZone: 'Nowhere/Else' }));
    const desk = await openOn({ dataDir });
    const settings = await desk.services.settings.read();
    expect(settings.displayName).toBe('Ines Halloran');
    expect(settings.timeZone).not.toBe('Nowhere/Else');
  });

  it('move a settings file that is not JSON to corrupt/ and say so, then start afresh', async () => {
    const dataDir = await newFolder();
    await writeFile(join(dataDir, 'settings.json'), '{"displayName": "Ines');
    const desk = await openOn({ dataDir });
    expect((await desk.services.settings.read()).displayName).toBeNull();
    expect(desk.services.info().storeWarnings.join('\n')).toMatch(/settings\.json/);
    expect(await readdir(join(dataDir, 'corrupt'))).toHaveLength(1);
  });

  it('name the person editing on every revision taken after they said who they are', async () => {
    const desk = await openOn({});
    const article = await desk.services.articles.create({ headline: 'Harbour ferry timetable changes' });
    const before = await desk.services.revisions.saveVersion(article.id, 'before a name');
    await desk.services.settings.update({ displayName: 'Ines Halloran' });
    const after = await desk.services.revisions.saveVersion(article.id, 'after a name');
    expect(before.author).toBeUndefined();
    expect(after.author).toBe('Ines Halloran');
    expect((await desk.services.revisions.list(article.id))[0]).toMatchObject({ label: 'after a name', author: 'Ines Halloran' });
  });
});
