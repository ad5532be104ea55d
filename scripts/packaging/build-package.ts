/**
 * buildPackage: runs electron-builder on electron-builder.yml without any download.
 *
 * electronVersion comes from node_modules/electron, so electron-builder never
 * asks the network which version it is; electronDist names the Electron to
 * package — the real one in node_modules/electron/dist, or a stand-in where
 * the binary is absent (unpacked Linux only: installers of an app that cannot
 * run would be worse than none).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Arch, build, getArchSuffix, Platform } from 'electron-builder';

import { findElectron, REPOSITORY_ROOT } from './electron-install';
import { makeStandInElectron } from './stand-in-electron';

export interface BuildPackageOptions {
  /** Only the unpacked app (the `dir` target) instead of the platform's installers. */
  unpackedOnly: boolean;
  /** Where the packages go; electron-builder.yml's `release/` by default. */
  outputFolder?: string;
}

export interface BuiltPackage {
  /** The unpacked app's folder, e.g. release/linux-unpacked. */
  appFolder: string;
  /** True when it was built on the stand-in Electron and cannot run. */
  standIn: boolean;
  /** Every file electron-builder wrote into the output folder that is a package (installers, the unpacked folder). */
  artifacts: string[];
}

export async function buildPackage(options: BuildPackageOptions): Promise<BuiltPackage> {
  const electron = findElectron();
  const outputFolder = options.outputFolder ?? join(REPOSITORY_ROOT, 'release');
  let electronDist = electron.distFolder;
  let platform = process.platform;
  if (!electronDist) {
    if (!options.unpackedOnly) {
      throw new Error(
        'The Electron binary is not installed (node_modules/electron/dist is missing), so no installer can be built here. ' +
          'Run "node node_modules/electron/install.js" on a machine with internet access, or build the unpacked app with "npm run dist:dir".',
      );
    }
    // The stand-in is a Linux Electron; build the Linux package on any platform.
    platform = 'linux';
    electronDist = await makeStandInElectron(join(tmpdir(), `newsdesk-stand-in-electron-${electron.version}`), {
      version: electron.version,
      licenseFile: electron.licenseFile,
    });
  }

  const builderPlatform = platform === 'darwin' ? Platform.MAC : platform === 'win32' ? Platform.WINDOWS : Platform.LINUX;
  const arch = Arch[process.arch as keyof typeof Arch] ?? Arch.x64;
  const targets = options.unpackedOnly ? builderPlatform.createTarget('dir', arch) : builderPlatform.createTarget(undefined, arch);
  const artifacts = await build({
    projectDir: REPOSITORY_ROOT,
    targets,
    publish: 'never',
    config: {
      electronVersion: electron.version,
      electronDist,
      directories: { output: outputFolder },
    },
  });
  return { appFolder: unpackedFolder(outputFolder, builderPlatform, arch), standIn: electron.distFolder === null, artifacts };
}

/** Where electron-builder puts the unpacked app: linux-unpacked, win-arm64-unpacked, mac/Newsdesk.app… */
function unpackedFolder(outputFolder: string, platform: Platform, arch: Arch): string {
  const suffix = getArchSuffix(arch);
  if (platform === Platform.MAC) return join(outputFolder, `mac${suffix}`, 'Newsdesk.app');
  return join(outputFolder, `${platform === Platform.WINDOWS ? 'win' : 'linux'}${suffix}-unpacked`);
}
