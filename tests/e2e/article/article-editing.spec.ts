/**
 * Writing an article: every field, the toolbar, autosave, and what lands on disk.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import type { Article } from '../../../src/shared/article';
import { bodyToPlainText } from '../../../src/shared/body-text';
import { expect, test } from '../harness/desk-test';

/** Waits until the editor says everything typed is stored. */
async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('nd-editor')).toHaveAttribute('data-save-state', 'saved');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

async function readArticle(dataDir: string, id: string): Promise<Article> {
  return JSON.parse(await readFile(join(dataDir, 'articles', `${id}.json`), 'utf8')) as Article;
}

/** The id of the article the list marks as open. */
async function openArticleId(page: Page): Promise<string> {
  return (await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { selected: true }).getAttribute('data-id')) ?? '';
}

test('a new article typed in every field is saved, survives a reload and is on disk', async ({ page, dataDir, reopen }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  const headline = page.getByLabel('Headline', { exact: true });
  await expect(headline).toBeFocused();
  await expect(page.getByRole('option', { name: 'Untitled article' })).toHaveAttribute('aria-selected', 'true');

  await headline.fill('Council approves “new” harbour budget');
  await page.getByLabel('Dateline', { exact: true }).fill('PORTVALE, March 5');
  await page.getByLabel('Byline', { exact: true }).fill("By Ana O'Neill");
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('The council voted 7-2 on Tuesday. ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('Nobody objected');
  await expect(page.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' to the “dredging” line.');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('editing');
  await expectSaved(page);
  await expect(page.getByTestId('word-count')).toHaveText('12 words');

  const id = await openArticleId(page);
  const row = page.getByRole('option', { name: 'Council approves “new” harbour budget' });
  await expect(row).toContainText('Editing');
  await expect(row).toContainText('PORTVALE, March 5');

  await reopen();
  await page.getByRole('option', { name: 'Council approves “new” harbour budget' }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Council approves “new” harbour budget');
  await expect(page.getByLabel('Dateline', { exact: true })).toHaveValue('PORTVALE, March 5');
  await expect(page.getByLabel('Byline', { exact: true })).toHaveValue("By Ana O'Neill");
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('editing');
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveText(
    'The council voted 7-2 on Tuesday. Nobody objected to the “dredging” line.',
  );
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('strong')).toHaveText('Nobody objected');

  const stored = await readArticle(dataDir, id);
  expect(stored.headline).toBe('Council approves “new” harbour budget');
  expect(stored.dateline).toBe('PORTVALE, March 5');
  expect(stored.byline).toBe("By Ana O'Neill");
  expect(stored.status).toBe('editing');
  expect(bodyToPlainText(stored.body)).toBe('The council voted 7-2 on Tuesday. Nobody objected to the “dredging” line.');
  expect(JSON.stringify(stored.body)).toContain('"type":"bold"');
  expect(stored.wordCount).toBe(12);
});

test('Ctrl+N creates an article and puts the cursor in its headline', async ({ page, articlesOnDisk }) => {
  const before = (await articlesOnDisk()).length;
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Control+N');
  await expect(page.getByLabel('Headline', { exact: true })).toBeFocused();
  await page.keyboard.type('Typed straight after Ctrl+N');
  await expectSaved(page);
  await expect(page.getByRole('option', { name: 'Typed straight after Ctrl+N' })).toHaveAttribute('aria-selected', 'true');
  expect((await articlesOnDisk()).length).toBe(before + 1);
});

// Undo and Redo sit after the speaker tags: on a 1280-pixel window with the list shown they are in More (Ctrl+Z still works).
test.describe('on a 1440-pixel window, where every formatting button fits', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the toolbar turns blocks on and off and shows which are active', async ({ page }) => {
    await page.getByRole('button', { name: 'New article' }).click();
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.click();
    await page.keyboard.type('Section title');
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    await toolbar.getByRole('button', { name: 'Heading 2' }).click();
    await expect(body.locator('h2')).toHaveText('Section title');
    await expect(toolbar.getByRole('button', { name: 'Heading 2' })).toHaveAttribute('aria-pressed', 'true');

    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('first point');
    await expect(body.locator('ul li')).toHaveText('first point');
    await expect(toolbar.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute('aria-pressed', 'true');
    await expect(toolbar.getByRole('button', { name: 'Heading 2' })).toHaveAttribute('aria-pressed', 'false');

    await toolbar.getByRole('button', { name: 'Undo' }).click();
    await expect(body.locator('ul li')).not.toHaveText('first point');
    await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeEnabled();
  });
});

test('a save the disk refuses says so plainly, keeps the edit in memory and in the recovery journal, and Retry stores it', async ({
  page,
  dataDir,
}) => {
  const row = page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first();
  const id = (await row.getAttribute('data-id')) ?? '';
  await row.click();
  const file = join(dataDir, 'articles', `${id}.json`);
  const original = await readFile(file, 'utf8');
  // A real failure, even for root: a folder stands where the article file must be written.
  await rm(file);
  await mkdir(join(file, 'in-the-way'), { recursive: true });

  await page.getByLabel('Byline', { exact: true }).fill('By the weekend desk');
  const saveState = page.locator('nd-save-state');
  await expect(saveState).toHaveAttribute('data-state', 'error');
  await expect(saveState.getByRole('alert')).toHaveText("Not saved. Couldn't save: a folder stands where an article file should be");
  await expect(saveState.getByRole('alert')).not.toContainText(/EISDIR|articles:update|\.tmp/);
  await saveState.getByRole('button', { name: 'Details' }).click();
  await expect(saveState.getByRole('note')).toContainText('EISDIR');
  await expect(saveState.getByRole('note')).toContainText('keeps your edits until a save succeeds');
  await expect(page.getByLabel('Byline', { exact: true })).toHaveValue('By the weekend desk');
  const kept = JSON.parse(await readFile(join(dataDir, 'recovery', `${id}.json`), 'utf8')) as { fields: { byline?: string } };
  expect(kept.fields.byline).toBe('By the weekend desk');

  // Nothing covers Retry: the point at its centre is the button itself.
  const retry = saveState.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeVisible();
  const box = (await retry.boundingBox())!;
  const hit = await page.evaluate(
    ({ x, y }) => {
      let element = document.elementFromPoint(x, y);
      while (element?.shadowRoot?.elementFromPoint(x, y) && element.shadowRoot.elementFromPoint(x, y) !== element)
        element = element.shadowRoot.elementFromPoint(x, y);
      return element?.textContent?.trim();
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(hit).toBe('Retry');

  await rm(file, { recursive: true });
  await writeFile(file, original);
  await retry.click();
  await expectSaved(page);
  expect((await readArticle(dataDir, id)).byline).toBe('By the weekend desk');
  await expect.poll(() => readFile(join(dataDir, 'recovery', `${id}.json`), 'utf8').catch(() => 'gone')).toBe('gone');
});

test('edits the disk refused are offered back when the story is opened again, and Restore saves them', async ({
  page,
  dataDir,
  reopen,
}) => {
  const row = page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first();
  const id = (await row.getAttribute('data-id')) ?? '';
  await row.click();
  const file = join(dataDir, 'articles', `${id}.json`);
  const original = await readFile(file, 'utf8');
  await rm(file);
  await mkdir(file);
  await page.getByLabel('Byline', { exact: true }).fill('By the night desk');
  await expect(page.locator('nd-save-state')).toHaveAttribute('data-state', 'error');

  // The window goes away with the edit unsaved; the disk is put right; the desk opens again.
  await rm(file, { recursive: true });
  await writeFile(file, original);
  await reopen();
  await page.getByRole('listbox', { name: 'Articles' }).locator(`[data-id="${id}"]`).click();
  const banner = page.locator('nd-editor .recovered');
  await expect(banner).toContainText('Unsaved edits from');
  await expect(page.getByLabel('Byline', { exact: true })).not.toHaveValue('By the night desk');
  await banner.getByRole('button', { name: 'Restore them' }).click();
  await expect(page.getByLabel('Byline', { exact: true })).toHaveValue('By the night desk');
  await expectSaved(page);
  expect((await readArticle(dataDir, id)).byline).toBe('By the night desk');
  await expect(banner).toHaveCount(0);
});
