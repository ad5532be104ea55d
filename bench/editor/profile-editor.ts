/**
 * `npx tsx bench/editor/profile-editor.ts [tagged|plain|open] [keys]`: a CPU profile (Chromium's CDP Profiler)
 * of typing into (or opening) the 20,000-word story in the built renderer; prints the functions with the most
 * self time and the heaviest call paths, so a change can be aimed before the benchmark measures it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openDesk } from '../../src/main/open-desk';
import { isTrustedRendererUrl } from '../../src/main/sender-policy';
import { RENDERER_URL } from '../../tests/e2e/harness/renderer-server';
import { type BenchSpeaker, longBody } from './bench-documents';
import { launchBrowser, openNewsdesk } from './bench-pages';
import { type Profile, summarise } from './profile-summary';

const mode = process.argv[2] ?? 'tagged';
const keys = Number(process.argv[3] ?? 80);
const dir = await mkdtemp(join(tmpdir(), 'newsdesk-profile-'));
const desk = await openDesk({ dataDir: dir, isTrustedSender: (url) => isTrustedRendererUrl(url, RENDERER_URL) });
const speakers: BenchSpeaker[] = [];
for (const [name, role] of [
  ['Hong Lei', 'spokesman'],
  ['Maria Okafor', 'harbor master'],
  ['Tomas Lind', 'finance minister'],
]) {
  speakers.push(await desk.services.speakers.create({ name, role, aliases: [name.split(' ')[1]] }));
}
const body = mode === 'plain' ? longBody(20_000) : longBody(20_000, speakers);
await desk.services.articles.create({ headline: 'Other', body: longBody(200) });
await desk.services.articles.create({ headline: 'Profiled', body });
const blocks = body.content?.length ?? 0;
const browser = await launchBrowser();
try {
  const page = await openNewsdesk(browser, desk);
  const open = (headline: string, count: number) =>
    page.evaluate(
      async ({ headline, count }) => {
        const probe = window.__benchProbe;
        const row = Array.from(probe.listRoot()?.querySelectorAll<HTMLElement>('[role="option"]') ?? []).find(
          (option) => option.querySelector('.headline')?.textContent === headline,
        );
        const before = probe.appEditor();
        const start = performance.now();
        row?.click();
        const end = await probe.untilDrawn(() => {
          const editor = probe.appEditor();
          return editor !== before && editor?.view.dom.isConnected === true && editor.view.dom.childElementCount === count;
        });
        return end - start;
      },
      { headline, count },
    );
  const cdp = await page.context().newCDPSession(page);
  const tracing = process.argv.includes('--trace');
  const traceEvents: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => traceEvents.push(...(data.value as unknown as TraceEvent[])));
  const traceDone = new Promise<void>((resolve) => cdp.on('Tracing.tracingComplete', () => resolve()));
  if (tracing) {
    await open('Profiled', blocks);
    await page.waitForTimeout(2000);
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute',
      transferMode: 'ReportEvents',
    });
    const samples = await page.evaluate(async (keys) => {
      const editor = window.__benchProbe.appEditor();
      if (!editor) throw new Error('no editor');
      window.__benchProbe.placeCursorMidway(editor);
      return window.__benchProbe.typeKeys(editor.view.dom, keys, 40);
    }, keys);
    await cdp.send('Tracing.end');
    await traceDone;
    samples.sort((a, b) => a - b);
    console.log(
      'keys p50',
      samples[Math.floor(samples.length / 2)].toFixed(2),
      'p95',
      samples[Math.floor(samples.length * 0.95)].toFixed(2),
    );
    const totals = new Map<string, { ms: number; count: number; extra: string }>();
    for (const event of traceEvents) {
      if (event.ph !== 'X' || !event.dur) continue;
      const entry = totals.get(event.name) ?? { ms: 0, count: 0, extra: '' };
      entry.ms += event.dur / 1000;
      entry.count += 1;
      if (event.name === 'UpdateLayoutTree' || event.name === 'Layout') entry.extra = JSON.stringify(event.args).slice(0, 300);
      totals.set(event.name, entry);
    }
    for (const [name, entry] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
      console.log(entry.ms.toFixed(1).padStart(8), String(entry.count).padStart(5), name, entry.extra);
    const recalc = traceEvents.filter((event) => event.name === 'UpdateLayoutTree' && event.dur);
    for (const event of recalc.slice(0, 12))
      console.log('recalc', (event.dur! / 1000).toFixed(2), JSON.stringify(event.args).slice(0, 200));
    await writeFile('/tmp/perf-trace.json', JSON.stringify(traceEvents));
    process.exit(0);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  if (mode === 'open') {
    await open('Other', 2);
    await page.waitForTimeout(1000);
    await cdp.send('Profiler.start');
    const ms = await open('Profiled', blocks);
    await page.waitForTimeout(3000);
    console.log('open ms', ms.toFixed(1));
  } else {
    await open('Profiled', blocks);
    await page.waitForTimeout(3000);
    await page.evaluate(async () => {
      const editor = window.__benchProbe.appEditor();
      if (!editor) throw new Error('no editor');
      window.__benchProbe.placeCursorMidway(editor);
      await window.__benchProbe.typeKeys(editor.view.dom, 10, 40);
    });
    await cdp.send('Profiler.start');
    const samples = await page.evaluate(async (keys) => {
      const editor = window.__benchProbe.appEditor();
      if (!editor) throw new Error('no editor');
      return window.__benchProbe.typeKeys(editor.view.dom, keys, 40);
    }, keys);
    samples.sort((a, b) => a - b);
    console.log(
      'keys p50',
      samples[Math.floor(samples.length / 2)].toFixed(2),
      'p95',
      samples[Math.floor(samples.length * 0.95)].toFixed(2),
      'max',
      samples.at(-1)?.toFixed(2),
    );
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await writeFile(`/tmp/perf-profile-${mode}.cpuprofile`, JSON.stringify(profile));
  summarise(profile);
} finally {
  await browser.close();
  await desk.close();
  await rm(dir, { recursive: true, force: true });
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: unknown;
}
