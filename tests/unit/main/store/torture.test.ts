/**
 * The bounded torture run (`npm run torture` is the long form): processes
 * killed with SIGKILL while saving, importing and exporting lose, tear or
 * split nothing they acknowledged, and the next open always succeeds with an
 * index that agrees with the article files.
 */
import { describe, expect, it } from 'vitest';

import { runKillTrials } from '../../../../scripts/torture/kill-trials';

const TRIALS = Number(process.env.NEWSDESK_KILL_TRIALS ?? 50);

describe('a desk killed at random moments', () => {
  it(`keeps every acknowledged save, tears no file, splits no import and cuts no export short, over ${TRIALS} SIGKILL trials`, async () => {
    const figures = await runKillTrials({ trials: TRIALS, seed: Number(process.env.NEWSDESK_KILL_SEED ?? 2026) });
    expect(figures.trials).toBe(TRIALS);
    expect(figures.acknowledgedSaves).toBeGreaterThan(TRIALS);
    expect({
      lost: figures.lost,
      torn: figures.torn,
      indexMismatches: figures.indexMismatches,
      escapedExceptions: figures.escapedExceptions,
      partialImports: figures.partialImports,
      partialExports: figures.partialExports,
    }).toEqual({
      lost: 0,
      torn: 0,
      indexMismatches: 0,
      escapedExceptions: 0,
      partialImports: 0,
      partialExports: 0,
    });
  }, 180_000);
});
