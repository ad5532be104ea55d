/**
 * `npm run screenshots`: the desk's main states captured at 1440×900 and
 * 1024×700 into test-results/screenshots/, for a person to look at. Not part
 * of `npm test`: pictures that nothing compares prove nothing there.
 */
import { defineConfig } from '@playwright/test';

import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  testMatch: '**/*.screens.ts',
  outputDir: 'test-results/screenshots-run',
  retries: 0,
  reporter: [['list']],
});
