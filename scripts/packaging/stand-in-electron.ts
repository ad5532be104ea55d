/**
 * A stand-in for Electron's Linux distribution, for machines that cannot
 * download the real one.
 *
 * electron-builder copies an "unpacked Electron" folder (its `electronDist`)
 * into the package, renames the `electron` executable and flips the fuses in
 * it with @electron/fuses. The stand-in has what that needs and nothing more:
 *
 *   electron     an executable shell script that says it is a stand-in and exits 1,
 *                carrying the fuse wire after its last line: the sentinel
 *                @electron/fuses searches for, a version byte (1), a length byte
 *                and one byte per fuse, each '0' (off) or '1' (on), set as a
 *                stock Electron ships them
 *   LICENSE      Electron's licence file (electron-builder keeps it beside the executable)
 *   version      the Electron version the stand-in stands for
 *   resources/   where electron-builder puts app.asar
 *   locales/     Chromium's language packs (empty here)
 *
 * A package built on it cannot run; it exists so the packaging itself (what
 * goes into the asar, which fuses are flipped) can be built and checked.
 */
import { chmod, copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { FuseV1Options } from '@electron/fuses';

/** The fuse sentinel of @electron/fuses (its `SENTINEL` constant, which the package does not export). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** The fuse wire's format version: @electron/fuses writes and reads version 1. */
const FUSE_WIRE_VERSION = 1;

/** ASCII '1' and '0': how a fuse wire says on and off. */
const ON = 0x31;
const OFF = 0x30;

/**
 * Each fuse as stock Electron ships it, in wire order: the opposite of what
 * Newsdesk's configuration asks for wherever it sets a fuse, so a fuse read
 * back as configured was flipped by the build, not inherited.
 */
export const STOCK_FUSES: Readonly<Record<FuseV1Options, boolean>> = {
  [FuseV1Options.RunAsNode]: true,
  [FuseV1Options.EnableCookieEncryption]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: true,
  [FuseV1Options.EnableNodeCliInspectArguments]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: false,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
  [FuseV1Options.WasmTrapHandlers]: true,
};

/** The bytes @electron/fuses looks for: sentinel, version, length, one byte per fuse. */
export function fuseWireBytes(fuses: Readonly<Record<number, boolean>> = STOCK_FUSES): Buffer {
  const states = Object.keys(fuses)
    .map(Number)
    .sort((left, right) => left - right)
    .map((index) => (fuses[index] ? ON : OFF));
  return Buffer.concat([Buffer.from(FUSE_SENTINEL, 'ascii'), Buffer.from([FUSE_WIRE_VERSION, states.length, ...states])]);
}

function standInScript(version: string): Buffer {
  const script = [
    '#!/bin/sh',
    `echo "This is a stand-in for Electron ${version}, made to check Newsdesk's packaging where Electron cannot be downloaded. It cannot run the app: build on a machine with the Electron binary (see README, Installing)." >&2`,
    'exit 1',
    '# The fuse wire follows, as in a real Electron binary:',
    '',
  ].join('\n');
  return Buffer.concat([Buffer.from(script, 'utf8'), fuseWireBytes(), Buffer.from('\n', 'utf8')]);
}

/**
 * Makes (or remakes) the stand-in in `folder` for Electron `version`, copying
 * Electron's licence from `licenseFile`. Returns `folder`.
 */
export async function makeStandInElectron(folder: string, options: { version: string; licenseFile: string }): Promise<string> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(join(folder, 'resources'), { recursive: true });
  await mkdir(join(folder, 'locales'), { recursive: true });
  const executable = join(folder, 'electron');
  await writeFile(executable, standInScript(options.version));
  await chmod(executable, 0o755);
  await writeFile(join(folder, 'version'), `${options.version}\n`);
  await copyFile(options.licenseFile, join(folder, 'LICENSE'));
  return folder;
}
