/**
 * The pages the editor benchmark measures, in Debian's Chromium: the built
 * Newsdesk renderer with `window.desk` bridged to a real desk's handlers (as the
 * browser tests do, through bench-bridge.ts so the harness's own cost can be
 * taken out), and the bare StarterKit page (bare-editor.ts). Both carry the
 * same probes (page-probes.ts). Each page gets its own browser context.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { type Browser, chromium, type Page } from '@playwright/test';
import { buildSync } from 'esbuild';

import type { Desk } from '../../src/main/open-desk';
import type { DeskChannel } from '../../src/shared/ipc/api';
import { DESK_CHANNELS } from '../../src/shared/ipc/api';
import { DEBIAN_CHROMIUM } from '../../tests/e2e/harness/debian-chromium';
import { assertRendererBuilt, RENDERER_URL, serveRenderer } from '../../tests/e2e/harness/renderer-server';
import type { BridgeCall } from './bench-bridge';

const BARE_ORIGIN = 'http://bare.localhost';

const bundles = new Map<string, string>();

/** An entry under bench/editor bundled for the page (once per run). */
function bundle(entry: string): string {
  let code = bundles.get(entry);
  if (!code) {
    code = buildSync({
      entryPoints: [resolve('bench/editor', entry)],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
    }).outputFiles[0].text;
    bundles.set(entry, code);
  }
  return code;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(DEBIAN_CHROMIUM);
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: bundle('page-probes.ts') });
  return page;
}

/**
 * A Newsdesk page on `desk`, not yet navigated: call `page.goto(RENDERER_URL)`
 * (or use `openNewsdesk`, which also waits for the list).
 */
export async function newsdeskPage(browser: Browser, desk: Desk): Promise<Page> {
  assertRendererBuilt();
  // Someone is editing already: the first-run "Who is editing?" question would take the benchmark's keys.
  if ((await desk.services.settings.displayName()) === null) await desk.services.settings.update({ displayName: BENCH_EDITOR });
  const page = await newPage(browser);
  await serveRenderer(page);
  await page.exposeBinding('__benchInvoke', async ({ frame }, channel: DeskChannel, request: unknown) => {
    if (!DESK_CHANNELS.includes(channel))
      return { json: JSON.stringify({ ok: false, error: { code: 'invalid-request', message: channel } }), handlerMs: 0 };
    const start = performance.now();
    const result = await desk.handlers[channel](request, { url: frame.url() });
    const handlerMs = performance.now() - start;
    return { json: JSON.stringify(result), handlerMs };
  });
  await page.addInitScript({ content: bundle('bench-bridge.ts') });
  return page;
}

export async function openNewsdesk(browser: Browser, desk: Desk): Promise<Page> {
  const page = await newsdeskPage(browser, desk);
  await page.goto(RENDERER_URL);
  await page.locator('nd-app[data-ready]').waitFor({ state: 'attached', timeout: 120_000 });
  return page;
}

export async function openBare(browser: Browser): Promise<Page> {
  const page = await newPage(browser);
  const script = bundle('bare-editor.ts');
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== BARE_ORIGIN) return route.abort('blockedbyclient');
    if (url.pathname === '/bare.js') return route.fulfill({ status: 200, body: script, contentType: 'text/javascript' });
    return route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><title>Bare Tiptap</title><div id="editor"></div><script src="/bare.js"></script>',
    });
  });
  await page.goto(`${BARE_ORIGIN}/`);
  return page;
}

/** The bridge calls made so far in the page. */
export function bridgeCalls(page: Page): Promise<BridgeCall[]> {
  return page.evaluate(() => window.__benchCalls);
}

/**
 * What the harness's transport added inside [from, to] on `channels`' calls: each
 * call's round trip less the time its handler ran in Node (the reply's JSON parse
 * in the page included), for calls that started in the interval.
 */
export function transferWithin(calls: readonly BridgeCall[], from: number, to: number, channels: readonly DeskChannel[]): number {
  return calls
    .filter((call) => channels.includes(call.channel) && call.startedAt >= from && call.endedAt <= to)
    .reduce((total, call) => total + Math.max(0, call.endedAt - call.startedAt - call.handlerMs), 0);
}

/** Who is editing on the bench's desks (their settings.json). */
export const BENCH_EDITOR = 'Bench Editor';

export const round2 = (value: number) => Math.round(value * 100) / 100;
