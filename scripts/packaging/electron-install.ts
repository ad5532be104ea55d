/**
 * Where this checkout's Electron is, found without `require('electron')`
 * (which tries to download the binary when it is missing).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const ELECTRON_PACKAGE = join(REPOSITORY_ROOT, 'node_modules', 'electron');

export interface ElectronInstall {
  /** The version in node_modules/electron/package.json. */
  version: string;
  /** Electron's licence file (shipped with the npm package, binary or not). */
  licenseFile: string;
  /** The unpacked Electron distribution (node_modules/electron/dist), or null when the binary was never downloaded. */
  distFolder: string | null;
}

/** Reads node_modules/electron; throws saying what to do when the package is not installed. */
export function findElectron(): ElectronInstall {
  const packageFile = join(ELECTRON_PACKAGE, 'package.json');
  if (!existsSync(packageFile)) throw new Error(`${packageFile} is missing: run "npm ci" first.`);
  const { version } = JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string };
  const distFolder = join(ELECTRON_PACKAGE, 'dist');
  const hasBinary = existsSync(join(ELECTRON_PACKAGE, 'path.txt')) && existsSync(distFolder);
  return { version, licenseFile: join(ELECTRON_PACKAGE, 'LICENSE'), distFolder: hasBinary ? distFolder : null };
}
