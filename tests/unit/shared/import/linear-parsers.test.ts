/**
 * Every parser a file or an article goes through runs in time linear in its
 * input: adversarial inputs of 10 KB, 100 KB and 1 MB (whitespace runs that
 * make regular expressions backtrack, deep nesting, unterminated constructs)
 * may each take at most ~30 times longer than the size ten times smaller
 * (plus a small constant for timer noise). A quadratic parser takes 100 times
 * longer, an exponential one never finishes: the worker stops it at a deadline.
 */
import { afterAll, describe, expect, it } from 'vitest';

import type { ParserName } from '../../../support/parser-entry-points';
import { TimedParserWorker } from '../../../support/timed-parser-worker';

const SIZES = [10_000, 100_000, 1_000_000] as const;
/** Allowed growth per ×10 in size (linear is ×10; ×30 leaves room for a noisy, shared machine). */
const MAX_GROWTH = 30;
/** Milliseconds of slack per step, for timer and GC noise on small inputs. */
const SLACK_MS = 100;
/** A linear parse of 1 MB takes well under this; a backtracking one takes minutes. */
const DEADLINE_MS = { 10_000: 4_000, 100_000: 15_000, 1_000_000: 30_000 } as const;

/** `unit` repeated to at least `size` characters, between `before` and `after`. */
function fill(before: string, unit: string, size: number, after = ''): string {
  return before + unit.repeat(Math.ceil(size / unit.length)) + after;
}

type Shape = (size: number) => string;

const SHAPES: Record<ParserName, Record<string, Shape>> = {
  briefing: {
    'a whitespace run inside a line': (size) => fill('Headline\nBEIJING - x', ' ', size, 'x\n'),
    'a whitespace run after a capital (a dateline that never comes)': (size) => fill('Headline\nA', ' ', size, 'x\n'),
    'capital words separated by double spaces': (size) => fill('Headline\nBEIJING', '  A', size, ' x\n'),
    'a whitespace run in a "Related stories" heading': (size) => fill('Headline\nBEIJING - Text.\nrelated', ' ', size, 'stories x\n'),
    'tabs and spaces at the end of every line': (size) => fill('Headline\n', 'BEIJING - x \t \n', size),
  },
  markdownImport: {
    'a whitespace run inside a heading': (size) => fill('# a', ' ', size, 'b'),
    'a heading of spaces and hashes': (size) => fill('# a', ' #', size, 'b'),
    'a front matter block that is never closed': (size) => fill('---\n', '---   x\n', size),
    'nested block quotes': (size) => fill('', '> ', size, 'x'),
    'nested lists': (size) => fill('', '- ', size, 'x'),
    'emphasis that never closes': (size) => fill('', '*a **b _c ', size),
    'brackets that never close': (size) => fill('', '[a](', size),
    'an inline tag with a whitespace run': (size) => fill('x <span data-attribution', ' ', size, 'x'),
    'an HTML block of unclosed angle brackets': (size) => fill('<div>\n', '<a ', size),
    'CriticMarkup openers that never close': (size) => fill('', '{++a {--b {~~c {==d {>>e ', size),
    'CriticMarkup substitutions whose arrow comes only at the end': (size) => fill('', '{~~a~~} ', size, '~>'),
    'CriticMarkup comments that never close after a change': (size) => fill('{++a++}', '{>>x ', size),
    'CriticMarkup closers all escaped': (size) => fill('{++', '\\++} ', size, '++}'),
    'CriticMarkup nested highlights and comments': (size) => fill('', '{=={>>', size, '<<}==}'),
    'CriticMarkup changes nested deeply': (size) => fill('', '{++{--', size, '--}++}'),
  },
  htmlImport: {
    'a whitespace run in text': (size) => fill('<p>a', ' \n\t', size, 'b</p>'),
    'deeply nested elements': (size) => fill('', '<div>', size, 'x'),
    'deeply nested inline marks': (size) => fill('<p>', '<b><i>', size, 'x'),
    'our export marker and unterminated JSON-LD scripts': (size) =>
      fill('<meta name="generator" content="Newsdesk">', '<script type="application/ld+json">{', size),
    'unterminated <html tags': (size) => fill('', '<html ', size),
    'a style attribute with a whitespace run': (size) => fill('<p><span style="font-weight:', ' ', size, 'bold">x</span></p>'),
  },
  markdownExport: {
    'a whitespace run between words': (size) => fill('a', ' ', size, 'b'),
    'a whitespace run at the start of a line': (size) => fill('', ' ', size, 'b'),
    'ampersands before a long word': (size) => fill('', '&', size / 2, 'a'.repeat(size / 2)),
    'digits that look like an ordered list': (size) => fill('', '1', size, 'x'),
  },
};

const worker = new TimedParserWorker();
afterAll(() => worker.stop());

/** The fastest of `runs` parses (or null when one missed the deadline). */
async function fastest(parser: ParserName, text: string, size: (typeof SIZES)[number], runs: number): Promise<number | null> {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const time = await worker.time(parser, text, DEADLINE_MS[size]);
    if (time === null) return null;
    best = Math.min(best, time);
  }
  return best;
}

for (const [parser, shapes] of Object.entries(SHAPES) as [ParserName, Record<string, Shape>][]) {
  describe(`the ${parser} parser`, () => {
    for (const [name, shape] of Object.entries(shapes)) {
      it(`takes linear time on ${name}`, async () => {
        const times: number[] = [];
        const measure = async (step: number, runs: number): Promise<number> => {
          const size = SIZES[step];
          const time = await fastest(parser, shape(size), size, runs);
          if (time === null)
            expect.fail(
              `${parser} did not finish ${size} characters of ${name} within ${DEADLINE_MS[size]} ms (after ${times.map((t) => t.toFixed(1)).join(', ')} ms): it backtracks.`,
            );
          return time;
        };
        const grewLinearly = (step: number) => times[step] <= times[step - 1] * MAX_GROWTH + SLACK_MS;
        for (let step = 0; step < SIZES.length; step++) {
          times[step] = await measure(step, SIZES[step] === 1_000_000 ? 1 : 3);
          // One pause of the shared machine must not fail the test: measure the pair again before judging.
          if (step > 0 && !grewLinearly(step)) {
            times[step - 1] = await measure(step - 1, 5);
            times[step] = await measure(step, 3);
          }
          if (step > 0) {
            const path = `${times.map((t) => t.toFixed(1)).join(' → ')} ms for ${SIZES.slice(0, step + 1).join(' → ')} characters`;
            expect(grewLinearly(step), `${parser}, ${name}: ${path}`).toBe(true);
          }
        }
      }, 120_000);
    }
  });
}
