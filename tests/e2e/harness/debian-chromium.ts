/**
 * How the browser tests, the screenshots and the editor bench start Chromium:
 * Debian's own build (`npx playwright install` is never run on these
 * machines), headless, with nothing that would reach the network on its own.
 */
import type { LaunchOptions } from '@playwright/test';

export const DEBIAN_CHROMIUM: LaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
