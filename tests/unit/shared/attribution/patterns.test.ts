/**
 * The attribution detector on sentences written for these tests (not taken
 * from the sample briefings), one pattern each.
 */
import { describe, expect, it } from 'vitest';

import { type AttributionResult, detectAttributions } from '../../../../src/shared/attribution';

const speakerOf = (result: AttributionResult, quoteStart: string): string | null | undefined =>
  result.quotes.find((quote) => quote.text.startsWith(quoteStart))?.speaker;
const names = (result: AttributionResult): string[] => result.speakers.map((speaker) => speaker.name).sort();

describe('detectAttributions on direct quotes', () => {
  it('attributes a quote followed by "X said" to X', () => {
    const result = detectAttributions(['"The bridge will reopen on Sunday," Maria Olsen said.']);
    expect(speakerOf(result, 'The bridge')).toBe('Maria Olsen');
    expect(names(result)).toEqual(['Maria Olsen']);
  });

  it('attributes a quote followed by "said X, the …" to X and reads the role', () => {
    const result = detectAttributions(['"We expected worse," said Peter Lund, the mayor of Tarrow.']);
    expect(speakerOf(result, 'We expected')).toBe('Peter Lund');
    expect(result.speakers[0]).toMatchObject({ name: 'Peter Lund', role: 'mayor', organization: 'Tarrow' });
  });

  it('gives the quote offsets inside its paragraph and the span that names the speaker', () => {
    const paragraph = '“Nothing is decided yet,” Anna Brill said.';
    const [quote] = detectAttributions([paragraph]).quotes;
    expect(paragraph.slice(quote.start, quote.end)).toBe('Nothing is decided yet');
    expect(quote.evidence.text).toBe('Anna Brill said');
  });

  it('handles curly and straight quote marks alike', () => {
    const result = detectAttributions(['“Curly marks work,” said Ola Berntsen.', '"Straight marks work too," said Ola Berntsen.']);
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(['Ola Berntsen', 'Ola Berntsen']);
  });

  it('attributes a quotation introduced by a colon', () => {
    const result = detectAttributions(['Asked about the delay, Samuel Achebe replied: "We will finish by June."']);
    expect(speakerOf(result, 'We will finish')).toBe('Samuel Achebe');
  });

  it('gives a second quote in the same paragraph to the first quote’s speaker', () => {
    const result = detectAttributions(['"Prices will fall," said Nadia Farouk, an economist at Corla Bank. "Not soon, though."']);
    expect(speakerOf(result, 'Not soon')).toBe('Nadia Farouk');
  });

  it('continues a quotation over paragraphs and keeps its speaker', () => {
    const result = detectAttributions([
      'Karl Weiss said: "The first thing we did was close the valves.',
      '"Then we waited for the pressure to drop, and it did."',
    ]);
    expect(result.quotes).toHaveLength(2);
    expect(result.quotes[0].text).toBe('The first thing we did was close the valves.');
    expect(speakerOf(result, 'Then we waited')).toBe('Karl Weiss');
  });

  it('gives a paragraph that is only a quote to the last speaker', () => {
    const result = detectAttributions([
      'Union chief Rosa Almeida said the strike would go ahead.',
      'Transport Minister Ian Doyle said talks had failed.',
      '"We tried everything we could."',
    ]);
    expect(speakerOf(result, 'We tried')).toBe('Ian Doyle');
  });
});

describe('detectAttributions on reported speech', () => {
  it('finds "X said (that) …" as a paraphrase of X', () => {
    const paragraph = 'Lucia Ferrante said that the port would stay closed until Friday.';
    const result = detectAttributions([paragraph]);
    expect(names(result)).toEqual(['Lucia Ferrante']);
    const [paraphrase] = result.paraphrases;
    expect(paraphrase.speaker).toBe('Lucia Ferrante');
    expect(paragraph.slice(paraphrase.start, paraphrase.end)).toBe('the port would stay closed until Friday');
  });

  it('finds "according to X" and resolves a short name to the full name', () => {
    const paragraphs = [
      'Health Minister Omar Haddad visited the clinic on Tuesday.',
      'The clinic will double its beds this year, according to Haddad.',
    ];
    const result = detectAttributions(paragraphs);
    expect(result.paraphrases[0]).toMatchObject({ speaker: 'Omar Haddad', paragraph: 1 });
    expect(paragraphs[1].slice(result.paraphrases[0].start, result.paraphrases[0].end)).toBe('The clinic will double its beds this year');
  });

  it('reads "X, <role> of/for <org>, said" with the role and organization', () => {
    const result = detectAttributions(['Ines Moreau, director of the Regional Water Board, said the reservoirs were full.']);
    expect(result.speakers).toEqual([{ name: 'Ines Moreau', aliases: [], role: 'director', organization: 'Regional Water Board' }]);
  });

  it('reads "<Org> <role> X made the remarks"', () => {
    const result = detectAttributions([
      'Interior Ministry spokeswoman Li Na made the remarks at a news conference, stressing that the border was "fully secure".',
    ]);
    expect(result.speakers[0]).toMatchObject({ name: 'Li Na', role: 'spokeswoman', organization: 'Interior Ministry' });
    expect(speakerOf(result, 'fully secure')).toBe('Li Na');
  });
});

describe('detectAttributions on back-references', () => {
  it('resolves a family name written first ("Wang" for "Wang Jun")', () => {
    const result = detectAttributions(['Trade official Wang Jun spoke in Shenzhen.', '"Exports will grow," Wang said.']);
    expect(speakerOf(result, 'Exports')).toBe('Wang Jun');
  });

  it('resolves a surname written last ("Okoro" for "Grace Okoro")', () => {
    const result = detectAttributions(['Grace Okoro chairs the council.', '"We have no money left," Okoro said.']);
    expect(speakerOf(result, 'We have no')).toBe('Grace Okoro');
    expect(result.speakers[0].aliases).toContain('Okoro');
  });

  it('resolves "he said" and "she said" to the last person of that gender', () => {
    const result = detectAttributions([
      'Mr. Tom Reyes said the tunnel was safe. Ms. Jane Pike disagreed.',
      '"It has cracks everywhere," she said.',
      '"The cracks are cosmetic," he said.',
    ]);
    expect(speakerOf(result, 'It has cracks')).toBe('Jane Pike');
    expect(speakerOf(result, 'The cracks')).toBe('Tom Reyes');
  });

  it('resolves "He said …" to the last speaker as a paraphrase', () => {
    const result = detectAttributions(['Victor Hale said the deal was close.', 'He said both sides had agreed on prices.']);
    expect(result.paraphrases.map((paraphrase) => paraphrase.speaker)).toEqual(['Victor Hale', 'Victor Hale']);
  });
});

describe('detectAttributions on names', () => {
  it('strips titles before names (Dr., Prof., Mr., Finance Minister)', () => {
    const result = detectAttributions([
      'Dr. Amara Eze said the vaccine was safe.',
      'Prof. Hans Gruber said more trials were needed.',
      'Mr. Colin Shaw said he would not comment.',
      'Finance Minister Rita Kaur said taxes would not rise.',
    ]);
    expect(names(result)).toEqual(['Amara Eze', 'Colin Shaw', 'Hans Gruber', 'Rita Kaur']);
    expect(result.speakers.find((speaker) => speaker.name === 'Rita Kaur')?.role).toBe('Finance Minister');
  });

  it("keeps particles and apostrophes in names (de la Roche, van der Berg, O'Brien)", () => {
    const result = detectAttributions([
      '"It is a good day," said Camille de la Roche.',
      'Pieter van der Berg said the dikes held.',
      '"We are ready," Siobhan O\'Brien said.',
      '"No comment," van der Berg said.',
    ]);
    expect(names(result)).toEqual(['Camille de la Roche', 'Pieter van der Berg', "Siobhan O'Brien"]);
    expect(speakerOf(result, 'No comment')).toBe('Pieter van der Berg');
  });
});

describe('detectAttributions on descriptions', () => {
  it('links "the minister" back to the last minister named', () => {
    const result = detectAttributions(['Energy Minister Paul Varga opened the plant.', '"This is our future," the minister said.']);
    expect(speakerOf(result, 'This is our future')).toBe('Paul Varga');
    expect(result.speakers[0].aliases).toContain('the minister');
  });

  it('links a description to the person named later when no earlier person fits it', () => {
    const result = detectAttributions([
      'Education Ministry spokesman Ali Demir said schools would reopen.',
      'Earlier, the country\'s police spokesman also said the "streets are calm."',
      'Officers made no arrests overnight, Kemal Aydin, spokesman for the National Police, said on Friday.',
    ]);
    expect(speakerOf(result, 'streets are calm')).toBe('Kemal Aydin');
    expect(result.speakers.find((speaker) => speaker.name === 'Kemal Aydin')?.aliases).toContain("the country's police spokesman");
  });
});

describe('detectAttributions on sources that are not people', () => {
  it('keeps organizations out of the speakers and lists them as sources', () => {
    const result = detectAttributions([
      'The ministry said in a statement: "No data was lost."',
      'Greenway Alliance said the plan was reckless.',
    ]);
    expect(result.speakers).toEqual([]);
    expect(speakerOf(result, 'No data')).toBeNull();
    expect(result.sources).toEqual(expect.arrayContaining(['ministry', 'Greenway Alliance']));
  });

  it('gives quotes from an anonymous source no speaker', () => {
    const result = detectAttributions([
      'Rector Ilse Vogt said fees would rise.',
      'A staff member, who spoke on condition of anonymity, said the rise was "a done deal."',
    ]);
    expect(speakerOf(result, 'a done deal')).toBeNull();
    expect(names(result)).toEqual(['Ilse Vogt']);
  });

  it('does not hand "she said" after an unnamed speaker to someone named earlier', () => {
    const result = detectAttributions([
      'Judge Eva Lorne adjourned the case.',
      'A court clerk said the files were missing. "We searched all day," she added.',
    ]);
    expect(speakerOf(result, 'We searched')).toBeNull();
  });

  it('uses known speakers first and keeps their canonical names', () => {
    const known = [{ name: 'Gen. Mark Tull', aliases: ['Tull', 'the general'], role: 'army chief', organization: 'Army' }];
    const result = detectAttributions(['"We are holding the line," Tull said.', '"Morale is high," the general said.'], {
      knownSpeakers: known,
    });
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(['Gen. Mark Tull', 'Gen. Mark Tull']);
    expect(result.speakers[0]).toMatchObject({ name: 'Gen. Mark Tull', role: 'army chief' });
  });
});
