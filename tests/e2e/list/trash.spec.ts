/**
 * Deleting: an article goes to the trash, can be taken back with Undo, and can
 * be restored from the Trash view later.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Article } from '../../../src/shared/article';
import { expect, test } from '../harness/desk-test';

const HEADLINE = 'Harbor authority defends dredging plan';

async function readArticle(dataDir: string, id: string): Promise<Article> {
  return JSON.parse(await readFile(join(dataDir, 'articles', `${id}.json`), 'utf8')) as Article;
}

test('a deleted article leaves the list and Undo brings it back', async ({ page, dataDir }) => {
  const list = page.getByRole('listbox', { name: 'Articles' });
  const row = list.getByRole('option', { name: HEADLINE });
  const id = (await row.getAttribute('data-id')) ?? '';
  await row.click();
  await page.getByRole('button', { name: 'Move to trash' }).click();

  await expect(row).toHaveCount(0);
  await expect(page.getByText('No article open — pick one or press')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: `Moved “${HEADLINE}” to trash` });
  await expect(notice).toBeVisible();
  expect((await readArticle(dataDir, id)).deletedAt).toBeDefined();

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(row).toBeVisible();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(HEADLINE);
  expect((await readArticle(dataDir, id)).deletedAt).toBeUndefined();
});

test('an article deleted from the keyboard waits in the Trash until restored', async ({ page, dataDir }) => {
  const list = page.getByRole('listbox', { name: 'Articles' });
  const row = list.getByRole('option', { name: HEADLINE });
  const id = (await row.getAttribute('data-id')) ?? '';
  await row.focus();
  await page.keyboard.press('Delete');
  await expect(row).toHaveCount(0);
  await expect(list.getByRole('option')).toHaveCount(3);

  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('list', { name: 'Trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await expect(trash.getByRole('listitem')).toContainText(HEADLINE);
  await trash.getByRole('button', { name: `Restore “${HEADLINE}”` }).click();
  await expect(trash.getByRole('listitem')).toHaveCount(0);
  await expect(page.getByText('The trash is empty.')).toBeVisible();

  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await expect(list.getByRole('option')).toHaveCount(4);
  await expect(row).toBeVisible();
  expect((await readArticle(dataDir, id)).deletedAt).toBeUndefined();
});

test('deleting the open article leaves the focus in the list, on the row that took its place', async ({ page }) => {
  const list = page.getByRole('listbox', { name: 'Articles' });
  const rows = list.getByRole('option');
  const headlines = await rows.locator('.headline').allTextContents();
  const index = headlines.indexOf(HEADLINE);
  await list.getByRole('option', { name: HEADLINE }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(list.getByRole('option', { name: HEADLINE })).toHaveCount(0);
  await expect(rows.nth(Math.min(index, headlines.length - 2))).toBeFocused();
});

test('an Undo notice leaves once its article is restored another way, and notices never pile over the story', async ({ page }) => {
  const list = page.getByRole('listbox', { name: 'Articles' });
  await list.getByRole('option', { name: HEADLINE }).focus();
  await page.keyboard.press('Delete');
  const undo = page.getByRole('status').filter({ hasText: `Moved “${HEADLINE}” to trash` });
  await expect(undo).toBeVisible();

  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await page
    .getByRole('list', { name: 'Trash' })
    .getByRole('button', { name: /Restore/ })
    .first()
    .click();
  await expect(page.getByRole('status').filter({ hasText: `Restored “${HEADLINE}”` })).toBeVisible();
  await expect(undo).toHaveCount(0);

  // Whatever is shown sits beside the story, not over it or its status bar.
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await list.getByRole('option').first().click();
  const story = await page.locator('nd-editor .scroll').boundingBox();
  for (const notice of await page.locator('nd-toast .notice').all()) {
    const box = (await notice.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(story!.x);
  }
});

test('a story in the trash can be read before it is restored, and Empty trash deletes what is there for good, after asking', async ({
  page,
  dataDir,
}) => {
  const list = page.getByRole('listbox', { name: 'Articles' });
  const id = (await list.getByRole('option', { name: HEADLINE }).getAttribute('data-id')) ?? '';
  await list.getByRole('option', { name: HEADLINE }).focus();
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('list', { name: 'Trash' });
  await trash.getByRole('button', { name: `Preview “${HEADLINE}”` }).click();
  const preview = page.getByRole('article', { name: 'Preview of a story in the trash' });
  await expect(preview.getByRole('heading', { name: HEADLINE })).toBeVisible();
  await expect(preview).toContainText('read only');
  await expect(preview.locator('[contenteditable="true"]')).toHaveCount(0);

  // Another story joins it; emptying asks first and names how many go.
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await list.getByRole('option').first().focus();
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await expect(trash.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  const question = page.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(question).toContainText('2 stories go for good');
  await question.getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByText('No stories to preview.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 2 stories for good' })).toBeVisible();
  await expect.poll(() => readFile(join(dataDir, 'articles', `${id}.json`), 'utf8').catch(() => 'gone')).toBe('gone');
});
