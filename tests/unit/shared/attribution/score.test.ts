import { describe, expect, it } from 'vitest';

import { figures, type GoldSample, normalizeQuote, scoreSample, totalScore } from '../../../../bench/attribution-score';

const gold: GoldSample = {
  speakers: [
    { name: 'Ada Lind', aliases: ['Lind'] },
    { name: 'Bo Kim', aliases: [] },
  ],
  acceptable_sources: ['Harbor Board'],
  quotes: [
    { text: 'We are ready', speaker: 'Ada Lind' },
    { text: 'Not yet', speaker: 'Bo Kim' },
    { text: 'It was ordinary', speaker: null },
  ],
};

describe('the attribution scorer', () => {
  it('normalizes quote marks, spaces, case and surrounding punctuation before matching', () => {
    expect(normalizeQuote('“We are  ready,”')).toBe('we are ready');
    expect(normalizeQuote('"It\u2019s done."')).toBe("it's done");
  });

  it('counts a speaker right when it names a gold speaker or an alias, and ignores acceptable sources', () => {
    const score = scoreSample(gold, { speakers: [{ name: 'Lind' }, { name: 'Harbor Board' }, { name: 'Cy Moss' }], quotes: [] });
    expect(score).toMatchObject({ speakerHits: 1, speakerPredicted: 2, speakerFound: 1, speakerGold: 2 });
    const { precision, recall, f1 } = figures(score);
    expect([precision, recall, f1]).toEqual([0.5, 0.5, 0.5]);
  });

  it('scores a quote right when its speaker matches, null matching null, and an unmatched quote wrong', () => {
    const score = scoreSample(gold, {
      speakers: [],
      quotes: [
        { text: 'we are ready.', speaker: 'Lind' },
        { text: 'It was ordinary', speaker: null },
        { text: 'Something else', speaker: 'Bo Kim' },
      ],
    });
    expect(score.quoteCorrect).toBe(2);
    expect(score.quoteUnmatched).toEqual(['Not yet']);
    expect(figures(score).quoteAccuracy).toBeCloseTo(2 / 3);
  });

  it('gives a wrong speaker for a null gold quote no credit', () => {
    const score = scoreSample(gold, { speakers: [], quotes: [{ text: 'It was ordinary', speaker: 'Ada Lind' }] });
    expect(score.quoteWrong).toEqual([{ text: 'It was ordinary', expected: null, got: 'Ada Lind', category: [] }]);
  });

  it('adds samples up before dividing (micro average)', () => {
    const perfect = scoreSample(gold, { speakers: [{ name: 'Ada Lind' }, { name: 'Bo Kim' }], quotes: gold.quotes });
    const empty = scoreSample(gold, { speakers: [], quotes: [] });
    const total = figures(totalScore([perfect, empty]));
    expect(total.precision).toBe(1);
    expect(total.recall).toBe(0.5);
    expect(total.quoteAccuracy).toBe(0.5);
  });
});

describe('the attribution scorer by category', () => {
  it('counts each gold quote under each of its categories, and one without under "plain"', () => {
    const sample: GoldSample = {
      speakers: [{ name: 'Ada Lind', aliases: [] }],
      quotes: [
        { text: 'One', speaker: 'Ada Lind', category: ['pronoun', 'carried-over'] },
        { text: 'Two', speaker: 'Ada Lind', category: ['pronoun'] },
        { text: 'Three', speaker: 'Ada Lind' },
        { text: 'Four', speaker: null, category: ['partial'] },
      ],
    };
    const score = scoreSample(sample, {
      speakers: [],
      quotes: [
        { text: 'One', speaker: 'Bo Kim' },
        { text: 'Two', speaker: 'Ada Lind' },
        { text: 'Three', speaker: 'Ada Lind' },
      ],
    });
    expect(score.categories).toEqual({
      pronoun: { quotes: 2, wrong: 1 },
      'carried-over': { quotes: 1, wrong: 1 },
      plain: { quotes: 1, wrong: 0 },
      partial: { quotes: 1, wrong: 1 },
    });
    expect(totalScore([score, score]).categories.pronoun).toEqual({ quotes: 4, wrong: 2 });
  });
});
