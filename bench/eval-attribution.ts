/**
 * `npm run eval:attribution [-- --gold FILE] [--dir DIR] [--json]`: runs the
 * attribution detector over every briefing a gold file names and scores it:
 * speaker precision, recall and F1, quote accuracy, and the missed or
 * misattributed quotes by category (each gold quote's optional `category`
 * array; a quote without one counts as "plain").
 *
 * DIR defaults to ../shared/samples (or NEWSDESK_SAMPLES); FILE to DIR/gold.json.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { detectAttributions } from '../src/shared/attribution';
import { parseBriefing } from '../src/shared/briefing-parser';
import { type CategoryScore, figures, type GoldSample, type SampleScore, scoreSample, totalScore } from './attribution-score';

interface Options {
  dir: string;
  gold: string;
  json: boolean;
}

function readOptions(argv: string[]): Options {
  const valueOf = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    if (at === -1) return undefined;
    const value = argv[at + 1];
    if (value === undefined || value.startsWith('--'))
      throw new Error(`${flag} needs a value, for example ${flag} tests/fixtures/attribution-dev/tune`);
    return value;
  };
  const dir = resolve(valueOf('--dir') ?? process.env.NEWSDESK_SAMPLES ?? join(import.meta.dirname, '..', '..', 'shared', 'samples'));
  return { dir, gold: resolve(valueOf('--gold') ?? join(dir, 'gold.json')), json: argv.includes('--json') };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

const describe = (score: SampleScore) => {
  const { precision, recall, f1, quoteAccuracy } = figures(score);
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    quoteAccuracy: round(quoteAccuracy),
    quotes: `${score.quoteCorrect}/${score.quoteGold}`,
  };
};

const describeCategories = (categories: Record<string, CategoryScore>) =>
  Object.fromEntries(
    Object.entries(categories)
      .sort(([first], [second]) => first.localeCompare(second))
      .map(([name, { quotes, wrong }]) => [name, { quotes, wrong, accuracy: round(quotes === 0 ? 1 : (quotes - wrong) / quotes) }]),
  );

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const gold = JSON.parse(await readFile(options.gold, 'utf8')) as Record<string, GoldSample>;
  const scores: { file: string; score: SampleScore }[] = [];
  for (const [file, sample] of Object.entries(gold)) {
    const briefing = parseBriefing(await readFile(join(options.dir, file), 'utf8'), file);
    const result = detectAttributions(briefing.paragraphs);
    scores.push({ file, score: scoreSample(sample, { speakers: result.speakers, quotes: result.quotes }) });
  }
  const overall = totalScore(scores.map((entry) => entry.score));
  if (options.json) {
    const samples = Object.fromEntries(
      scores.map(({ file, score }) => [file, { ...describe(score), unmatched: score.quoteUnmatched, wrong: score.quoteWrong }]),
    );
    console.log(
      JSON.stringify(
        { dir: options.dir, samples, overall: describe(overall), categories: describeCategories(overall.categories) },
        null,
        2,
      ),
    );
    return;
  }
  for (const { file, score } of scores) {
    const figure = describe(score);
    console.log(
      `${file}\n  speakers P ${figure.precision} R ${figure.recall} F1 ${figure.f1}   quotes ${figure.quotes} = ${figure.quoteAccuracy}`,
    );
    for (const text of score.quoteUnmatched) console.log(`  missed quote: "${text}"`);
    for (const wrong of score.quoteWrong)
      console.log(
        `  wrong speaker: "${wrong.text}" expected ${wrong.expected} got ${wrong.got}${wrong.category.length > 0 ? ` [${wrong.category.join(', ')}]` : ''}`,
      );
  }
  const figure = describe(overall);
  console.log(
    `overall (micro)\n  speakers P ${figure.precision} R ${figure.recall} F1 ${figure.f1}   quotes ${figure.quotes} = ${figure.quoteAccuracy}`,
  );
  console.log('missed or misattributed quotes by category');
  for (const [name, { quotes, wrong, accuracy }] of Object.entries(describeCategories(overall.categories))) {
    console.log(`  ${name.padEnd(17)} ${String(wrong).padStart(3)} of ${String(quotes).padStart(3)} wrong   accuracy ${accuracy}`);
  }
}

main().catch((error: unknown) => {
  console.error(`eval:attribution failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
