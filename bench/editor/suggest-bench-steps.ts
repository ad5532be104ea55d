/**
 * Suggest mode in the editor benchmark, on a 20,000-word story holding 500
 * open suggestions:
 *
 *   keystrokeSuggest20k  typing in suggest mode against typing in normal mode,
 *                        same story, same page, rounds interleaved (order
 *                        swapped every round); ratio = suggest p95 ÷ normal p95
 *   acceptAll500         Accept all: from the command to every handler of the
 *                        change having run (`commandMs`, timed like a keystroke)
 *                        and to the next frame drawn (`drawnMs`); median of
 *                        rounds, each undone before the next
 *
 * Keystrokes are timed by page-probes.ts (`typeKeys`).
 */
import type { Page } from '@playwright/test';

import { percentile } from '../measure';
import { BENCH_EDITOR, round2 } from './bench-pages';
import { openInNewsdesk } from './editor-bench-steps';

const ROUNDS = 4;
const KEYS_PER_ROUND = 30;
const WARMUP_KEYS = 10;
const KEY_GAP_MS = 40;
const ACCEPT_ROUNDS = 5;

export interface SuggestKeystrokeFigures {
  normalP50Ms: number;
  normalP95Ms: number;
  suggestP50Ms: number;
  suggestP95Ms: number;
  /** Suggest-mode p95 ÷ normal-mode p95, in this run. */
  ratio: number;
}

export interface AcceptAllFigures {
  suggestions: number;
  commandMs: number;
  drawnMs: number;
}

interface SuggestingEditor {
  commands: {
    setSuggestMode(on: boolean): boolean;
    acceptAllSuggestions(): boolean;
    undo(): boolean;
  };
}

/** Types `count` letters midway through the open story, in suggest mode or not. */
async function typeIn(page: Page, count: number, suggesting: boolean): Promise<number[]> {
  return page.evaluate(
    async ({ count, gap, suggesting }) => {
      const editor = window.__benchProbe.appEditor();
      if (!editor) throw new Error('No article is open');
      (editor as unknown as SuggestingEditor).commands.setSuggestMode(suggesting);
      window.__benchProbe.placeCursorMidway(editor);
      return window.__benchProbe.typeKeys(editor.view.dom, count, gap);
    },
    { count, gap: KEY_GAP_MS, suggesting },
  );
}

export async function measureSuggestKeystrokes(newsdesk: Page, headline: string, blocks: number): Promise<SuggestKeystrokeFigures> {
  await openInNewsdesk(newsdesk, headline, blocks);
  await typeIn(newsdesk, WARMUP_KEYS, false);
  await typeIn(newsdesk, WARMUP_KEYS, true);
  const normal: number[] = [];
  const suggesting: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    if (round % 2 === 0) {
      suggesting.push(...(await typeIn(newsdesk, KEYS_PER_ROUND, true)));
      normal.push(...(await typeIn(newsdesk, KEYS_PER_ROUND, false)));
    } else {
      normal.push(...(await typeIn(newsdesk, KEYS_PER_ROUND, false)));
      suggesting.push(...(await typeIn(newsdesk, KEYS_PER_ROUND, true)));
    }
  }
  await typeIn(newsdesk, 0, false);
  const typed = await newsdesk.evaluate(
    (author) => window.__benchProbe.appEditor()?.view.dom.querySelectorAll(`ins[data-author="${author}"]`).length ?? 0,
    BENCH_EDITOR,
  );
  if (typed === 0) throw new Error('Typing in suggest mode made no suggestion: the keys did not reach the story.');
  const normalP95Ms = percentile(normal, 95);
  const suggestP95Ms = percentile(suggesting, 95);
  return {
    normalP50Ms: percentile(normal, 50),
    normalP95Ms,
    suggestP50Ms: percentile(suggesting, 50),
    suggestP95Ms,
    ratio: round2(suggestP95Ms / normalP95Ms),
  };
}

/** Accepts every suggestion of the open story and undoes it, `ACCEPT_ROUNDS` times. */
export async function measureAcceptAll(newsdesk: Page): Promise<AcceptAllFigures> {
  const rounds = await newsdesk.evaluate(async (rounds) => {
    const probe = window.__benchProbe;
    const editor = probe.appEditor() as unknown as SuggestingEditor & { view: { dom: HTMLElement } };
    // Open suggestions as the page shows them: distinct ids of the marked elements. Written out where
    // used: tsx wraps named helper functions in a `__name` call the page does not have.
    const selector = 'ins.nd-suggested-insertion, del.nd-suggested-deletion';
    const samples: { suggestions: number; commandMs: number; drawnMs: number }[] = [];
    for (let round = 0; round < rounds; round += 1) {
      await probe.nextFrame();
      const before = new Set(
        Array.from(editor.view.dom.querySelectorAll(selector), (element) => element.getAttribute('data-suggestion-id')),
      ).size;
      const start = performance.now();
      if (!editor.commands.acceptAllSuggestions()) throw new Error('Nothing to accept');
      await probe.nextTask();
      const handled = performance.now();
      const drawn = await probe.nextFrame();
      if (
        new Set(Array.from(editor.view.dom.querySelectorAll(selector), (element) => element.getAttribute('data-suggestion-id'))).size !== 0
      )
        throw new Error('Suggestions were left after Accept all');
      samples.push({ suggestions: before, commandMs: handled - start, drawnMs: drawn - start });
      editor.commands.undo();
      await probe.untilDrawn(
        () =>
          new Set(Array.from(editor.view.dom.querySelectorAll(selector), (element) => element.getAttribute('data-suggestion-id'))).size ===
          before,
      );
    }
    return samples;
  }, ACCEPT_ROUNDS);
  return {
    suggestions: rounds[0]?.suggestions ?? 0,
    commandMs: percentile(
      rounds.map((round) => round.commandMs),
      50,
    ),
    drawnMs: percentile(
      rounds.map((round) => round.drawnMs),
      50,
    ),
  };
}
