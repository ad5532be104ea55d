/** Timing helpers for the benchmarks: wall-clock milliseconds, percentiles. */
import { performance } from 'node:perf_hooks';

export async function timeIt(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The p-th percentile (nearest rank) of `samples`, rounded to 0.01 ms. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank] * 100) / 100;
}
