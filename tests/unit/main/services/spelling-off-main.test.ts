import { performance } from 'node:perf_hooks';

import { describe, expect, it } from 'vitest';

import { createSpellingService } from '../../../../src/main/services/spelling';
import { useDesks } from '../../../support/desks';

const { open } = useDesks();
/** A 100-character non-word: nspell tries many edits of it before giving up. */
const NON_WORD = 'qwertyuiopasdfghjklzxcvbnm'.repeat(4).slice(0, 100);

describe('spelling suggestions', () => {
  it('run in a worker thread: the main event loop keeps ticking, and a lookup past the time cap is abandoned with no suggestions', async () => {
    const desk = await open();
    const spelling = createSpellingService(desk.store, { now: () => new Date() }, { suggestTimeLimitMs: 25 });
    try {
      expect(await spelling.check(['goverment', 'budget'])).toEqual(['goverment']);
      let longestGap = 0;
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
      }, 5);
      const started = performance.now();
      const suggestions = await spelling.suggest(NON_WORD);
      const took = performance.now() - started;
      // A block that ended just now shows only here: the interval had no chance to fire during it.
      longestGap = Math.max(longestGap, performance.now() - last);
      clearInterval(ticker);
      expect(suggestions).toEqual([]);
      expect(took).toBeLessThan(1_000);
      expect(longestGap).toBeLessThan(60);
      // The next task gets a fresh thread.
      expect(await spelling.check(['recieved', 'received'])).toEqual(['recieved']);
    } finally {
      await spelling.close();
    }
  }, 30_000);
});
