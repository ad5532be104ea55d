/**
 * The desk half of the benchmark: a desk of 10,000 stories in the window.
 *
 * - openToListMs: from the renderer's script arriving (its resource entry's
 *   responseEnd) to the first frame after the list shows rows;
 * - searchToPaintedP95Ms: from a query landing in the search box (one `input`
 *   event, as a paste) to the frame after the list shows that query's results
 *   (first row and count as main's own search gives them);
 * - autosaveLongestTaskMs: the longest main-thread stall from one typed letter
 *   until the save is stored and the list shows the story on top (median of saves);
 * - scrollFrameP95Ms: frame durations while the list scrolls a row or two a frame.
 *
 * The harness's transfer (round trip less handler time, for the list calls on the
 * critical path) is taken out of the first two; from a stall, the page's parse of
 * replies that arrived inside it is taken out.
 */
import type { Page } from '@playwright/test';

import type { Desk } from '../../src/main/open-desk';
import type { DeskChannel } from '../../src/shared/ipc/api';
import { percentile } from '../measure';
import { bridgeCalls, round2, transferWithin } from './bench-pages';

export interface DeskFigures {
  openToListMs: number;
  searchToPaintedP95Ms: number;
  autosaveLongestTaskMs: number;
  scrollFrameP95Ms: number;
}

/** Every channel that answers with list rows (today's and paged ones). */
const LIST_CHANNELS = ['articles:list', 'articles:page', 'articles:rows'] as DeskChannel[];
const QUERIES = [
  'harbor',
  'minister budget',
  'drone ban',
  'central bank',
  'night flights',
  'union pay',
  'dredging',
  'fuel subsidies',
  'court',
  'airline',
];
const SAVES = 5;
const SCROLL_FRAMES = 150;

/** Waits in the page until the list's first row is `firstId` and it says it holds `total` rows; the drawn frame's time. */
function listShows(page: Page, firstId: string, total: number): Promise<number> {
  return page.evaluate(
    ({ firstId, total }) =>
      window.__benchProbe.untilDrawn(() => {
        const options = window.__benchProbe.listRoot()?.querySelectorAll<HTMLElement>('[role="option"]') ?? [];
        const first = options[0];
        if (!first || first.dataset.id !== firstId) return false;
        const size = first.getAttribute('aria-setsize');
        return size === null ? options.length === total : Number(size) === total;
      }, 120_000),
    { firstId, total },
  );
}

export async function measureOpenToList(page: Page): Promise<number> {
  const drawn = await page.evaluate(() =>
    window.__benchProbe.untilDrawn(() => (window.__benchProbe.listRoot()?.querySelector('[role="option"]') ?? null) !== null, 120_000),
  );
  const scriptArrived = await page.evaluate(
    () =>
      performance.getEntriesByType('resource').find((entry) => /\/assets\/index-.*\.js$/.test(entry.name)) as
        PerformanceResourceTiming | undefined,
  );
  const start = scriptArrived?.responseEnd ?? 0;
  return round2(drawn - start - transferWithin(await bridgeCalls(page), start, drawn, LIST_CHANNELS));
}

async function typeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate((query) => {
    const input = window.__benchProbe.listRoot()?.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('No search box');
    const start = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    return start;
  }, query);
}

export async function measureSearch(page: Page, desk: Desk): Promise<number> {
  const everything = await desk.services.articles.list({});
  const samples: number[] = [];
  for (const query of QUERIES) {
    const expected = await desk.services.articles.list({ query });
    const start = await typeQuery(page, query);
    const drawn = await listShows(page, expected[0].id, expected.length);
    samples.push(drawn - start - transferWithin(await bridgeCalls(page), start, drawn, LIST_CHANNELS));
    await typeQuery(page, '');
    await listShows(page, everything[0].id, everything.length);
  }
  return percentile(samples, 95);
}

export async function measureAutosave(page: Page): Promise<number> {
  const samples: number[] = [];
  for (let save = 0; save < SAVES; save += 1) {
    const id = await page.evaluate(() => {
      const row = window.__benchProbe.listRoot()?.querySelectorAll<HTMLElement>('[role="option"]')[3];
      row?.click();
      return row?.dataset.id ?? '';
    });
    await page.locator(`nd-editor[data-save-state="idle"]`).waitFor();
    await page.waitForFunction(() => window.__benchProbe.appEditor() !== null);
    const stall = await page.evaluate(async (id) => {
      const probe = window.__benchProbe;
      const editor = probe.appEditor();
      if (!editor) throw new Error('No article is open');
      probe.placeCursorMidway(editor);
      await probe.nextFrame();
      const watch = probe.watchStalls();
      const from = performance.now();
      document.execCommand('insertText', false, 'x');
      const host = document.querySelector('nd-app')?.shadowRoot?.querySelector('nd-editor');
      await probe.untilDrawn(
        () =>
          host?.getAttribute('data-save-state') === 'saved' &&
          probe.listRoot()?.querySelector<HTMLElement>('[role="option"]')?.dataset.id === id,
      );
      await probe.nextFrame();
      const stalls = watch.stop();
      const parses = window.__benchCalls.filter((call) => call.endedAt >= from);
      return Math.max(
        0,
        ...stalls.map(
          (stall) =>
            stall.end -
            stall.start -
            parses
              .filter((call) => call.endedAt >= stall.start && call.endedAt <= stall.end + 1)
              .reduce((sum, call) => sum + call.parseMs, 0),
        ),
      );
    }, id);
    samples.push(stall);
  }
  return percentile(samples, 50);
}

export async function measureScroll(page: Page): Promise<number> {
  const durations = await page.evaluate(async (frames) => {
    const list = window.__benchProbe.listRoot();
    const scroller = list?.querySelector<HTMLElement>('[role="listbox"]');
    if (!scroller) throw new Error('No list to scroll');
    return window.__benchProbe.scrollFrames(scroller, frames, 170);
  }, SCROLL_FRAMES);
  return percentile(durations.slice(5), 95);
}

export function roundFigures(figures: DeskFigures): DeskFigures {
  return {
    openToListMs: round2(figures.openToListMs),
    searchToPaintedP95Ms: round2(figures.searchToPaintedP95Ms),
    autosaveLongestTaskMs: round2(figures.autosaveLongestTaskMs),
    scrollFrameP95Ms: round2(figures.scrollFrameP95Ms),
  };
}
