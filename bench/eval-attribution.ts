/**
 * `npm run eval:attribution [-- --json]`: runs the attribution detector over
 * the shared sample briefings and scores it against gold.json.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { detectAttributions } from '../src/shared/attribution';
import { parseBriefing } from '../src/shared/briefing-parser';
import { figures, scoreSample, totalScore, type GoldSample, type SampleScore } from './attribution-score';

const SAMPLES = resolve(process.env.NEWSDESK_SAMPLES ?? join(import.meta.dirname, '..', '..', 'shared', 'samples'));

const round = (value: number): number => Math.round(value * 1000) / 1000;
const describe = (score: SampleScore) => {
  const { precision, recall, f1, quoteAccuracy } = figures(score);
  return { precision: round(precision), recall: round(recall), f1: round(f1), quoteAccuracy: round(quoteAccuracy), quotes: `${score.quoteCorrect}/${score.quoteGold}` };
};

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const gold = JSON.parse(await readFile(join(SAMPLES, 'gold.json'), 'utf8')) as Record<string, GoldSample>;
  const scores: { file: string; score: SampleScore }[] = [];
  for (const [file, sample] of Object.entries(gold)) {
    const briefing = parseBriefing(await readFile(join(SAMPLES, file), 'utf8'), file);
    const result = detectAttributions(briefing.paragraphs);
    scores.push({ file, score: scoreSample(sample, { speakers: result.speakers, quotes: result.quotes }) });
  }
  const overall = totalScore(scores.map((entry) => entry.score));
  if (json) {
    const samples = Object.fromEntries(scores.map(({ file, score }) => [file, { ...describe(score), unmatched: score.quoteUnmatched, wrong: score.quoteWrong }]));
    console.log(JSON.stringify({ samples, overall: describe(overall) }, null, 2));
    return;
  }
  for (const { file, score } of scores) {
    const figure = describe(score);
    console.log(`${file}\n  speakers P ${figure.precision} R ${figure.recall} F1 ${figure.f1}   quotes ${figure.quotes} = ${figure.quoteAccuracy}`);
    for (const text of score.quoteUnmatched) console.log(`  missed quote: "${text}"`);
    for (const wrong of score.quoteWrong) console.log(`  wrong speaker: "${wrong.text}" expected ${wrong.expected} got ${wrong.got}`);
  }
  const figure = describe(overall);
  console.log(`overall (micro)\n  speakers P ${figure.precision} R ${figure.recall} F1 ${figure.f1}   quotes ${figure.quotes} = ${figure.quoteAccuracy}`);
}

main().catch((error: unknown) => {
  console.error(`eval:attribution failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
