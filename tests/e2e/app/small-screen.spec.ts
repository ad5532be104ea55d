/**
 * A 1024×700 screen: the story keeps a readable column, the panes fold away
 * and come back (remembered), and formatting that does not fit waits in a menu.
 */
import type { Page } from '@playwright/test';

import { expect, test } from '../harness/desk-test';
import { body, CHINA, openArticle } from '../harness/revising-actions';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.reload();
  await page.locator('nd-app[data-ready]').waitFor({ state: 'attached' });
});

/** How many characters of the story's font fit on one line of its body ("0" widths). */
async function bodyColumnInCharacters(page: Page): Promise<number> {
  return body(page).evaluate((element) => {
    const probe = document.createElement('span');
    probe.textContent = '0'.repeat(100);
    probe.style.visibility = 'hidden';
    element.appendChild(probe);
    const character = probe.getBoundingClientRect().width / 100;
    probe.remove();
    return element.clientWidth / character;
  });
}

test('the side panel starts folded on a small screen, the story keeps 60 characters a line, and Panel brings the panel back', async ({
  page,
}) => {
  await openArticle(page, CHINA);
  await expect(page.locator('nd-article-aside')).toBeHidden();
  expect(await bodyColumnInCharacters(page)).toBeGreaterThanOrEqual(60);

  const panel = page.getByRole('button', { name: 'Panel' });
  await expect(panel).toHaveAttribute('aria-pressed', 'false');
  await panel.click();
  await expect(page.locator('nd-article-aside')).toBeVisible();
  // Shown in a narrow workspace, the panel lies over the story rather than squeezing it.
  expect(await bodyColumnInCharacters(page)).toBeGreaterThanOrEqual(60);
  await page.keyboard.press('Control+Alt+P');
  await expect(page.locator('nd-article-aside')).toBeHidden();
});

test('the article list folds away and back, by button and by Ctrl+Alt+L, and is remembered', async ({ page }) => {
  await openArticle(page, CHINA);
  const list = page.getByRole('listbox', { name: 'Articles' });
  await page.getByRole('button', { name: 'Hide the article list' }).click();
  await expect(list).toBeHidden();
  await page.reload();
  await page.locator('nd-app[data-ready]').waitFor({ state: 'attached' });
  await expect(list).toBeHidden();
  await page.getByRole('button', { name: 'Show the article list' }).click();
  await expect(list).toBeVisible();
  await page.keyboard.press('Control+Alt+L');
  await expect(list).toBeHidden();
  await page.keyboard.press('Control+K'); // searching brings the list back
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused();
});

test('formatting that does not fit the bar waits in More formatting and works from there', async ({ page }) => {
  await page.getByRole('button', { name: 'Hide the article list' }).click();
  await page.getByRole('button', { name: 'Show the article list' }).click();
  await openArticle(page, CHINA);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const box = (await toolbar.boundingBox())!;
  expect(box.height).toBeLessThan(40); // one row, never two
  const more = toolbar.getByRole('button', { name: 'More formatting' });
  await expect(more).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toHaveCount(0); // the last button is the first to move
  await body(page).locator('p').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Late news.');
  await page.keyboard.press('Control+Z');
  await expect(body(page)).not.toContainText('Late news.');
  await more.click();
  const menu = page.getByRole('menu', { name: 'More formatting' });
  await expect(menu.locator('[role^="menuitem"]:not(:disabled)').first()).toBeFocused(); // the first one that can act
  await menu.getByRole('menuitem', { name: /Redo/ }).click();
  await expect(body(page)).toContainText('Late news.');
  await expect(menu).toHaveCount(0);
});
