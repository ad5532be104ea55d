/**
 * Suggested changes, by keyboard: suggest mode on, a word inside a tagged quote
 * replaced (flagged in the panel with the speaker's name), rejected (the text
 * and the stored article as before); several suggestions accepted at once and
 * the accept undone.
 */
import type { Page } from '@playwright/test';

import type { NodeJson } from '../../../src/shared/article';
import { listSuggestions } from '../../../src/shared/suggestions';
import { expect, test, TEST_EDITOR } from '../harness/desk-test';
import { body, collapseToEnd, openArticle, readArticle, selectWithKeyboard, waitForSaved } from '../harness/speakers-actions';

// Keyboard selection presses one key per character; give these journeys room.
test.describe.configure({ timeout: 120_000 });

const CHINA = 'China refutes cyberattack allegations';
const QUOTE_PARAGRAPH = 'Foreign Ministry spokesman Hong Lei made the remarks';
const QUOTE = 'irresponsible and unprofessional, which will not help to solve the problem';

const changesPanel = (page: Page) => page.locator('nd-suggestions-panel');
const suggestButton = (page: Page) => page.getByRole('button', { name: /^Suggest(ing)?$/ });

/** Tags the spokesman's quote to a new speaker, Hong Lei, as the speakers panel's users do. */
async function tagQuote(page: Page): Promise<void> {
  await selectWithKeyboard(page, QUOTE_PARAGRAPH, QUOTE);
  await page.keyboard.press('Control+Shift+D');
  const picker = page.getByRole('dialog', { name: 'Direct quote by…' });
  await picker.getByRole('combobox', { name: 'Speaker' }).fill('Hong Lei');
  await expect(picker.getByRole('option', { name: 'Create “Hong Lei”' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(picker.getByLabel('Name')).toHaveValue('Hong Lei');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(body(page).locator('.speaker-direct').first()).toBeVisible();
}

async function storedSuggestions(dataDir: string, id: string) {
  return listSuggestions((await readArticle(dataDir, id)).body as NodeJson);
}

function textOf(node: NodeJson): string {
  return node.text ?? (node.content ?? []).map(textOf).join(node.type === 'doc' ? '\n' : '');
}

test('a word replaced inside a quote in suggest mode is flagged, and rejecting it restores the text on screen and on disk', async ({
  page,
  dataDir,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const id = await openArticle(page, CHINA);
  await tagQuote(page);
  await waitForSaved(page);
  const original = await readArticle(dataDir, id);

  await page.keyboard.press('Control+Alt+E');
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: `Suggesting as ${TEST_EDITOR}` })).toBeVisible();

  await selectWithKeyboard(page, QUOTE_PARAGRAPH, 'unprofessional');
  await page.keyboard.type('unhelpful');
  await expect(body(page).locator('del.nd-suggested-deletion')).toHaveText('unprofessional');
  await expect(body(page).locator('ins.nd-suggested-insertion')).toHaveText('unhelpful');

  const item = changesPanel(page).getByRole('listitem').filter({ hasText: 'unprofessional' });
  await expect(item).toContainText('unprofessional → unhelpful');
  await expect(item).toContainText(TEST_EDITOR);
  await expect(item).toContainText('Changes a quote by Hong Lei');
  await waitForSaved(page);
  expect(await storedSuggestions(dataDir, id)).toMatchObject([
    { kind: 'replace', before: 'unprofessional', after: 'unhelpful', author: TEST_EDITOR, quoteSpeakerIds: [expect.any(String)] },
  ]);
  await changesPanel(page).screenshot({ path: test.info().outputPath('suggestions-panel.png') });
  await page.screenshot({ path: test.info().outputPath('suggest-mode.png') });

  // The cursor stands at the end of the insertion: reject the suggestion there by keyboard.
  await page.keyboard.press('Control+Alt+R');
  await expect(body(page).locator('ins, del')).toHaveCount(0);
  await expect(body(page)).toContainText(`"${QUOTE}"`);
  await expect(changesPanel(page)).toContainText('No open suggestions');
  await waitForSaved(page);
  const restored = await readArticle(dataDir, id);
  expect(restored.body).toEqual(original.body);

  await page.keyboard.press('Control+Alt+E');
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText(`Suggesting as ${TEST_EDITOR}`)).toHaveCount(0);
});

test('suggestions are accepted all at once from the panel, and one undo brings them back', async ({ page, dataDir }) => {
  const id = await openArticle(page, CHINA);
  await suggestButton(page).click();
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'true');

  // An insertion: a word typed after "regular ".
  await selectWithKeyboard(page, QUOTE_PARAGRAPH, 'regular ');
  await collapseToEnd(page);
  await page.keyboard.type('weekly ');
  // A deletion: "groundless " taken out with Backspace from after it.
  await selectWithKeyboard(page, QUOTE_PARAGRAPH, 'groundless ');
  await collapseToEnd(page);
  for (let count = 0; count < 'groundless '.length; count += 1) await page.keyboard.press('Backspace');
  await expect(body(page).locator('del.nd-suggested-deletion')).toHaveText('groundless ');
  await expect(changesPanel(page).getByRole('listitem')).toHaveCount(2);

  // Next/previous suggestion by keyboard select them in turn.
  await page.keyboard.press('Control+Alt+.');
  await page.keyboard.press('Control+Alt+,');

  await changesPanel(page).getByRole('button', { name: 'Accept all', exact: true }).click();
  await expect(body(page).locator('ins, del')).toHaveCount(0);
  await expect(body(page)).toContainText('at a regular weekly press briefing, noting that criticism is');
  await waitForSaved(page);
  const accepted = await readArticle(dataDir, id);
  expect(listSuggestions(accepted.body as NodeJson)).toEqual([]);
  expect(textOf(accepted.body as NodeJson)).toContain('a regular weekly press briefing, noting that criticism is');

  await body(page).click();
  await page.keyboard.press('Control+Z');
  await expect(changesPanel(page).getByRole('listitem')).toHaveCount(2);
  await expect(body(page).locator('ins.nd-suggested-insertion')).toHaveText('weekly ');
  await waitForSaved(page);
  expect((await storedSuggestions(dataDir, id)).map((suggestion) => suggestion.kind)).toEqual(['insert', 'delete']);
});
