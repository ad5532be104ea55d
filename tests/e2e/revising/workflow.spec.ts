/**
 * Workflow: a published story asks before it is edited again.
 */
import { bodyToPlainText } from '../../../src/shared/body-text';
import { expect, test } from '../harness/desk-test';
import { body, CHINA, expectSaved, openArticle, pressToStoryEdge, readArticle } from '../harness/revising-actions';

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
  await pressToStoryEdge(page, 'Control+Home');
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
  await pressToStoryEdge(page, 'Control+Home');
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

test('keys typed after the published-story question opens are held, not answers: focus starts on Cancel, Tab stays in it, Edit puts every key in', async ({
  page,
  dataDir,
}) => {
  const id = await openArticle(page, CHINA);
  const status = page.getByRole('combobox', { name: 'Status' });
  await status.selectOption('published');
  await expectSaved(page);

  await body(page).click();
  await pressToStoryEdge(page, 'Control+End');
  // An editor typing at speed: the first key raises the question, the rest arrive while it is open.
  await page.keyboard.type(' He also said more.');
  const question = page.getByRole('dialog', { name: QUESTION });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Edit' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(question.getByRole('button', { name: 'Edit' })).toBeFocused();
  await expect(status).toHaveValue('published');

  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(status).toHaveValue('editing');
  const lastParagraph = body(page).locator('p').last();
  await expect(lastParagraph).toHaveText(/\S He also said more\.$/);
  await expectSaved(page);
  expect(bodyToPlainText((await readArticle(dataDir, id)).body)).toMatch(/\S He also said more\.$/);
});

test('a target length or a related link on a published story asks first; Cancel puts the old value back', async ({ page, dataDir }) => {
  const id = await openArticle(page, CHINA);
  const status = page.getByRole('combobox', { name: 'Status' });
  await status.selectOption('published');
  await expectSaved(page);

  const target = page.getByRole('spinbutton', { name: /Target/ });
  await target.fill('400');
  await target.press('Enter');
  const question = page.getByRole('dialog', { name: QUESTION });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(target).toHaveValue('');
  await expect(status).toHaveValue('published');
  expect((await readArticle(dataDir, id)).targetWords ?? null).toBeNull();

  const firstLink = page.locator('nd-related-panel li.link').first();
  const links = await page.locator('nd-related-panel li.link').count();
  await firstLink.getByRole('button', { name: /^Remove/ }).click();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('nd-related-panel li.link')).toHaveCount(links);

  await target.fill('400');
  await target.press('Enter');
  await question.getByRole('button', { name: 'Edit' }).click();
  await expect(status).toHaveValue('editing');
  await expectSaved(page);
  expect((await readArticle(dataDir, id)).targetWords).toBe(400);
});
