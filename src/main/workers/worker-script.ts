/**
 * Finding and starting a worker thread's script, wherever main runs:
 *
 * - built (the app's out/main/, the CLI's out/cli/): `<name>.js` beside the
 *   bundle — electron.vite.config.ts and vite.cli.config.ts build each worker
 *   entry there;
 * - from TypeScript source (vitest, the Playwright harness, `npm run bench`):
 *   `<name>.ts` beside this file, started through tsx (a devDependency);
 * - neither (a build that left the worker out, tsx absent): null, and the
 *   caller parses in its own thread instead (TaskWorker's in-process fallback).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export type WorkerStarter = () => Worker;

/** A function starting a fresh worker running `name`, or null when no script for it can be found. */
export function locateWorkerScript(name: string): WorkerStarter | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, `${name}.js`);
  if (existsSync(built)) return () => new Worker(pathToFileURL(built));
  const source = join(here, `${name}.ts`);
  const tsx = existsSync(source) ? resolveTsx(here) : null;
  if (tsx) {
    // tsx registers its loader inside the worker, then the entry is imported through it.
    const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(source).href)}); });`;
    return () => new Worker(code, { eval: true });
  }
  return null;
}

/** The URL of tsx's ESM loader API (index.mjs beside the CommonJS one require finds), or null where tsx is not installed. */
function resolveTsx(from: string): string | null {
  let commonJs: string;
  try {
    commonJs = createRequire(join(from, 'index.js')).resolve('tsx/esm/api');
  } catch {
    return null;
  }
  const module = join(dirname(commonJs), 'index.mjs');
  return existsSync(module) ? pathToFileURL(module).href : null;
}
