/**
 * The editor half of the benchmark: typing into a long story and opening it,
 * in Newsdesk and in the bare page, interleaved round by round (and the order
 * swapped every round) so both see the same machine. Keystrokes are timed in
 * the page by page-probes.ts (`typeKeys`, whose doc says exactly what a sample
 * spans).
 */
import type { Page } from '@playwright/test';

import type { NodeJson } from '../../src/shared/article';
import { percentile } from '../measure';
import { bridgeCalls, round2, transferWithin } from './bench-pages';
import type { ProbedEditor } from './page-probes';

export interface KeystrokeFigures {
  newsdeskP50Ms: number;
  newsdeskP95Ms: number;
  bareP50Ms: number;
  bareP95Ms: number;
  /** Newsdesk p95 ÷ bare p95, in this run. */
  ratio: number;
}

export interface OpenFigures {
  newsdeskMs: number;
  bareMs: number;
  ratio: number;
}

const ROUNDS = 4;
const KEYS_PER_ROUND = 30;
const WARMUP_KEYS = 10;
/** Quiet time before each key: a brisk typist, and room for work deferred to a pause. */
const KEY_GAP_MS = 40;

/** Opens the article `headline` from the list and waits until its body (of `blocks` blocks) is editable; the ms it took in the page (0 when it was open). */
export async function openInNewsdesk(page: Page, headline: string, blocks: number): Promise<number> {
  const interval = await page.evaluate(
    async ({ headline, blocks }) => {
      const probe = window.__benchProbe;
      const list = probe.listRoot();
      const row = Array.from(list?.querySelectorAll<HTMLElement>('[role="option"]') ?? []).find(
        (option) => option.querySelector('.headline')?.textContent === headline,
      );
      if (!row) throw new Error(`No row “${headline}” in the list`);
      if (row.getAttribute('aria-selected') === 'true') return { start: 0, end: 0 }; // already open
      const before = probe.appEditor();
      const start = performance.now();
      row.click();
      const end = await probe.untilDrawn(() => {
        const editor = probe.appEditor();
        const dom = editor?.view.dom;
        return editor !== before && dom?.isConnected === true && dom.isContentEditable && dom.childElementCount === blocks;
      });
      return { start, end };
    },
    { headline, blocks },
  );
  const transfer = transferWithin(await bridgeCalls(page), interval.start, interval.end, ['articles:get']);
  return interval.end - interval.start - transfer;
}

async function openInBare(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const blocks = window.__benchBody.content?.length ?? 0;
    const start = performance.now();
    window.__bare.mount(window.__benchBody);
    const end = await window.__benchProbe.untilDrawn(() => {
      const dom = window.__bare.editor?.view.dom;
      return dom?.isConnected === true && dom.isContentEditable && dom.childElementCount === blocks;
    });
    return end - start;
  });
}

async function typeInNewsdesk(page: Page, count: number): Promise<number[]> {
  return page.evaluate(
    async ({ count, gap }) => {
      const editor = window.__benchProbe.appEditor();
      if (!editor) throw new Error('No article is open');
      window.__benchProbe.placeCursorMidway(editor);
      return window.__benchProbe.typeKeys(editor.view.dom, count, gap);
    },
    { count, gap: KEY_GAP_MS },
  );
}

async function typeInBare(page: Page, count: number): Promise<number[]> {
  return page.evaluate(
    async ({ count, gap }) => {
      const editor = window.__bare.editor as unknown as ProbedEditor;
      window.__benchProbe.placeCursorMidway(editor);
      return window.__benchProbe.typeKeys(editor.view.dom, count, gap);
    },
    { count, gap: KEY_GAP_MS },
  );
}

/** Gives the bare page the body it will mount (outside any measurement). */
export async function handBareBody(bare: Page, body: NodeJson): Promise<void> {
  await bare.evaluate((body) => (window.__benchBody = body), body);
}

/** Typing in the middle of a long story: Newsdesk (article `headline` opened from the list) against the bare editor holding `bareBody`. */
export async function measureKeystrokes(
  newsdesk: Page,
  bare: Page,
  headline: string,
  blocks: number,
  bareBody: NodeJson,
): Promise<KeystrokeFigures> {
  await openInNewsdesk(newsdesk, headline, blocks);
  await handBareBody(bare, bareBody);
  await openInBare(bare);
  await typeInNewsdesk(newsdesk, WARMUP_KEYS);
  await typeInBare(bare, WARMUP_KEYS);
  const newsdeskSamples: number[] = [];
  const bareSamples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    if (round % 2 === 0) {
      newsdeskSamples.push(...(await typeInNewsdesk(newsdesk, KEYS_PER_ROUND)));
      bareSamples.push(...(await typeInBare(bare, KEYS_PER_ROUND)));
    } else {
      bareSamples.push(...(await typeInBare(bare, KEYS_PER_ROUND)));
      newsdeskSamples.push(...(await typeInNewsdesk(newsdesk, KEYS_PER_ROUND)));
    }
  }
  const newsdeskP95Ms = percentile(newsdeskSamples, 95);
  const bareP95Ms = percentile(bareSamples, 95);
  return {
    newsdeskP50Ms: percentile(newsdeskSamples, 50),
    newsdeskP95Ms,
    bareP50Ms: percentile(bareSamples, 50),
    bareP95Ms,
    ratio: round2(newsdeskP95Ms / bareP95Ms),
  };
}

/**
 * Opening the long story until it is editable and drawn: in Newsdesk from the
 * click on its row (the harness's transfer of the article taken out), in the
 * bare page from `new Editor` with the body already in the page. Median of rounds;
 * between Newsdesk rounds another article (`otherHeadline`) is opened.
 */
export async function measureOpen(
  newsdesk: Page,
  bare: Page,
  headline: string,
  blocks: number,
  otherHeadline: string,
  otherBlocks: number,
  bareBody: NodeJson,
): Promise<OpenFigures> {
  await handBareBody(bare, bareBody);
  const newsdeskSamples: number[] = [];
  const bareSamples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    await openInNewsdesk(newsdesk, otherHeadline, otherBlocks);
    await newsdesk.locator('nd-editor[data-save-state="idle"], nd-editor[data-save-state="saved"]').waitFor();
    newsdeskSamples.push(await openInNewsdesk(newsdesk, headline, blocks));
    bareSamples.push(await openInBare(bare));
  }
  const newsdeskMs = percentile(newsdeskSamples, 50);
  const bareMs = percentile(bareSamples, 50);
  return { newsdeskMs: round2(newsdeskMs), bareMs: round2(bareMs), ratio: round2(newsdeskMs / bareMs) };
}

declare global {
  interface Window {
    __benchBody: NodeJson;
  }
}
