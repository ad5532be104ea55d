/**
 * Spellcheck: misspelled words are underlined; the right-click menu offers
 * suggestions, the desk dictionary (stored in the data folder) and Ignore.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { expect, test } from '../harness/desk-test';
import { body, CHINA, expectSaved, openArticle, readArticle } from '../harness/revising-actions';

test('a misspelled word is underlined, fixed from the menu, and a name added to the desk dictionary is no longer flagged', async ({
  page,
  dataDir,
}) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await body(page).click();
  await page.keyboard.type('The goverment said Zorblat would speak on Tuesday.');
  const misspelled = body(page).locator('.misspelled');
  await expect(misspelled).toHaveText(['goverment', 'Zorblat']);
  await expect(misspelled.first()).toHaveCSS('text-decoration-style', 'wavy');

  await misspelled.filter({ hasText: 'goverment' }).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Spelling of “goverment”' });
  await expect(menu.getByRole('menuitem', { name: 'government', exact: true })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'government', exact: true }).click();
  await expect(menu).toHaveCount(0);
  await expect(body(page)).toHaveText('The government said Zorblat would speak on Tuesday.');
  await expect(misspelled).toHaveText(['Zorblat']);

  await misspelled.filter({ hasText: 'Zorblat' }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Add to desk dictionary' }).click();
  await expect(misspelled).toHaveCount(0);
  const dictionary = JSON.parse(await readFile(join(dataDir, 'dictionary.json'), 'utf8')) as { words: string[] };
  expect(dictionary.words).toContain('Zorblat');
  await expectSaved(page);
});

test('the spelling menu works from the keyboard: Ctrl+. opens it, arrows move, Enter picks, Ignore hides the underline', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await body(page).click();
  await page.keyboard.type('A recieved letter and a flibbertyjib.');
  const misspelled = body(page).locator('.misspelled');
  await expect(misspelled).toHaveText(['recieved', 'flibbertyjib']);

  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+.');
  const menu = page.getByRole('menu', { name: 'Spelling of “recieved”' });
  await expect(menu.getByRole('menuitem', { name: 'received', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(body(page)).toContainText('A received letter');

  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+.');
  const second = page.getByRole('menu', { name: 'Spelling of “flibbertyjib”' });
  await expect(second).toBeVisible();
  await page.keyboard.press('End');
  await expect(second.getByRole('menuitem', { name: 'Ignore' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(misspelled).toHaveCount(0);
  // The cursor is back where it was.
  await expect(body(page)).toBeFocused();
  await page.keyboard.type('s');
  await expect(body(page)).toHaveText('A received letter and a flibbertyjibs.');
});

test('British by default, American when the story chooses it; names in capitalised runs and tagged mentions are never flagged', async ({
  page,
  dataDir,
}) => {
  const id = await openArticle(page, CHINA);
  await body(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' The Kalder Harbour Board said the harbor and the harbour would reopen.');
  const flagged = () => body(page).locator('.misspelled').allTextContents();
  await expect.poll(flagged).toContain('harbor');
  expect(await flagged()).not.toContain('harbour');
  expect(await flagged()).not.toContain('Kalder');

  await page.getByRole('combobox', { name: 'Spelling language' }).selectOption('en-US');
  await expect.poll(flagged).toContain('harbour');
  expect(await flagged()).not.toContain('harbor');
  await expect(page.locator('nd-editor')).toHaveAttribute('data-save-state', 'saved');
  expect((await readArticle(dataDir, id)).spellingLanguage).toBe('en-US');
});
