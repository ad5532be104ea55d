import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDesk } from '../../../src/main/open-desk';
import { useDesks } from '../../support/desks';

const { newFolder, open: openOn } = useDesks();
const open = (dataDir?: string) => openOn({ dataDir });

describe('the offline spellcheck', () => {
  it('flags misspelled words and suggests corrections from the shipped English dictionary', async () => {
    const desk = await open();
    expect(await desk.services.spelling.check(['The', 'goverment', 'announced', 'recieved', '3,400', 'budget'])).toEqual(['goverment', 'recieved']);
    expect(await desk.services.spelling.suggest('goverment')).toContain('government');
  });

  it('never flags names and aliases in the speaker registry', async () => {
    const desk = await open();
    expect(await desk.services.spelling.check(['Okonkwo', 'Lindqvist'])).toEqual(['Okonkwo', 'Lindqvist']);
    await desk.services.speakers.create({ name: 'Amara Okonkwo', aliases: ['Lindqvist'] });
    expect(await desk.services.spelling.check(['Okonkwo', 'Lindqvist', 'Amara'])).toEqual([]);
  });

  it('keeps words added to the desk dictionary in the data folder, across reopening', async () => {
    const dataDir = await newFolder();
    const first = await openDesk({ dataDir });
    await first.services.spelling.addToDictionary('Portvale');
    expect(await first.services.spelling.check(['Portvale'])).toEqual([]);
    await first.close();
    expect(JSON.parse(await readFile(join(dataDir, 'dictionary.json'), 'utf8'))).toEqual({ words: ['Portvale'] });
    const second = await open(dataDir);
    expect(await second.services.spelling.check(['Portvale', 'Korvinx'])).toEqual(['Korvinx']);
  });

  it('refuses to add more than one word to the dictionary', async () => {
    const desk = await openOn({ isTrustedSender: () => true });
    const result = await desk.handlers['spelling:add']({ word: 'two words' }, { url: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/single word/) } });
  });
});
