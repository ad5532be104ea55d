/**
 * Workflow: a published story asks before it is edited again.
 */
import { bodyToPlainText } from '../../../src/shared/body-text';
import { expect, test } from '../harness/desk-test';
import { body, CHINA, expectSaved, openArticle, readArticle } from '../harness/revising-actions';

const QUESTION = 'Edit a published story?';

test('a published story asks before an edit: Cancel leaves it as it was, Edit moves it back to Editing', async ({ page, dataDir }) => {
  const id = await openArticle(page, CHINA);
  const status = page.getByRole('combobox', { name: 'Status' });
  await status.selectOption('published');
  await expectSaved(page);

  // Cancel: the headline keeps its text and the story stays published.
  const headline = page.getByLabel('Headline', { exact: true });
  await headline.click();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  const question = page.getByRole('dialog', { name: QUESTION });
  await expect(question).toBeVisible();
  await expect(question).toContainText('This story is published. Edit it anyway? Its status will go back to Editing.');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await expect(headline).toHaveValue(CHINA);
  await expect(status).toHaveValue('published');

  // The body asks too; Cancel with Escape.
  await body(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('U');
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(body(page)).toContainText('China on Wednesday refuted');
  await expect(body(page)).not.toContainText('UChina');
  let stored = await readArticle(dataDir, id);
  expect(stored.status).toBe('published');
  expect(stored.headline).toBe(CHINA);

  // Edit: the status goes back to Editing and the typed letter goes in.
  await body(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('U');
  await question.getByRole('button', { name: 'Edit' }).click();
  await expect(status).toHaveValue('editing');
  await page.keyboard.type('pdate: ');
  await expect(body(page)).toContainText('Update: China on Wednesday refuted');
  await expectSaved(page);
  stored = await readArticle(dataDir, id);
  expect(stored.status).toBe('editing');
  expect(bodyToPlainText(stored.body)).toMatch(/^Update: China on Wednesday refuted/);
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: CHINA })).toContainText('Editing');
});
