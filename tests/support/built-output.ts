/**
 * Reads files from the build in out/. The test command builds first; when out/
 * is missing the tests fail with what to do, rather than skipping silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT_DIRECTORY = resolve(REPOSITORY_ROOT, 'out');
/** Where the built main bundle lives, so main's own folder when it runs. */
export const BUILT_MAIN_DIRECTORY = resolve(OUT_DIRECTORY, 'main');

/** Fails with "run npm run build first" when `path` has not been built. */
export function readBuiltFile(path: string): string {
  if (!existsSync(path)) {
    throw new Error(`${path} does not exist: run npm run build first (the test command builds before testing).`);
  }
  return readFileSync(path, 'utf8');
}
