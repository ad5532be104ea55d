/**
 * The desk without a mouse: shortcuts for new, search, save and moving between
 * articles, and a list that arrow keys and Enter can drive.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Article } from '../../../src/shared/article';
import { expect, test } from '../harness/desk-test';

test('Ctrl+K focuses the search box and typing filters the list', async ({ page }) => {
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Control+K');
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await expect(search).toBeFocused();
  await page.keyboard.type('flood');
  const options = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options).toContainText('Flood warnings lifted along river valley');

  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(options).toHaveCount(4);
});

test('arrow keys move through the list and Enter opens the focused article', async ({ page }) => {
  const options = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toBeFocused();
  const second = (await options.nth(1).locator('.headline').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(second);
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
});

test('Alt+ArrowDown and Alt+ArrowUp open the next and previous article', async ({ page }) => {
  const options = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  const headlines = await options.locator('.headline').allTextContents();
  await options.first().click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headlines[0]);

  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headlines[1]);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headlines[2]);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headlines[1]);
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
});

test('Ctrl+S saves the open article at once, without waiting for autosave', async ({ page, dataDir }) => {
  const row = page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first();
  const id = (await row.getAttribute('data-id')) ?? '';
  await row.click();
  // Stop the page's clock: autosave's timer can never fire, so only Ctrl+S can store the edit.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByLabel('Byline', { exact: true }).fill('By the night desk');
  const editor = page.locator('nd-editor');
  await expect(editor).toHaveAttribute('data-save-state', 'pending');
  const storedByline = async () => (JSON.parse(await readFile(join(dataDir, 'articles', `${id}.json`), 'utf8')) as Article).byline;
  expect(await storedByline()).not.toBe('By the night desk');

  await page.keyboard.press('Control+S');
  await expect(editor).toHaveAttribute('data-save-state', 'saved');
  expect(await storedByline()).toBe('By the night desk');
});

test('Ctrl+N works from anywhere, even while typing in the body', async ({ page }) => {
  await page.getByRole('option').first().click();
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.press('Control+N');
  await expect(page.getByLabel('Headline', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('');
  await expect(page.getByRole('option', { name: 'Untitled article' })).toHaveAttribute('aria-selected', 'true');
});

test('Ctrl+F searches the desk when no story is open', async ({ page }) => {
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Control+F');
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Find' })).toHaveCount(0);
});
