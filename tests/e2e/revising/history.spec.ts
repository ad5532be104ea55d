/**
 * Revising an article: versions saved by hand and on a status change, the
 * history drawer, comparing two versions, restoring one — on screen and on disk.
 */
import { bodyToPlainText } from '../../../src/shared/body-text';
import { expect, test } from '../harness/desk-test';
import {
  body,
  CHINA,
  comparison,
  expectSaved,
  history,
  openArticle,
  pressToStoryEdge,
  readArticle,
  saveVersion,
  versionCheckbox,
} from '../harness/revising-actions';

test('versions saved by hand and on a status change are listed, compared with marked changes, and one is restored', async ({
  page,
  dataDir,
}) => {
  test.slow(); // a whole revising session: many saves and versions
  const id = await openArticle(page, CHINA);
  await body(page).click();
  await pressToStoryEdge(page, 'Control+Home');
  await page.keyboard.type('Breaking: ');
  await expectSaved(page);

  await page.getByRole('button', { name: 'History' }).click();
  await expect(history(page)).toBeVisible();
  await saveVersion(page, 'first cut');
  await page.keyboard.press('Escape');
  await expect(history(page)).toHaveCount(0);

  // Swap the inserted word for another one, then save a version from the keyboard.
  await body(page).click();
  await pressToStoryEdge(page, 'Control+Home');
  for (let step = 0; step < 'Breaking: '.length; step += 1) await page.keyboard.press('Delete');
  await page.keyboard.type('Exclusive: ');
  await expectSaved(page);
  await page.keyboard.press('Control+Alt+S');
  await expect(history(page).getByRole('textbox', { name: 'Version label' })).toBeFocused();
  await page.keyboard.type('second pass');
  await page.keyboard.press('Enter');
  await expect(versionCheckbox(page, 'second pass')).toBeVisible();
  await page.keyboard.press('Escape');

  // A status change takes a version by itself.
  await page.getByRole('combobox', { name: 'Status' }).selectOption('ready');
  await expectSaved(page);
  await page.keyboard.press('Control+Alt+H');
  await expect(versionCheckbox(page, 'Status changed')).toBeVisible();
  await expect(history(page).locator('li[data-reason="status-change"]').first()).toContainText('Ready');

  await versionCheckbox(page, 'first cut').check();
  await versionCheckbox(page, 'second pass').check();
  const inserted = comparison(page).locator('ins.insert', { hasText: 'Exclusive' });
  const deleted = comparison(page).locator('del.delete', { hasText: 'Breaking' });
  await expect(inserted).toBeVisible();
  await expect(deleted).toBeVisible();
  await expect(inserted).toHaveCSS('text-decoration-line', 'underline');
  await expect(deleted).toHaveCSS('text-decoration-line', 'line-through');
  await expect(comparison(page).locator('.side.from')).toContainText('first cut');
  await expect(comparison(page).locator('.side.to')).toContainText('second pass');

  // Restore the first cut: asked first, then the editor shows it and the history keeps both texts.
  await history(page)
    .getByRole('button', { name: /^Restore first cut,/ })
    .click();
  const question = page.getByRole('dialog', { name: 'Restore this version?' });
  await question.getByRole('button', { name: 'Restore' }).click();
  await expect(body(page)).toContainText('Breaking: China on Wednesday');
  await expect(body(page)).not.toContainText('Exclusive');
  await expect(history(page).locator('li[data-reason="restored"]')).toHaveCount(1);
  await expect(history(page).locator('li[data-reason="before-restore"]')).toHaveCount(1);

  await versionCheckbox(page, 'Before a restore').check();
  await expect(comparison(page).locator('.side.to')).toHaveText('Current text');
  await expect(comparison(page).locator('del.delete', { hasText: 'Exclusive' })).toBeVisible();
  await expect(comparison(page).locator('ins.insert', { hasText: 'Breaking' })).toBeVisible();

  const stored = await readArticle(dataDir, id);
  expect(bodyToPlainText(stored.body)).toMatch(/^Breaking: China on Wednesday/);
  await page.keyboard.press('Escape');
  await expect(history(page)).toHaveCount(0);
});

test('cancelling a restore changes nothing', async ({ page, dataDir }) => {
  const id = await openArticle(page, CHINA);
  await page.keyboard.press('Control+Alt+S');
  await page.keyboard.type('kept');
  await page.keyboard.press('Enter');
  await expect(versionCheckbox(page, 'kept')).toBeVisible();
  await page.keyboard.press('Escape');
  await body(page).click();
  await pressToStoryEdge(page, 'Control+End');
  await page.keyboard.type(' Added later.');
  await expectSaved(page);

  await page.keyboard.press('Control+Alt+H');
  await history(page)
    .getByRole('button', { name: /^Restore kept,/ })
    .click();
  await page.getByRole('dialog', { name: 'Restore this version?' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(history(page).locator('li[data-reason="restored"]')).toHaveCount(0);
  await expect(body(page)).toContainText('Added later.');
  expect(bodyToPlainText((await readArticle(dataDir, id)).body)).toContain('Added later.');
});

test('closing the history with Escape gives the focus back to the story, where the cursor was', async ({ page }) => {
  await openArticle(page, CHINA);
  await body(page).click();
  await pressToStoryEdge(page, 'Control+Home');
  await page.keyboard.press('Control+Alt+H');
  await expect(history(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(history(page)).toHaveCount(0);
  await expect(body(page)).toBeFocused();
  await page.keyboard.type('Now: ');
  await expect(body(page).locator('p').first()).toHaveText(/^Now: China on Wednesday/);
});

test('the restore question says when the status and headline will change too', async ({ page, dataDir }) => {
  const id = await openArticle(page, CHINA);
  await page.getByRole('button', { name: 'History' }).click();
  await saveVersion(page, 'draft text');
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('ready');
  await page.getByLabel('Headline', { exact: true }).fill('China rejects hacking claims');
  await expectSaved(page);

  await page.getByRole('button', { name: 'History' }).click();
  await history(page)
    .getByRole('button', { name: /^Restore draft text,/ })
    .click();
  const question = page.getByRole('dialog', { name: 'Restore this version?' });
  await expect(question).toContainText('Its status changes from Ready to Draft.');
  await expect(question).toContainText(`Its headline becomes “${CHINA}”.`);
  await question.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('draft');
  await expect.poll(async () => (await readArticle(dataDir, id)).status).toBe('draft');
});
