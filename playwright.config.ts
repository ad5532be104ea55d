/**
 * Browser tests: the built renderer in Debian's Chromium (tests/e2e/*.spec.ts,
 * through the harness in tests/e2e/harness), and the real Electron app where its
 * binary is installed (tests/e2e/electron/, which skip and say why otherwise).
 * Build first: `npm run build` (npm test does).
 */
import { defineConfig } from '@playwright/test';

import { DEBIAN_CHROMIUM } from './tests/e2e/harness/debian-chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  workers: 2,
  // CI shares two cores with other work; a spec that fails and then passes is reported as flaky
  // (npm test prints the count), never hidden. Locally a failure stays a failure.
  retries: process.env.CI ? 2 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    launchOptions: DEBIAN_CHROMIUM,
  },
});
