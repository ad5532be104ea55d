/**
 * A picture of the related-stories panel for a person to look at
 * (test-results/screenshots/related.png): stored, external and unresolved
 * links, the add box with suggestions, and the Linked from list.
 */
import { expect, test } from './harness/desk-test';
import { CHINA, addBox, dropBriefing, linkedFrom, openArticle, relatedLink, waitForSaved } from './harness/related-actions';

const SCREENSHOTS = 'test-results/screenshots';

test('the related panel with every kind of link is captured for review', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await dropBriefing(page, 'china-opposes-hacking-allegations.txt');
  await openArticle(page, CHINA);

  await addBox(page).fill('https://www.reuters.com/world/china/hacking-report');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Security firm ties hacking to military unit');
  await page.keyboard.press('Enter');
  await expect(relatedLink(page, 'Security firm ties hacking to military unit')).toContainText('reuters.com');
  await waitForSaved(page);
  await expect(linkedFrom(page)).toHaveText(['China opposes hacking allegations']);

  await addBox(page).fill('harb');
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option')).toHaveCount(1);
  await linkedFrom(page).last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/related.png` });
});
