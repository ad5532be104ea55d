/**
 * `npx tsx bench/editor/profile-desk.ts [search|autosave|scroll]`: a CPU profile (CDP Profiler) of one desk-benchmark
 * step on a desk of 10,000 stories, summarised as profile-editor.ts does; the step's own figure is printed too.
 */
import { rm } from 'node:fs/promises';

import { openDesk } from '../../src/main/open-desk';
import { isTrustedRendererUrl } from '../../src/main/sender-policy';
import { RENDERER_URL } from '../../tests/e2e/harness/renderer-server';
import { makeStoreFolder } from '../store-bench';
import { launchBrowser, newsdeskPage } from './bench-pages';
import { measureAutosave, measureScroll, measureSearch } from './desk-bench-steps';
import { type Profile, summarise } from './profile-summary';

const step = process.argv[2] ?? 'autosave';
const dir = await makeStoreFolder(10_000);
const desk = await openDesk({ dataDir: dir, isTrustedSender: (url) => isTrustedRendererUrl(url, RENDERER_URL) });
const browser = await launchBrowser();
try {
  const page = await newsdeskPage(browser, desk);
  await page.goto(RENDERER_URL);
  await page.locator('nd-app[data-ready]').waitFor({ state: 'attached', timeout: 120_000 });
  await page.waitForTimeout(3000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const figure =
    step === 'search' ? await measureSearch(page, desk) : step === 'scroll' ? await measureScroll(page) : await measureAutosave(page);
  console.log(step, figure);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  summarise(profile);
} finally {
  await browser.close();
  await desk.close();
  await rm(dir, { recursive: true, force: true });
}
