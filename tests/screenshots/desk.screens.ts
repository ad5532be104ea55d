/**
 * The desk's main states, for review: empty, an article open, the trash, the
 * related panel, the export dialog and a revision comparison.
 */
import { expect, test } from '../e2e/harness/desk-test';
import { addBox, CHINA, dropBriefing, linkedFrom, openArticle, relatedLink, waitForSaved } from '../e2e/harness/related-actions';
import { body, comparison, expectSaved, saveVersion, versionCheckbox } from '../e2e/harness/revising-actions';
import { dropSample, panel as speakersPanel } from '../e2e/harness/speakers-actions';
import { captureAtDeskSizes, SCREEN_SIZES } from './capture';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(SCREEN_SIZES[0]);
});

test('the empty desk and an open article', async ({ page }) => {
  await expect(page.getByText('No article open — pick one or press')).toBeVisible();
  await captureAtDeskSizes(page, 'desk-empty');

  await page.getByRole('option', { name: CHINA }).click();
  await expect(page.getByLabel('Headline')).toHaveValue(CHINA);
  await page.getByRole('textbox', { name: 'Body' }).locator('p').first().click();
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
  await captureAtDeskSizes(page, 'article-open');
});

test('the trash', async ({ page }) => {
  const row = page.getByRole('option', { name: 'Flood warnings lifted along river valley' });
  await row.focus();
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Trash' }).getByRole('listitem')).toHaveCount(1);
  await captureAtDeskSizes(page, 'trash');
});

test('the related panel with every kind of link', async ({ page }) => {
  await dropBriefing(page, 'china-opposes-hacking-allegations.txt');
  await openArticle(page, CHINA);
  await addBox(page).fill('https://www.example.org/world/hacking-report');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Security firm ties hacking to military unit');
  await page.keyboard.press('Enter');
  await expect(relatedLink(page, 'Security firm ties hacking to military unit')).toContainText('example.org');
  await waitForSaved(page);
  await expect(linkedFrom(page)).toHaveText(['China opposes hacking allegations']);
  await addBox(page).fill('harb');
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: /Harbor authority/ })).toBeVisible();
  await captureAtDeskSizes(page, 'related');
});

test('the export dialog, before and after an export', async ({ page }) => {
  await page.getByRole('option').first().click();
  await page.keyboard.press('ControlOrMeta+Shift+E');
  const dialog = page.locator('nd-export-dialog').getByRole('dialog');
  await expect(dialog).toBeVisible();
  await captureAtDeskSizes(page, 'export-choose');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByTestId('export-file-count')).not.toHaveText('0');
  await captureAtDeskSizes(page, 'export-done');
});

test('history with a comparison of two versions', async ({ page }) => {
  await openArticle(page, CHINA);
  await page.getByRole('button', { name: 'History' }).click();
  await saveVersion(page, 'as filed');
  await page.keyboard.press('Escape');
  await body(page).locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' The desk added this sentence.');
  await expectSaved(page);
  await page.keyboard.press('Control+Alt+S');
  await page.keyboard.type('desk edit');
  await page.keyboard.press('Enter');
  await expect(versionCheckbox(page, 'desk edit')).toBeVisible();
  await versionCheckbox(page, 'as filed').check();
  await versionCheckbox(page, 'desk edit').check();
  await expect(comparison(page).getByTestId('body-diff')).toBeVisible();
  await captureAtDeskSizes(page, 'history-compare');
});

test('speakers: suggestions to review, then the tagged story', async ({ page }) => {
  await dropSample(page, 'china-refutes-cyberattack-allegations.txt');
  const suggestions = speakersPanel(page).getByRole('list', { name: 'Suggestions' }).getByRole('listitem');
  await expect(suggestions.first()).toBeVisible();
  await captureAtDeskSizes(page, 'speakers-suggestions');
  await speakersPanel(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(speakersPanel(page).getByText('Nothing left to review.')).toBeVisible();
  await waitForSaved(page);
  await captureAtDeskSizes(page, 'speakers-tagged');
});
