/**
 * Related-story picker benchmark: fuzzy/prefix headline search over 10,000
 * stored articles through the real DeskApi handler (validation included), as
 * the picker calls it while an editor types.
 */
import { rm } from 'node:fs/promises';

import { openDesk } from '../src/main/open-desk';
import { percentile, timeIt } from './measure';
import { makeStoreFolder } from './store-bench';

/** What an editor types into the picker, keystroke by keystroke, plus a typo. */
const QUERIES = [
  'h',
  'ha',
  'har',
  'harb',
  'harbor',
  'harbor def',
  'harbor defends dredg',
  'minster budget',
  'flood warn',
  'coun',
  'council cuts',
  'airline night fl',
];

export interface RelatedSearchResult {
  articles: number;
  /** The first search: builds the headline index from the store's summaries. */
  firstSearchRightAfterOpenMs: number;
  searchP50Ms: number;
  searchP95Ms: number;
}

export async function runRelatedSearchBench(count = 10_000, rounds = 20): Promise<RelatedSearchResult> {
  const dataDir = await makeStoreFolder(count);
  const desk = await openDesk({ dataDir, isTrustedSender: () => true });
  const sender = { url: 'bench' };
  const firstSearchRightAfterOpenMs = await timeIt(() => desk.handlers['related:search']({ query: 'harbor' }, sender));
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) samples.push(await timeIt(() => desk.handlers['related:search']({ query }, sender)));
  }
  await desk.close();
  await rm(dataDir, { recursive: true, force: true });
  return {
    articles: count,
    firstSearchRightAfterOpenMs: Math.round(firstSearchRightAfterOpenMs * 100) / 100,
    searchP50Ms: percentile(samples, 50),
    searchP95Ms: percentile(samples, 95),
  };
}
