/**
 * pictureImport10MB: typing while a 10 MB JPEG goes into the story.
 *
 * In the page, a photo-sized JPEG of at least 10 MB is drawn and encoded (a
 * canvas of noise, which compresses about as badly as a real photograph; not
 * timed). With the cursor in the story, the picture is dropped on the body as
 * a File, and at the same moment keys start arriving on a fixed schedule, one
 * every GAP_MS (a person typing fast). A key's latency runs from when it was
 * due — not from when the page got round to it — to the end of the task it
 * ran in, so a main thread busy reading, encoding or sending the picture shows
 * up in the key that had to wait. Typing goes on until the figure is in the
 * story with its picture decoded; `keystrokeP95Ms` is over those keys,
 * `baselineP95Ms` over the same schedule with no picture (in this run).
 *
 * The picture crosses the browser-test bridge (DevTools JSON, slower than
 * Electron's IPC) as base64; `bridgeMs` is that call's round trip less main's
 * handler time (the media worker's hashing, writing and metadata reading).
 */
import type { Page } from '@playwright/test';

import { percentile } from '../measure';
import { round2 } from './bench-pages';

const GAP_MS = 30;
const MIN_KEYS = 20;

export interface PictureImportFigures {
  pictureBytes: number;
  importMs: number;
  keys: number;
  keystrokeP95Ms: number;
  keystrokeMaxMs: number;
  baselineP95Ms: number;
  bridgeMs: number;
  handlerMs: number;
}

/** Draws and encodes the JPEG in the page (kept as window.__benchPicture); its size in bytes. */
async function makePicture(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let side = 2400;
    for (;;) {
      const canvas = new OffscreenCanvas(side, Math.round(side * 0.75));
      const context = canvas.getContext('2d')!;
      const image = context.createImageData(canvas.width, canvas.height);
      const pixels = new Uint32Array(image.data.buffer);
      let seed = 7;
      for (let index = 0; index < pixels.length; index++) {
        seed = (seed * 1664525 + 1013904223) >>> 0;
        pixels[index] = seed | 0xff000000;
      }
      context.putImageData(image, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      if (blob.size >= 10 * 1024 * 1024 || side > 6000) {
        (window as unknown as { __benchPicture: File }).__benchPicture = new File([blob], 'harbour-noise.jpg', { type: 'image/jpeg' });
        return blob.size;
      }
      side = Math.round(side * Math.sqrt((10.5 * 1024 * 1024) / blob.size));
    }
  });
}

/** Types on the schedule until `drop` (when true) has put a decoded picture in the story; each key's latency. */
function typeWhile(page: Page, drop: boolean): Promise<{ latencies: number[]; importMs: number }> {
  return page.evaluate(
    async ({ drop, gap, minKeys }) => {
      const probe = window.__benchProbe;
      const editor = probe.appEditor();
      if (!editor) throw new Error('No article is open');
      probe.placeCursorMidway(editor);
      await probe.nextFrame();
      const editable = editor.view.dom;
      const start = performance.now();
      let importMs = 0;
      if (drop) {
        const paragraph = editable.querySelector('p')!;
        const box = paragraph.getBoundingClientRect();
        const transfer = new DataTransfer();
        transfer.items.add((window as unknown as { __benchPicture: File }).__benchPicture);
        const init = {
          dataTransfer: transfer,
          clientX: box.right - 2,
          clientY: box.top + box.height / 2,
          bubbles: true,
          cancelable: true,
          composed: true,
        };
        setTimeout(() => paragraph.dispatchEvent(new DragEvent('drop', init)), 0);
      }
      const latencies: number[] = [];
      const letters = 'etaoinshrdlu';
      for (let index = 0; ; index++) {
        if (index >= minKeys && (!drop || importMs > 0)) break;
        if (index > 2000) throw new Error('The picture never showed.');
        const due = start + index * gap;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const key = letters[index % letters.length];
        editable.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
        document.execCommand('insertText', false, key);
        await probe.nextTask();
        latencies.push(performance.now() - due);
        const image = drop && importMs === 0 ? editable.querySelector<HTMLImageElement>('figure.picture img') : null;
        if (image && image.complete && image.naturalWidth > 0) importMs = performance.now() - start;
      }
      return { latencies, importMs };
    },
    { drop, gap: GAP_MS, minKeys: MIN_KEYS },
  );
}

/** Opens the story `title` and measures typing with and without a 10 MB picture coming in. */
export async function measurePictureImport(page: Page, title: string): Promise<PictureImportFigures> {
  await page.evaluate((title) => {
    const row = Array.from(window.__benchProbe.listRoot()?.querySelectorAll<HTMLElement>('[role="option"]') ?? []).find((option) =>
      option.textContent?.includes(title),
    );
    if (!row) throw new Error(`No story "${title}" in the list`);
    row.click();
  }, title);
  await page.waitForFunction(() => window.__benchProbe.appEditor() !== null);
  const pictureBytes = await makePicture(page);
  const baseline = await typeWhile(page, false);
  const callsBefore = await page.evaluate(() => window.__benchCalls.length);
  const run = await typeWhile(page, true);
  const add = await page.evaluate(
    (from) => window.__benchCalls.slice(from).find((call) => call.channel === 'media:add') ?? null,
    callsBefore,
  );
  return {
    pictureBytes,
    importMs: round2(run.importMs),
    keys: run.latencies.length,
    keystrokeP95Ms: round2(percentile(run.latencies, 95)),
    keystrokeMaxMs: round2(Math.max(...run.latencies)),
    baselineP95Ms: round2(percentile(baseline.latencies, 95)),
    bridgeMs: add ? round2(add.endedAt - add.startedAt - add.handlerMs) : 0,
    handlerMs: add ? round2(add.handlerMs) : 0,
  };
}
