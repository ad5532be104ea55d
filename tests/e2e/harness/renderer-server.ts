/**
 * Serves the built renderer (out/renderer) to a Playwright page through
 * `page.route`, at a fixed loopback origin: Chromium will not load module
 * scripts from file://, and routing keeps every request inside the test.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

import type { Page } from '@playwright/test';

export const RENDERER_ORIGIN = 'http://newsdesk.localhost';
export const RENDERER_URL = `${RENDERER_ORIGIN}/index.html`;
export const RENDERER_FOLDER = resolve('out/renderer');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Throws a clear message when the renderer has not been built. */
export function assertRendererBuilt(): void {
  if (!existsSync(join(RENDERER_FOLDER, 'index.html'))) {
    throw new Error(`${RENDERER_FOLDER}/index.html is missing: run "npm run build" before the browser tests (npm test does).`);
  }
}

/** Routes the renderer origin to out/renderer; every other request is aborted (the app must work offline). */
export async function serveRenderer(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== RENDERER_ORIGIN) return route.abort('blockedbyclient');
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '') || 'index.html';
    const path = join(RENDERER_FOLDER, relative);
    if (!path.startsWith(RENDERER_FOLDER)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(path);
      return route.fulfill({ status: 200, body, contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
}
