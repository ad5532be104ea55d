/**
 * The detector's resolution rules for real news copy, one sentence pattern
 * each, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';

import { type AttributionResult, detectAttributions } from '../../../../src/shared/attribution';
import { genderOfFirstName } from '../../../../src/shared/attribution/first-names';

const speakerOf = (result: AttributionResult, quoteStart: string): string | null | undefined =>
  result.quotes.find((quote) => quote.text.startsWith(quoteStart))?.speaker;
const names = (result: AttributionResult): string[] => result.speakers.map((speaker) => speaker.name).sort();

describe('pronouns and gender', () => {
  it('tells gender from common first names of several traditions, and nothing from unknown or shared ones', () => {
    expect([
      genderOfFirstName('Margaret'),
      genderOfFirstName('Tomasz'),
      genderOfFirstName('Lucía'),
      genderOfFirstName('Zyxq'),
      genderOfFirstName('Jordan'),
    ]).toEqual(['female', 'male', 'female', 'unknown', 'unknown']);
  });

  it('gives "she said" to the nearest woman, passing over a man named after her', () => {
    const result = detectAttributions([
      'Nurse Agnes Hollow said the ward was full. Her colleague Tomasz Brandt agreed.',
      '"We turned people away at midnight," she said.',
    ]);
    expect(speakerOf(result, 'We turned')).toBe('Agnes Hollow');
  });

  it('gives "he said" to the nearest man, passing over a woman named after him', () => {
    const result = detectAttributions([
      'Farmer Owen Pike said the river rose overnight, and his neighbour Margaret Lyle lost two sheep.',
      '"It came up faster than I have ever seen," he said.',
    ]);
    expect(speakerOf(result, 'It came up')).toBe('Owen Pike');
  });

  it('does not let a photographer in a credit line become the "he" of the next quote', () => {
    const result = detectAttributions([
      'Coach Ben Amory said the team was ready.',
      '(Photo: NORTHPIX/Daniel Rook)',
      '"We have trained for this all winter," he said.',
    ]);
    expect(speakerOf(result, 'We have trained')).toBe('Ben Amory');
    expect(names(result)).toEqual(['Ben Amory']);
  });
});

describe('things that are not people', () => {
  it('does not read a sentence-opening "To" or "Is" as a first name', () => {
    const result = detectAttributions([
      'To Okafor, the vote was a betrayal. "We were lied to," Grace Okafor said.',
      'Is Okafor finished? "Not at all," she said.',
    ]);
    expect(names(result)).toEqual(['Grace Okafor']);
    expect(speakerOf(result, 'Not at all')).toBe('Grace Okafor');
  });

  it('reads a team name before a title as a team, and takes the name after the title', () => {
    const result = detectAttributions(['"We deserved nothing today," said Harbour Rovers head coach Ian Tully.']);
    expect(speakerOf(result, 'We deserved')).toBe('Ian Tully');
    expect(names(result)).toEqual(['Ian Tully']);
  });

  it('keeps an outlet out of the speakers, even when it reports something', () => {
    const result = detectAttributions([
      'The Tarrow Courier reported that the plant would close.',
      'Lena Vos told the Tarrow Courier she had known for weeks. "It is over," Vos said.',
    ]);
    expect(names(result)).toEqual(['Lena Vos']);
  });

  it('splits an occupation or nationality written before a name off it', () => {
    const result = detectAttributions([
      '"The price has doubled," Shopkeeper Aileen Moss said.',
      '"I attacked too early," said Dutchman Joost Verhaar.',
    ]);
    expect(names(result)).toEqual(['Aileen Moss', 'Joost Verhaar']);
  });

  it('still reads a known first name before an institution-like surname as a person ("Ann Banks")', () => {
    const result = detectAttributions(['Ann Banks, a teacher, said the roof leaked.', '"Every classroom has a bucket," Banks said.']);
    expect(speakerOf(result, 'Every classroom')).toBe('Ann Banks');
  });
});

describe('descriptions, titles and appositions', () => {
  it('resolves "the chief told reporters" to the person the story titled chief', () => {
    const result = detectAttributions([
      'Chief Inspector Hilary Dunn led the search.',
      '"We found the boat at first light," the chief told reporters.',
    ]);
    expect(speakerOf(result, 'We found')).toBe('Hilary Dunn');
  });

  it('resolves a nationality description ("the Dane said") to the person it titled', () => {
    const result = detectAttributions(['Dane Mikkel Holm finished second.', '"My legs were empty," the Dane said.']);
    expect(speakerOf(result, 'My legs')).toBe('Mikkel Holm');
  });

  it('resolves a role phrase opening a participle sentence to the person named later with that role', () => {
    const result = detectAttributions([
      "The port's harbour master on Monday closed the channel, saying it was unsafe.",
      'Harbour master Rolf Ekdahl said dredging would start in May.',
    ]);
    expect(result.paraphrases.find((paraphrase) => paraphrase.paragraph === 0)?.speaker).toBe('Rolf Ekdahl');
  });

  it('resolves "the 24-year-old" to the person given that age, and to the person in focus when no age was given', () => {
    const aged = detectAttributions([
      'Rafa Oyelaran, 31, came on at half-time. Lorenzo Bassi, 24, scored twice.',
      '"I just kept running," the 24-year-old told reporters.',
    ]);
    expect(speakerOf(aged, 'I just kept')).toBe('Lorenzo Bassi');
    const ageless = detectAttributions([
      'Defender Mia Storch was sent off in the 70th minute.',
      '"It was never a red card," the 29-year-old said.',
    ]);
    expect(speakerOf(ageless, 'It was never')).toBe('Mia Storch');
  });

  it('reads a name after unlisted title words ("head groundsman X")', () => {
    const result = detectAttributions(['"The pitch will be fine," said head groundsman Colin Frew.']);
    expect(speakerOf(result, 'The pitch')).toBe('Colin Frew');
  });
});

describe('cues', () => {
  it('reads a clause between the name and the verb ("X, asked about …, said:")', () => {
    const result = detectAttributions(['Ines Corral, asked whether she would resign, said: "Not today."']);
    expect(speakerOf(result, 'Not today')).toBe('Ines Corral');
  });

  it('gives a quotation after "called the X" to the subject', () => {
    const result = detectAttributions([
      'Mayor Paul Hendry spoke first.',
      'Councillor Rita Osei called the budget "a promise nobody can keep."',
    ]);
    expect(speakerOf(result, 'a promise')).toBe('Rita Osei');
  });

  it('reads uncommon speech verbs and their particles ("quipped", "blurted out")', () => {
    const result = detectAttributions(['"Ask my wife," quipped Tom Varley.', 'Sara Lind stood up. "Enough!" she blurted out.']);
    expect(speakerOf(result, 'Ask my wife')).toBe('Tom Varley');
    expect(speakerOf(result, 'Enough')).toBe('Sara Lind');
  });

  it('finds a person known by one word from a title, then attributes "X told a broadcaster" to them', () => {
    const result = detectAttributions([
      'Brazilian midfielder Netinho scored twice.',
      '"I dedicate this to my mother," Netinho told a broadcaster.',
    ]);
    expect(speakerOf(result, 'I dedicate')).toBe('Netinho');
  });

  it('reads "X was quoted as saying by an outlet"', () => {
    const result = detectAttributions(['"We will rebuild," Ravi Menon was quoted as saying by the Eastern Daily.']);
    expect(speakerOf(result, 'We will rebuild')).toBe('Ravi Menon');
  });

  it('gives a quote from a group or a document no speaker, instead of carrying the last one over', () => {
    const result = detectAttributions([
      'Mayor Ian Holt said the work was done.',
      '"The bridge is safe," officials said.',
      '"Controls were weak or absent," the report said.',
      '"The deal is done," two sources familiar with the talks said.',
    ]);
    expect([speakerOf(result, 'The bridge'), speakerOf(result, 'Controls'), speakerOf(result, 'The deal')]).toEqual([null, null, null]);
  });

  it('gives a scare quote or slogan no speaker', () => {
    const result = detectAttributions([
      'Pia Rask said the plan was sound.',
      'The so-called "green corridor" has been planned since 2019, and protesters held signs reading "Not here."',
    ]);
    expect(speakerOf(result, 'green corridor')).toBeNull();
    expect(speakerOf(result, 'Not here')).toBeNull();
  });
});
