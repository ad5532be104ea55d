import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { openDesk } from '../../../../src/main/open-desk';
import { useDesks } from '../../../support/desks';

const { newFolder, open: openOn } = useDesks();
const open = (dataDir?: string) => openOn({ dataDir });

describe('the offline spellcheck', () => {
  it('flags misspelled words and suggests corrections from the shipped English dictionary', async () => {
    const desk = await open();
    expect(await desk.services.spelling.check(['The', 'goverment', 'announced', 'recieved', '3,400', 'budget'])).toEqual([
      'goverment',
      'recieved',
    ]);
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
    expect(JSON.parse(await readFile(join(dataDir, 'dictionary.json'), 'utf8'))).toEqual({ words: ['Portvale'], language: 'en-GB' });
    const second = await open(dataDir);
    expect(await second.services.spelling.check(['Portvale', 'Korvinx'])).toEqual(['Korvinx']);
  });

  it('refuses to add more than one word to the dictionary', async () => {
    const desk = await openOn({ isTrustedSender: () => true });
    const result = await desk.handlers['spelling:add']({ word: 'two words' }, { url: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/single word/) } });
  });
});

describe('British and American spelling', () => {
  const { open } = useDesks();

  it('spells the desk in British English until it chooses American, and a story may choose either', async () => {
    const desk = await open();
    const spelling = desk.services.spelling;
    expect(await spelling.deskLanguage()).toBe('en-GB');
    expect(await spelling.check(['harbour', 'colour', 'harbor', 'color'])).toEqual(['harbor', 'color']);
    expect(await spelling.check(['harbour', 'harbor'], 'en-US')).toEqual(['harbour']);
    await spelling.setDeskLanguage('en-US');
    expect(await spelling.check(['centre', 'center'])).toEqual(['centre']);
  });

  it('knows the newsroom words general dictionaries lack, in both languages', async () => {
    const spelling = (await open()).services.spelling;
    const words = ['cyberattack', 'ransomware', 'councillor', 'livestream', 'lawmakers'];
    expect(await spelling.check(words, 'en-GB')).toEqual([]);
    expect(await spelling.check(words, 'en-US')).toEqual([]);
  });
});
