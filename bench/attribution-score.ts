/**
 * Scores the attribution detector against hand-labelled gold: speaker
 * precision / recall / F1 and direct-quote attribution accuracy. Pure: the
 * caller reads the files and runs the detector.
 */

export interface GoldSpeaker {
  name: string;
  aliases: string[];
}

export interface GoldSample {
  speakers: GoldSpeaker[];
  /** Names a detector may report as sources (organizations, anonymous sources): neither right nor wrong. */
  acceptable_sources?: string[];
  /** Optional per quote: the features that make it hard ("pronoun", "carried-over", …). */
  quotes: { text: string; speaker: string | null; category?: string[] }[];
}

export interface PredictedSample {
  speakers: { name: string }[];
  quotes: { text: string; speaker: string | null }[];
}

export interface SampleScore {
  /** Predicted speakers that name a gold speaker. */
  speakerHits: number;
  /** Predicted speakers counted (acceptable sources left out). */
  speakerPredicted: number;
  /** Gold speakers some prediction names. */
  speakerFound: number;
  speakerGold: number;
  quoteCorrect: number;
  quoteGold: number;
  /** Gold quotes no predicted quote matched by text. */
  quoteUnmatched: string[];
  /** Gold quotes matched but given the wrong speaker. */
  quoteWrong: { text: string; expected: string | null; got: string | null; category: string[] }[];
  /** Per category: gold quotes with it and how many of those were missed or misattributed. */
  categories: Record<string, CategoryScore>;
}

export interface CategoryScore {
  quotes: number;
  wrong: number;
}

/** The bucket of a gold quote that carries no category. */
export const PLAIN_CATEGORY = 'plain';

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  quoteAccuracy: number;
}

const same = (first: string, second: string): boolean => first.trim().toLowerCase() === second.trim().toLowerCase();
const namesOf = (speaker: GoldSpeaker): string[] => [speaker.name, ...speaker.aliases];

/** Quote text for matching: straight marks, single spaces, no surrounding punctuation, lower case. */
export function normalizeQuote(text: string): string {
  return text
    .replace(/[“”„«»"]/gu, '')
    .replace(/[‘’]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[\s'.,;:!?…-]+|[\s'.,;:!?…-]+$/gu, '')
    .toLowerCase();
}

export function scoreSample(gold: GoldSample, predicted: PredictedSample): SampleScore {
  const acceptable = gold.acceptable_sources ?? [];
  const counted = predicted.speakers.filter((speaker) => !acceptable.some((source) => same(source, speaker.name)));
  const goldFor = (name: string): GoldSpeaker | undefined =>
    gold.speakers.find((speaker) => namesOf(speaker).some((alias) => same(alias, name)));
  const speakerHits = counted.filter((speaker) => goldFor(speaker.name) !== undefined).length;
  const speakerFound = gold.speakers.filter((speaker) => counted.some((prediction) => goldFor(prediction.name) === speaker)).length;

  let quoteCorrect = 0;
  const quoteUnmatched: string[] = [];
  const quoteWrong: SampleScore['quoteWrong'] = [];
  const categories: Record<string, CategoryScore> = {};
  const tally = (names: string[], wrong: boolean): void => {
    for (const name of names.length > 0 ? names : [PLAIN_CATEGORY]) {
      const entry = (categories[name] ??= { quotes: 0, wrong: 0 });
      entry.quotes++;
      if (wrong) entry.wrong++;
    }
  };
  const used = new Set<number>();
  for (const quote of gold.quotes) {
    const key = normalizeQuote(quote.text);
    const category = quote.category ?? [];
    const index = predicted.quotes.findIndex((candidate, at) => !used.has(at) && normalizeQuote(candidate.text) === key);
    if (index === -1) {
      quoteUnmatched.push(quote.text);
      tally(category, true);
      continue;
    }
    used.add(index);
    const got = predicted.quotes[index].speaker;
    const right =
      quote.speaker === null
        ? got === null
        : got !== null &&
          (same(got, quote.speaker) ||
            namesOf(goldFor(quote.speaker) ?? { name: quote.speaker, aliases: [] }).some((alias) => same(alias, got)));
    if (right) quoteCorrect++;
    else quoteWrong.push({ text: quote.text, expected: quote.speaker, got, category });
    tally(category, !right);
  }
  return {
    speakerHits,
    speakerPredicted: counted.length,
    speakerFound,
    speakerGold: gold.speakers.length,
    quoteCorrect,
    quoteGold: gold.quotes.length,
    quoteUnmatched,
    quoteWrong,
    categories,
  };
}

/** Sums sample scores (micro-average). */
export function totalScore(scores: SampleScore[]): SampleScore {
  return scores.reduce(
    (total, score) => ({
      speakerHits: total.speakerHits + score.speakerHits,
      speakerPredicted: total.speakerPredicted + score.speakerPredicted,
      speakerFound: total.speakerFound + score.speakerFound,
      speakerGold: total.speakerGold + score.speakerGold,
      quoteCorrect: total.quoteCorrect + score.quoteCorrect,
      quoteGold: total.quoteGold + score.quoteGold,
      quoteUnmatched: [...total.quoteUnmatched, ...score.quoteUnmatched],
      quoteWrong: [...total.quoteWrong, ...score.quoteWrong],
      categories: addCategories(total.categories, score.categories),
    }),
    {
      speakerHits: 0,
      speakerPredicted: 0,
      speakerFound: 0,
      speakerGold: 0,
      quoteCorrect: 0,
      quoteGold: 0,
      quoteUnmatched: [],
      quoteWrong: [],
      categories: {},
    },
  );
}

function addCategories(left: Record<string, CategoryScore>, right: Record<string, CategoryScore>): Record<string, CategoryScore> {
  const sum: Record<string, CategoryScore> = { ...left };
  for (const [name, score] of Object.entries(right)) {
    const before = sum[name] ?? { quotes: 0, wrong: 0 };
    sum[name] = { quotes: before.quotes + score.quotes, wrong: before.wrong + score.wrong };
  }
  return sum;
}

/** Precision, recall, F1 and accuracy; an empty denominator scores 1 (nothing to get wrong). */
export function figures(score: SampleScore): Figures {
  const precision = score.speakerPredicted === 0 ? (score.speakerGold === 0 ? 1 : 0) : score.speakerHits / score.speakerPredicted;
  const recall = score.speakerGold === 0 ? 1 : score.speakerFound / score.speakerGold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const quoteAccuracy = score.quoteGold === 0 ? 1 : score.quoteCorrect / score.quoteGold;
  return { precision, recall, f1, quoteAccuracy };
}
