/**
 * `npm run dist` (installers for this platform) and `npm run dist:dir` (the
 * unpacked app): builds with electron-builder.yml, then checks the unpacked app
 * — the asar's file list and the fuses read back — and exits 1 if either is wrong.
 *
 *   tsx scripts/package-app.ts [--dir] [--output FOLDER]
 *
 * Where the Electron binary is absent, --dir builds the unpacked Linux app on a
 * stand-in Electron that cannot run (see scripts/packaging/stand-in-electron.ts);
 * without --dir it stops and says how to get the binary.
 */
import { resolve } from 'node:path';

import { buildPackage } from './packaging/build-package';
import { checkPackage } from './packaging/check-package';

async function main(argv: string[]): Promise<number> {
  const unpackedOnly = argv.includes('--dir');
  const outputIndex = argv.indexOf('--output');
  const outputFolder = outputIndex === -1 ? undefined : resolve(argv[outputIndex + 1] ?? 'release');
  const built = await buildPackage({ unpackedOnly, outputFolder });
  if (built.standIn)
    console.log(
      `\nBuilt on a stand-in Electron (the binary is not installed): ${built.appFolder} cannot run, but its asar and fuses are real.`,
    );

  const check = await checkPackage(built.appFolder);
  console.log(`\n${built.appFolder}: app.asar holds ${check.asarFiles.length} entries; fuses ${JSON.stringify(check.fuses)}`);
  if (check.problems.length > 0) {
    console.error(`\nThe package is not as it should be:\n${check.problems.map((problem) => `  - ${problem}`).join('\n')}`);
    return 1;
  }
  console.log('The package holds only the app and its runtime dependencies, and its fuses read back as electron-builder.yml sets them.');
  return 0;
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
