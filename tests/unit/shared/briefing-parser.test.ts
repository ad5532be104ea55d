import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { isWholeBriefing, parseBriefing, splitDateline } from '../../../src/shared/briefing-parser';
import { DeskError } from '../../../src/shared/errors';
import { samplesDir } from '../../support/samples';

const SAMPLES = samplesDir();
const gold = JSON.parse(readFileSync(`${SAMPLES}/gold.json`, 'utf8')) as Record<
  string,
  { headline: string; dateline: string; paragraphs: number; related: string[] }
>;

describe('parseBriefing on the desk samples', () => {
  for (const [file, expected] of Object.entries(gold)) {
    it(`reads ${file} as the gold annotation describes it`, () => {
      const briefing = parseBriefing(readFileSync(`${SAMPLES}/${file}`, 'utf8'), file);
      expect(briefing.headline).toBe(expected.headline);
      expect(briefing.dateline).toBe(expected.dateline);
      expect(briefing.paragraphs).toHaveLength(expected.paragraphs);
      expect(briefing.related).toEqual(expected.related);
      expect(briefing.warnings).toEqual([]);
    });
  }

  it('keeps curly quotes exactly as they were typed', () => {
    const briefing = parseBriefing(readFileSync(`${SAMPLES}/flood-warnings-lifted-along-river-valley.txt`, 'utf8'));
    expect(briefing.paragraphs[1]).toMatch(/^“The worst is behind us, but the ground is still saturated,” said Ivo Marek/);
  });
});

describe('parseBriefing datelines', () => {
  it.each([
    ['BEIJING - China said.', 'BEIJING', 'China said.'],
    ['NEW YORK — Markets fell.', 'NEW YORK', 'Markets fell.'],
    ['ELDMOOR, March 4 – The minister spoke.', 'ELDMOOR, March 4', 'The minister spoke.'],
    ['WASHINGTON, D.C., Nov. 26 - Talks resumed.', 'WASHINGTON, D.C., Nov. 26', 'Talks resumed.'],
    ["ST. JOHN'S - Fog closed the port.", "ST. JOHN'S", 'Fog closed the port.'],
  ])('splits "%s" into dateline and text', (line, dateline, text) => {
    expect(splitDateline(line)).toEqual({ dateline, text });
  });

  it('does not take a hyphenated sentence for a dateline', () => {
    expect(splitDateline('The vote - held on Monday - was close.')).toBeNull();
  });

  it('reads a headline that looks like a dateline when a datelined paragraph follows it', () => {
    const briefing = parseBriefing('UK - EU trade deal signed\nLONDON - The deal was signed.');
    expect(briefing).toMatchObject({ headline: 'UK - EU trade deal signed', dateline: 'LONDON' });
  });

  it('reads a briefing without a dateline and says so', () => {
    const briefing = parseBriefing('Rain expected\nRain is expected on Friday.\n');
    expect(briefing.dateline).toBe('');
    expect(briefing.paragraphs).toEqual(['Rain is expected on Friday.']);
    expect(briefing.warnings[0]).toMatch(/no dateline/);
  });
});

describe('parseBriefing structure', () => {
  it('accepts Windows line endings, blank lines, a BOM and a lower-case related heading', () => {
    const text = '\uFEFFHeadline here\r\n\r\nPARIS - First.\r\n\r\nSecond.\r\nrelated stories:\r\n- One\r\n2. Two\r\n';
    const briefing = parseBriefing(text);
    expect(briefing).toMatchObject({
      headline: 'Headline here',
      dateline: 'PARIS',
      paragraphs: ['First.', 'Second.'],
      related: ['One', 'Two'],
    });
  });

  it('treats a briefing without a Related Stories block as having none', () => {
    expect(parseBriefing('Headline\nPARIS - Text.').related).toEqual([]);
  });
});

describe('parseBriefing refuses what is not a briefing', () => {
  const refusal = (text: string) => {
    try {
      parseBriefing(text, 'input.txt');
    } catch (error) {
      expect(error).toBeInstanceOf(DeskError);
      expect((error as DeskError).code).toBe('not-a-briefing');
      return (error as DeskError).message;
    }
    throw new Error('expected a refusal');
  };

  it('refuses an empty file and names it', () => {
    expect(refusal('  \n\n ')).toMatch(/^"input.txt" is not a briefing: it is empty/);
  });

  it('refuses binary content', () => {
    expect(refusal('PNG\u0000\u0001\u0002IHDR')).toMatch(/binary/);
    expect(refusal('\uFFFD\uFFFD\uFFFD\uFFFDabc\uFFFD\uFFFD')).toMatch(/binary/);
  });

  it('refuses text whose first line is a dateline paragraph, not a headline', () => {
    expect(refusal('BEIJING - China said on Monday.\nMore text.')).toMatch(/headline/);
  });

  it('refuses a first line too long to be a headline', () => {
    expect(refusal(`${'word '.repeat(60)}\nPARIS - Text.`)).toMatch(/too long for a headline/);
  });

  it('refuses a headline with no story', () => {
    expect(refusal('Only a headline\n')).toMatch(/no story text/);
  });
});

describe('isWholeBriefing', () => {
  it('recognises a headline followed by a datelined paragraph', () => {
    expect(isWholeBriefing('A headline\nBEIJING - Text.')).toBe(true);
  });

  it('does not treat an ordinary paste as a briefing', () => {
    expect(isWholeBriefing('Just one sentence.')).toBe(false);
    expect(isWholeBriefing('First paragraph.\nSecond paragraph.')).toBe(false);
  });
});
