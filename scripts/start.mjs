#!/usr/bin/env node
/**
 * `npm start`: builds and starts the app with electron-vite — after making
 * sure Electron's binary is installed. npm ci never downloads it; the first
 * start fetches it (Electron's own installer). Where that download cannot
 * happen, electron-vite would stop with a bare "Electron uninstall": this
 * says what happened and what to do instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electron = join('node_modules', 'electron');
const pathFile = join(electron, 'path.txt');
const installed = () => existsSync(pathFile) && existsSync(join(electron, 'dist', readFileSync(pathFile, 'utf8').trim()));

if (!installed()) {
  console.log("Fetching Electron's binary (once)…");
  spawnSync(process.execPath, [join(electron, 'install.js')], { stdio: 'inherit' });
}

if (!installed()) {
  console.error(`Newsdesk needs Electron's binary, and it could not be downloaded here (${electron}/dist is missing).

  On a machine with internet access, fetch it once:
      node node_modules/electron/install.js
  then run npm start again.

  Where nothing can be downloaded, copy node_modules/electron/dist/ and node_modules/electron/path.txt
  from a machine that has them (same Electron version, ${JSON.parse(readFileSync(join(electron, 'package.json'), 'utf8')).version}),
  or set ELECTRON_MIRROR to a local mirror before running the install command.

  Everything but the window works without it: npm test, and npx desk on any data folder.`);
  process.exit(1);
}

const result = spawnSync('npx', ['electron-vite', 'preview', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
