/**
 * Fuzzed DeskApi calls against a real desk on a temp folder: every call must
 * be answered with a readable result — never a throw, never an "internal"
 * error. Counts the failures instead of stopping at the first, for the report.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';

import { openDesk } from '../../src/main/open-desk';
import { isTrustedRendererUrl } from '../../src/main/sender-policy';
import { isDeskErrorData } from '../../src/shared/errors';
import { deskCalls, RENDERER_URL } from './ipc-arbitraries';

export interface FuzzFigures {
  calls: number;
  /** Calls that threw, or answered with an unreadable result or an "internal" error. */
  failures: number;
  /** The first few failures, for a person to read. */
  examples: string[];
}

export async function runFuzzedCalls(count: number, seed = 20261129): Promise<FuzzFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-fuzz-'));
  const desk = await openDesk({ dataDir, isTrustedSender: (url) => isTrustedRendererUrl(url, RENDERER_URL) });
  const figures: FuzzFigures = { calls: 0, failures: 0, examples: [] };
  try {
    await desk.services.articles.create({ headline: 'Fuzz target' });
    const knownIds = () => desk.store.summaries().map((row) => row.id);
    for (const call of fc.sample(deskCalls(knownIds), { numRuns: count, seed })) {
      figures.calls++;
      let problem: string | null = null;
      try {
        const result = await desk.handlers[call.channel](call.payload, { url: call.url });
        if (!result.ok && (!isDeskErrorData(result.error) || result.error.code === 'internal')) problem = JSON.stringify(result.error);
      } catch (error) {
        problem = `threw ${(error as Error)?.message ?? String(error)}`;
      }
      if (problem) {
        figures.failures++;
        if (figures.examples.length < 5) figures.examples.push(`${call.channel}: ${problem.slice(0, 300)}`);
      }
    }
  } finally {
    await desk.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return figures;
}
