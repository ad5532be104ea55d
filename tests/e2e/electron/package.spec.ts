/**
 * The packaged app (npm run dist:dir) built on the real Electron: its fuses
 * read back from the executable, and the packaged app starts. Where the binary
 * is absent the unit test tests/unit/scripts/package-app.test.ts builds the same
 * package on a stand-in instead; this spec skips and says why.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { buildPackage } from '../../../scripts/packaging/build-package';
import { checkPackage, packagedExecutable } from '../../../scripts/packaging/check-package';
import { electronInstalled, expect, SKIP_REASON, test } from './launch-desk';

test.skip(!electronInstalled, SKIP_REASON);

test('the packaged app has its fuses flipped, holds only the app, and starts', async ({ launchDesk }) => {
  test.setTimeout(300_000);
  const output = await mkdtemp(join(tmpdir(), 'newsdesk-package-'));
  try {
    const built = await buildPackage({ unpackedOnly: true, outputFolder: output });
    expect(built.standIn).toBe(false);
    const check = await checkPackage(built.appFolder);
    expect(check.problems).toEqual([]);
    expect(check.fuses).toMatchObject({ RunAsNode: false, EnableNodeOptionsEnvironmentVariable: false, OnlyLoadAppFromAsar: true });
    const { page } = await launchDesk({ executablePath: packagedExecutable(built.appFolder) });
    await expect(page.locator('nd-app[data-ready]')).toBeAttached();
    // A packaged app is production whatever its environment: no DevTools.
    expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
  } finally {
    await rm(output, { recursive: true, force: true });
  }
});
