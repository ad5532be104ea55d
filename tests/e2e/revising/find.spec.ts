/**
 * Find and replace in the open article: counts, stepping, options, Replace all
 * as one undo step.
 */
import { bodyToPlainText } from '../../../src/shared/body-text';
import { expect, test } from '../harness/desk-test';
import { body, CHINA, expectSaved, openArticle, readArticle } from '../harness/revising-actions';

test('find counts and steps through matches; Replace all is undone by one Undo', async ({ page, dataDir }) => {
  const id = await openArticle(page, CHINA);
  const original = bodyToPlainText((await readArticle(dataDir, id)).body);
  const total = original.match(/cyber/gi)?.length ?? 0;
  expect(total).toBeGreaterThan(5);

  await body(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+H');
  const find = page.getByRole('textbox', { name: 'Find' });
  await expect(find).toBeFocused();
  await page.keyboard.type('cyber');
  await expect(page.getByTestId('find-count')).toHaveText(`1 of ${total}`);
  await expect(body(page).locator('.find-match')).toHaveCount(total);
  await expect(body(page).locator('.find-current')).toHaveText('cyber');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText(`2 of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(page.getByTestId('find-count')).toHaveText(`${total} of ${total}`);

  // Whole word leaves out "cyber" inside other words; match case leaves out "Cyber".
  await find.fill('us');
  const loose = Number((await page.getByTestId('find-count').textContent())?.split(' of ')[1]);
  await page.getByRole('button', { name: 'Whole word' }).click();
  await page.getByRole('button', { name: 'Match case' }).click();
  const strict = original.match(/(?<![\p{L}\p{N}_])us(?![\p{L}\p{N}_])/gu)?.length ?? 0;
  await expect(page.getByTestId('find-count')).toHaveText(strict === 0 ? 'No matches' : `1 of ${strict}`);
  expect(loose).toBeGreaterThan(strict);
  await page.getByRole('button', { name: 'Whole word' }).click();
  await page.getByRole('button', { name: 'Match case' }).click();

  await find.fill('cyber');
  await page.getByRole('textbox', { name: 'Replace with' }).fill('online');
  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.getByTestId('find-count')).toHaveText('No matches');
  await expect(body(page)).not.toContainText(/cyber/i);
  await expect(body(page)).toContainText('online crime');
  await expectSaved(page);
  expect(bodyToPlainText((await readArticle(dataDir, id)).body)).not.toMatch(/cyber/i);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('search', { name: 'Find and replace' })).toHaveCount(0);
  await expect(body(page).locator('.find-match')).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(body(page)).toContainText('cyber crime');
  await expect(body(page)).not.toContainText('online');
  await expectSaved(page);
  expect(bodyToPlainText((await readArticle(dataDir, id)).body)).toBe(original);
});

test('Replace changes the current match and moves to the next; Ctrl+Alt+F opens the bar too', async ({ page }) => {
  await openArticle(page, CHINA);
  await body(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Alt+F');
  await page.keyboard.type('groundless');
  await expect(page.getByTestId('find-count')).toHaveText(/^1 of \d+$/);
  const total = Number((await page.getByTestId('find-count').textContent())?.split(' of ')[1]);
  await page.getByRole('textbox', { name: 'Replace with' }).fill('baseless');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText(`1 of ${total - 1}`);
  await expect(body(page)).toContainText('hacking activities as baseless');
});

test('Ctrl+F finds in the open story and brings the first match into view while typing; Ctrl+Shift+F and Ctrl+K search the desk', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openArticle(page, CHINA);
  await body(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  const find = page.getByRole('textbox', { name: 'Find' });
  await expect(find).toBeFocused();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).not.toBeFocused();

  // "espionage" stands only in the last paragraph, below the fold at this size.
  await page.keyboard.type('espionage');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await expect(body(page).locator('.find-current')).toBeInViewport();
  await expect(find).toBeFocused();

  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused();
  await page.keyboard.press('Escape');
  await body(page).click();
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused();
});
