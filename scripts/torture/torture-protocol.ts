/** What the kill-trial parent and its child agree on: headlines carry versions, figures are counted the same way. */

/** "Torture story 3 v17" → 17 (0 when the headline has no version). */
export function versionOf(headline: string): number {
  return Number(/ v(\d+)$/.exec(headline)?.[1] ?? 0);
}

/** The figures `npm run torture` prints and the bounded suite checks. */
export interface TortureFigures {
  trials: number;
  /** Saves the killed process acknowledged (printed after they resolved). */
  acknowledgedSaves: number;
  /** Acknowledged saves whose version was not on disk after the kill. */
  lost: number;
  /** Article files that were not a whole, valid article after the kill. */
  torn: number;
  /** Index rows that disagreed with the article files after reopening (and in desk.json after closing). */
  indexMismatches: number;
  /** Exceptions: from reopening or checking the folder, or printed by the killed process. */
  escapedExceptions: number;
  /** Killed `desk import` batches that left some but not all of their articles. */
  partialImports: number;
  /** Visible exported files that were empty or cut short after a killed export. */
  partialExports: number;
  /** IPC calls fuzzed, and those answered with a throw or an "internal" error. */
  fuzzedCalls: number;
  fuzzFailures: number;
}

export function emptyFigures(): TortureFigures {
  return {
    trials: 0,
    acknowledgedSaves: 0,
    lost: 0,
    torn: 0,
    indexMismatches: 0,
    escapedExceptions: 0,
    partialImports: 0,
    partialExports: 0,
    fuzzedCalls: 0,
    fuzzFailures: 0,
  };
}
