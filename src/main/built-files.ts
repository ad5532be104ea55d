/**
 * Where the built app's files are, seen from the built main bundle.
 *
 * electron-vite builds main into out/main/index.js, the preload into
 * out/preload/index.cjs and the renderer into out/renderer/. Main finds the
 * other two relative to its own file, so the paths hold in development, in a
 * packaged app (inside app.asar) and wherever the app folder is moved.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The folder of the running main bundle (out/main/ once built). */
export function mainBundleDirectory(): string {
  return dirname(fileURLToPath(import.meta.url));
}

/** The sandboxed preload: one CommonJS file beside the main bundle's folder. */
export function preloadPath(mainDirectory: string): string {
  return join(mainDirectory, '..', 'preload', 'index.cjs');
}

/** The built renderer page. */
export function rendererHtmlPath(mainDirectory: string): string {
  return join(mainDirectory, '..', 'renderer', 'index.html');
}

/** What the window loads: the dev server's URL, or the built page on disk. */
export type RendererLocation = { kind: 'dev-server'; url: string } | { kind: 'file'; url: string; filePath: string };

/**
 * Picks the renderer to load. `ELECTRON_RENDERER_URL` (set by `electron-vite dev`)
 * wins only in development (run-mode.ts: never in a packaged app) and only for a
 * loopback http(s) address: the page gets `window.desk`, so an environment variable
 * must never point a shipped app at another site.
 */
export function resolveRendererLocation(options: {
  env: NodeJS.ProcessEnv;
  /** run-mode.ts's isDevelopment: false in every packaged app. */
  development: boolean;
  mainDirectory: string;
}): RendererLocation {
  const devServerUrl = options.env.ELECTRON_RENDERER_URL;
  if (options.development && devServerUrl && isLoopbackHttpUrl(devServerUrl)) {
    return { kind: 'dev-server', url: devServerUrl };
  }
  const filePath = rendererHtmlPath(options.mainDirectory);
  return { kind: 'file', url: pathToFileURL(filePath).href, filePath };
}

function isLoopbackHttpUrl(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  const loopbackHosts = ['localhost', '127.0.0.1', '[::1]'];
  return (url.protocol === 'http:' || url.protocol === 'https:') && loopbackHosts.includes(url.hostname);
}
