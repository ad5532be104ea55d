/**
 * Length: a target in words with how far off the story is, and the counts of
 * the whole story and of the selection in the status bar.
 */
import { expect, test } from '../harness/desk-test';
import { body, CHINA, expectSaved, openArticle, pressToStoryEdge, readArticle } from '../harness/revising-actions';

test('a target length shows how far over or under the story is, and is stored with it', async ({ page, dataDir }) => {
  const id = await openArticle(page, CHINA);
  await expect(page.getByTestId('word-count')).toHaveText('303 words');
  const target = page.getByRole('spinbutton', { name: 'Target length in words' });

  await target.fill('100');
  await target.press('Enter');
  await expect(page.getByTestId('word-count')).toHaveText('303 / 100 words');
  await expect(page.getByTestId('target-difference')).toHaveText('203 words over');
  await expect(page.getByTestId('target-difference')).toHaveAttribute('data-fit', 'long');
  await expectSaved(page);
  expect((await readArticle(dataDir, id)).targetWords).toBe(100);

  await target.fill('400');
  await target.press('Enter');
  await expect(page.getByTestId('target-difference')).toHaveText('97 words under');
  await expect(page.getByTestId('target-difference')).toHaveAttribute('data-fit', 'short');

  await target.fill('300');
  await target.press('Enter');
  await expect(page.getByTestId('target-difference')).toHaveText('3 words over');
  await expect(page.getByTestId('target-difference')).toHaveAttribute('data-fit', 'fits');

  await target.fill('');
  await target.press('Enter');
  await expect(page.getByTestId('word-count')).toHaveText('303 words');
  await expect(page.getByTestId('target-difference')).toHaveCount(0);
  await expectSaved(page);
  expect((await readArticle(dataDir, id)).targetWords ?? null).toBeNull();
});

test('the status bar counts the characters of the story and the words and characters of the selection', async ({ page }) => {
  await openArticle(page, CHINA);
  await expect(page.getByTestId('character-count')).toHaveText(/^[\d,]+ characters$/);
  await expect(page.getByTestId('selection-count')).toHaveCount(0);

  await body(page).click();
  await pressToStoryEdge(page, 'Control+Home');
  for (let word = 0; word < 3; word += 1) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(page.getByTestId('selection-count')).toHaveText('Selection: 3 words, 18 characters'); // "China on Wednesday"
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(page.getByTestId('selection-count')).toHaveText('Selection: 4 words, 26 characters');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('selection-count')).toHaveCount(0);
});
