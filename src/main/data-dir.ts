/**
 * Which data folder a process uses: `--data-dir DIR` (or `--data-dir=DIR`) wins,
 * then NEWSDESK_DATA_DIR, then the caller's default (the app's userData/desk).
 */
import { resolve } from 'node:path';

export interface DataDirSources {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  defaultDir: string;
}

export function resolveDataDir({ argv, env, defaultDir }: DataDirSources): string {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--data-dir' && argv[index + 1]) return resolve(argv[index + 1]);
    if (argument.startsWith('--data-dir=') && argument.length > '--data-dir='.length) {
      return resolve(argument.slice('--data-dir='.length));
    }
  }
  const fromEnvironment = env.NEWSDESK_DATA_DIR?.trim();
  if (fromEnvironment) return resolve(fromEnvironment);
  return resolve(defaultDir);
}
