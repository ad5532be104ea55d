/**
 * Screenshots for a person to look at: every state is captured at the two
 * desk sizes a newsroom has (1440×900 and 1024×700) into
 * test-results/screenshots/<width>x<height>/<state>.png.
 */
import type { Page } from '@playwright/test';

export const SCREEN_SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

/** Captures the page as it is now at each desk size, then restores the first size. */
export async function captureAtDeskSizes(page: Page, state: string): Promise<void> {
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    // Let layout settle at the new size (two frames) before the picture.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: `test-results/screenshots/${size.width}x${size.height}/${state}.png` });
  }
  await page.setViewportSize(SCREEN_SIZES[0]);
}
