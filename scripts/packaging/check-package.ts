/**
 * checkPackage: what an unpacked Newsdesk holds, read back from the files.
 *
 * Lists app.asar with @electron/asar and reads the fuse wire of the
 * executable with @electron/fuses, then compares both with what Newsdesk
 * ships: the built app, the seed briefings and the runtime dependencies, no
 * sources, tests, benchmarks or source maps; and the fuses electron-builder.yml sets.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

/** The fuses electron-builder.yml sets, as they must read back. */
export const EXPECTED_FUSES: Readonly<Partial<Record<FuseV1Options, boolean>>> = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
};

/** Top-level entries the asar may hold. */
const ALLOWED_TOP_LEVEL = new Set(['package.json', 'out', 'data', 'node_modules']);

/** What must never be packaged, each with the reason a reader of the check sees. */
const FORBIDDEN: [pattern: RegExp, reason: string][] = [
  [/^\/(src|tests|bench|scripts|\.ci)(\/|$)/, 'a source, test, benchmark or tooling folder'],
  [/\.map$/, 'a source map'],
  [/^\/out\/cli(\/|$)/, 'the desk command line (not part of the app)'],
  [/^\/node_modules\/(electron|electron-builder|vitest|@playwright|typescript|eslint|prettier|vite)(\/|$)/, 'a development dependency'],
];

/** Files the app cannot start without. */
const REQUIRED = ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'];

export interface PackageCheck {
  /** Every path in app.asar, each starting with "/". */
  asarFiles: string[];
  /** Each fuse's name and whether it is on, as read from the executable. */
  fuses: Record<string, boolean | 'removed' | 'inherit'>;
  /** What is wrong; empty when the package is as it should be. */
  problems: string[];
}

/** The executable in an unpacked app folder (linux-unpacked/newsdesk, win-unpacked/Newsdesk.exe, Newsdesk.app). */
export function packagedExecutable(appFolder: string): string {
  if (appFolder.endsWith('.app')) return appFolder;
  const windows = join(appFolder, 'Newsdesk.exe');
  return existsSync(windows) ? windows : join(appFolder, 'newsdesk');
}

export function packagedAsar(appFolder: string): string {
  return appFolder.endsWith('.app') ? join(appFolder, 'Contents', 'Resources', 'app.asar') : join(appFolder, 'resources', 'app.asar');
}

function fuseValue(state: number | undefined): boolean | 'removed' | 'inherit' {
  if (state === FuseState.ENABLE) return true;
  if (state === FuseState.DISABLE) return false;
  return state === FuseState.REMOVED ? 'removed' : 'inherit';
}

export async function checkPackage(appFolder: string): Promise<PackageCheck> {
  const problems: string[] = [];
  const asar = packagedAsar(appFolder);
  if (!existsSync(asar)) {
    return { asarFiles: [], fuses: {}, problems: [`${asar} is missing: the app was not packaged into an asar.`] };
  }
  const asarFiles = listPackage(asar, { isPack: false }).map((path) => path.replaceAll('\\', '/'));

  for (const path of asarFiles) {
    const topLevel = path.split('/')[1];
    if (!ALLOWED_TOP_LEVEL.has(topLevel))
      problems.push(`app.asar holds ${path}, which is not part of the app (only ${[...ALLOWED_TOP_LEVEL].join(', ')}).`);
    const forbidden = FORBIDDEN.find(([pattern]) => pattern.test(path));
    if (forbidden) problems.push(`app.asar holds ${path}: ${forbidden[1]}.`);
  }
  for (const required of REQUIRED) {
    if (!asarFiles.includes(required)) problems.push(`app.asar lacks ${required}, without which the app cannot start.`);
  }

  const wire = await getCurrentFuseWire(packagedExecutable(appFolder));
  const fuses: PackageCheck['fuses'] = {};
  for (const [index, expected] of Object.entries(EXPECTED_FUSES)) {
    const name = FuseV1Options[Number(index)];
    const actual = fuseValue(wire[Number(index) as FuseV1Options]);
    fuses[name] = actual;
    if (actual !== expected) problems.push(`The fuse ${name} reads ${String(actual)}; electron-builder.yml sets it ${String(expected)}.`);
  }
  return { asarFiles, fuses, problems };
}
