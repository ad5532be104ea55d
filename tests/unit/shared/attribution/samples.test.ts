/**
 * Regression guard: the detector's scores over the shared sample briefings
 * must not fall below what it reached when written (all 1.0), less a margin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { figures, type GoldSample, scoreSample, totalScore } from '../../../../bench/attribution-score';
import { detectAttributions } from '../../../../src/shared/attribution';
import { parseBriefing } from '../../../../src/shared/briefing-parser';
import { samplesDir } from '../../../support/samples';

const SAMPLES = samplesDir();

describe('detectAttributions on the sample briefings', () => {
  it('keeps speaker F1 and quote accuracy at least 0.95 overall and 0.85 per sample', () => {
    const gold = JSON.parse(readFileSync(join(SAMPLES, 'gold.json'), 'utf8')) as Record<string, GoldSample>;
    const scores = Object.entries(gold).map(([file, sample]) => {
      const result = detectAttributions(parseBriefing(readFileSync(join(SAMPLES, file), 'utf8'), file).paragraphs);
      return { file, score: scoreSample(sample, result) };
    });
    for (const { file, score } of scores) {
      const { f1, quoteAccuracy } = figures(score);
      expect({ file, f1: f1 >= 0.85, quoteAccuracy: quoteAccuracy >= 0.85 }).toEqual({ file, f1: true, quoteAccuracy: true });
    }
    const overall = figures(totalScore(scores.map((entry) => entry.score)));
    expect(overall.f1).toBeGreaterThanOrEqual(0.95);
    expect(overall.quoteAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
