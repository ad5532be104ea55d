/**
 * A changed direct quotation is flagged when two versions are compared, and
 * the warning stands above the text changes.
 */
import { expect, test } from '../harness/desk-test';
import { body, CHINA, comparison, expectSaved, history, openArticle, saveVersion, versionCheckbox } from '../harness/revising-actions';

const QUOTE_BEFORE = 'irresponsible and unprofessional, which will not help to solve the problem';
const QUOTE_AFTER = 'irresponsible and unhelpful, which will not help to solve the problem';

test('a word changed inside a direct quote is flagged at the top of the comparison', async ({ page }) => {
  test.slow(); // two versions, two replacements, a comparison
  await page.setViewportSize({ width: 1440, height: 900 });
  await openArticle(page, CHINA);
  await page.getByRole('button', { name: 'History' }).click();
  await saveVersion(page, 'as filed');
  await page.keyboard.press('Escape');

  // The editor changes one word inside the spokesman's quote (and tightens the intro).
  await page.keyboard.press('Control+H');
  await page.getByRole('textbox', { name: 'Find' }).fill('unprofessional');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await page.getByRole('textbox', { name: 'Replace with' }).fill('unhelpful');
  await page.getByRole('button', { name: 'Replace', exact: true }).click();
  await page.getByRole('textbox', { name: 'Find' }).fill('on Wednesday refuted');
  await page.getByRole('textbox', { name: 'Replace with' }).fill('has rejected');
  await page.getByRole('button', { name: 'Replace all' }).click();
  await page.keyboard.press('Escape');
  await expect(body(page)).toContainText(`"${QUOTE_AFTER}"`);
  await expectSaved(page);

  await page.keyboard.press('Control+Alt+S');
  await page.keyboard.type('desk edit');
  await page.keyboard.press('Enter');
  await expect(versionCheckbox(page, 'desk edit')).toBeVisible();
  await versionCheckbox(page, 'as filed').check();
  await versionCheckbox(page, 'desk edit').check();

  const warning = comparison(page).getByRole('alert');
  await expect(warning).toContainText('A direct quote was changed');
  await expect(warning).toContainText(`Quote changed: “${QUOTE_BEFORE}” → “${QUOTE_AFTER}”`);
  await expect(comparison(page).locator('del.delete', { hasText: 'unprofessional' }).first()).toBeVisible();
  await expect(comparison(page).locator('ins.insert', { hasText: 'unhelpful' }).first()).toBeVisible();
  // The warning comes before the text changes.
  const warningBox = await warning.boundingBox();
  const textBox = await comparison(page).getByTestId('body-diff').boundingBox();
  expect(warningBox && textBox && warningBox.y < textBox.y).toBe(true);

  await expect(history(page)).toBeVisible();
});
