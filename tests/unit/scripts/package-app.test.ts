/**
 * The packaged app, built for real with electron-builder (on the stand-in
 * Electron where the binary is absent, as here) into a temp folder, then read
 * back: the asar's file list and the executable's fuses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { buildPackage, type BuiltPackage } from '../../../scripts/packaging/build-package';
import { checkPackage, type PackageCheck, packagedExecutable } from '../../../scripts/packaging/check-package';
import { makeStandInElectron, STOCK_FUSES } from '../../../scripts/packaging/stand-in-electron';
import { OUT_DIRECTORY, readBuiltFile, REPOSITORY_ROOT } from '../../support/built-output';

const BUILD_TIMEOUT_MS = 120_000;

let outputFolder: string;
let built: BuiltPackage;
let check: PackageCheck;

beforeAll(async () => {
  readBuiltFile(join(OUT_DIRECTORY, 'main', 'index.js')); // says "run npm run build first" when out/ is missing
  outputFolder = await mkdtemp(join(tmpdir(), 'newsdesk-package-'));
  built = await buildPackage({ unpackedOnly: true, outputFolder });
  check = await checkPackage(built.appFolder);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  if (outputFolder) await rm(outputFolder, { recursive: true, force: true });
});

describe('the unpacked package (npm run dist:dir)', () => {
  it('passes its own check: only the app, and the fuses as configured', () => {
    expect(check.problems).toEqual([]);
  });

  it('holds the built main, preload and renderer, the seed briefings and the runtime dependencies', () => {
    expect(check.asarFiles).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main/index.js',
        '/out/preload/index.cjs',
        '/out/renderer/index.html',
        '/data/minister-rejects-budget-leak-claims.txt',
        '/node_modules/lowdb/package.json',
        '/node_modules/electron-log/package.json',
        '/node_modules/valibot/package.json',
      ]),
    );
  });

  it('unpacks main beside the archive, so the import and spelling worker threads can start', () => {
    const unpacked = join(built.appFolder, 'resources', 'app.asar.unpacked', 'out', 'main');
    for (const name of ['index.js', 'import-worker.js', 'spelling-worker.js']) expect(existsSync(join(unpacked, name))).toBe(true);
  });

  it('holds no sources, tests, benchmarks, scripts, source maps, CLI build or development packages', () => {
    const unwanted = check.asarFiles.filter((path) =>
      /^\/(src|tests|bench|scripts)\/|\.map$|^\/out\/cli\/|^\/node_modules\/(electron|electron-builder|vitest|typescript|@types)\//.test(
        path,
      ),
    );
    expect(unwanted).toEqual([]);
    expect(new Set(check.asarFiles.map((path) => path.split('/')[1]))).toEqual(new Set(['package.json', 'out', 'data', 'node_modules']));
  });

  it('reads back RunAsNode, NODE_OPTIONS and --inspect off, and asar integrity, asar-only loading and cookie encryption on', async () => {
    const wire = await getCurrentFuseWire(packagedExecutable(built.appFolder));
    const on = (fuse: FuseV1Options) => String.fromCharCode(wire[fuse] ?? 0) === '1';
    expect({
      runAsNode: on(FuseV1Options.RunAsNode),
      nodeOptions: on(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspectArguments: on(FuseV1Options.EnableNodeCliInspectArguments),
      asarIntegrity: on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyFromAsar: on(FuseV1Options.OnlyLoadAppFromAsar),
      cookieEncryption: on(FuseV1Options.EnableCookieEncryption),
    }).toEqual({
      runAsNode: false,
      nodeOptions: false,
      inspectArguments: false,
      asarIntegrity: true,
      onlyFromAsar: true,
      cookieEncryption: true,
    });
  });
});

describe('the package check', () => {
  it('names a fuse left as stock Electron ships it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'newsdesk-stand-in-'));
    try {
      const standIn = await makeStandInElectron(folder, { version: '0.0.0', licenseFile: join(REPOSITORY_ROOT, 'package.json') });
      // A stand-in is laid out like linux-unpacked but its executable is "electron" and it has no asar.
      const wire = await getCurrentFuseWire(join(standIn, 'electron'));
      expect(String.fromCharCode(wire[FuseV1Options.RunAsNode] ?? 0)).toBe(STOCK_FUSES[FuseV1Options.RunAsNode] ? '1' : '0');
      const result = await checkPackage(standIn);
      expect(result.problems).toEqual([expect.stringContaining('app.asar is missing')]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('electron-builder.yml', () => {
  const config = parse(readFileSync(join(REPOSITORY_ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
    linux: { target: string[] };
    mac: { target: string };
    win: { target: string };
    fileAssociations: { ext: string }[];
    files: string[];
  };

  it('names the app Newsdesk and builds AppImage, deb and the unpacked folder on Linux, a dmg on macOS and an NSIS installer on Windows', () => {
    expect(config.productName).toBe('Newsdesk');
    expect(config.linux.target).toEqual(['AppImage', 'deb', 'dir']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
  });

  it('offers Newsdesk for Markdown files and briefings (.md, .txt)', () => {
    expect(config.fileAssociations.map((association) => association.ext)).toEqual(['md', 'txt']);
  });

  it('packages only out/ (not its CLI), the seed briefings and package.json, never source maps', () => {
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['data/*.txt', 'out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
    expect(config.files).toContain('!**/*.map');
  });
});
