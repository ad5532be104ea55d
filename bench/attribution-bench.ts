/**
 * Attribution speed: the detector over a 1,000-word and a 20,000-word article
 * built from the development set's briefings (real-news shapes: many names,
 * quotes, pronouns and descriptions). Reports the first run (it loads the
 * first-name list) and the median and p95 of 21 runs after it. Target: the
 * 1,000-word median ≤ 20 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { detectAttributions } from '../src/shared/attribution';
import { parseBriefing } from '../src/shared/briefing-parser';
import { percentile, timeIt } from './measure';

const DEVELOPMENT_SET = join(import.meta.dirname, '..', 'tests', 'fixtures', 'attribution-dev', 'tune');

export interface AttributionSpeed {
  words1k: number;
  firstRun1kMs: number;
  p50Of1kMs: number;
  p95Of1kMs: number;
  words20k: number;
  p50Of20kMs: number;
}

/** Paragraphs of the development set's briefings, in order, repeated until they hold `words` words. */
function article(words: number): { paragraphs: string[]; words: number } {
  const files = readdirSync(DEVELOPMENT_SET)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  const source = files.flatMap((file) => parseBriefing(readFileSync(join(DEVELOPMENT_SET, file), 'utf8'), file).paragraphs);
  const paragraphs: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    const paragraph = source[index % source.length];
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/u).length;
  }
  return { paragraphs, words: count };
}

async function timings(paragraphs: string[], rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) samples.push(await timeIt(() => detectAttributions(paragraphs)));
  return samples;
}

export async function runAttributionBench(): Promise<AttributionSpeed> {
  const small = article(1_000);
  const large = article(20_000);
  const firstRun1kMs = Math.round((await timeIt(() => detectAttributions(small.paragraphs))) * 100) / 100;
  const samples = await timings(small.paragraphs, 21);
  const largeSamples = await timings(large.paragraphs, 5);
  return {
    words1k: small.words,
    firstRun1kMs,
    p50Of1kMs: percentile(samples, 50),
    p95Of1kMs: percentile(samples, 95),
    words20k: large.words,
    p50Of20kMs: percentile(largeSamples, 50),
  };
}
