/**
 * `npm run torture [-- --trials N --calls N --seed N --json]`: the long form of
 * the suite's bounded torture (tests/unit/main/store/torture.test.ts) — by
 * default 1,000 SIGKILL trials and 20,000 fuzzed IPC calls — printing trials,
 * acknowledged saves, lost, torn, index mismatches and escaped exceptions.
 * Exits 1 when any of those (or a partial import or export) is not zero.
 */
import { parseArgs } from 'node:util';

import { runFuzzedCalls } from './torture/fuzz-calls';
import { runKillTrials } from './torture/kill-trials';

const { values } = parseArgs({
  options: { trials: { type: 'string' }, calls: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } },
});
const trials = Number(values.trials ?? 1_000);
const calls = Number(values.calls ?? 20_000);
const seed = Number(values.seed ?? Date.now() % 1_000_000);

const started = Date.now();
const figures = await runKillTrials({
  trials,
  seed,
  onTrial: (progress) => {
    if (!values.json && progress.trials % 50 === 0) process.stderr.write(`  ${progress.trials}/${trials} trials…\n`);
  },
});
const fuzz = await runFuzzedCalls(calls, seed);
figures.fuzzedCalls = fuzz.calls;
figures.fuzzFailures = fuzz.failures;
const seconds = Math.round((Date.now() - started) / 1000);

if (values.json) {
  process.stdout.write(`${JSON.stringify({ seed, seconds, ...figures, fuzzExamples: fuzz.examples }, null, 2)}\n`);
} else {
  process.stdout.write(
    [
      `seed ${seed}, ${seconds} s`,
      `trials: ${figures.trials}`,
      `acknowledged saves: ${figures.acknowledgedSaves}`,
      `lost: ${figures.lost}`,
      `torn: ${figures.torn}`,
      `index mismatches: ${figures.indexMismatches}`,
      `escaped exceptions: ${figures.escapedExceptions + figures.fuzzFailures} (${figures.escapedExceptions} around kills, ${figures.fuzzFailures} of ${figures.fuzzedCalls} fuzzed calls)`,
      `partial imports: ${figures.partialImports}, partial exports: ${figures.partialExports}`,
      ...fuzz.examples.map((example) => `  fuzz: ${example}`),
    ].join('\n') + '\n',
  );
}
const bad =
  figures.lost +
  figures.torn +
  figures.indexMismatches +
  figures.escapedExceptions +
  figures.partialImports +
  figures.partialExports +
  figures.fuzzFailures;
process.exitCode = bad === 0 ? 0 : 1;
