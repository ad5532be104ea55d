/**
 * Pictures of the desk for a person to look at (test-results/screenshots/):
 * an article open, the empty state, and the trash.
 */
import { expect, test } from './harness/desk-test';

const SCREENSHOTS = 'test-results/screenshots';

test('the desk with an article open is captured for review', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByText('No article open — pick one or press')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/desk-empty.png` });

  await page.getByRole('option', { name: 'China refutes cyberattack allegations' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('China refutes cyberattack allegations');
  await page.getByRole('textbox', { name: 'Body' }).locator('p').first().click();
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/desk.png` });
});

test('the trash view is captured for review', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const row = page.getByRole('option', { name: 'Flood warnings lifted along river valley' });
  await row.focus();
  await page.keyboard.press('Delete');
  await expect(page.getByText('Moved “Flood warnings lifted along river valley” to trash')).toBeVisible();
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Trash' }).getByRole('listitem')).toHaveCount(1);
  await page.screenshot({ path: `${SCREENSHOTS}/desk-trash.png` });
});
