/**
 * The article list: what an editor sees on opening the desk, and finding a story in it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { samplesDir } from '../../support/samples';
import { expect, test } from '../harness/desk-test';

interface GoldSample {
  headline: string;
  dateline: string;
}
const gold = JSON.parse(readFileSync(resolve(samplesDir(), 'gold.json'), 'utf8')) as Record<string, GoldSample>;

test('the desk opens with the four seeded briefings in the list', async ({ page }) => {
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option')).toHaveCount(4);
  for (const sample of Object.values(gold)) {
    const row = list.getByRole('option', { name: sample.headline });
    await expect(row).toBeVisible();
    await expect(row).toContainText(sample.dateline);
  }
  await expect(page.getByText('No article open — pick one or press')).toBeVisible();
});

test('each row shows status, dateline, change time and word count', async ({ page, articlesOnDisk }) => {
  const [article] = await articlesOnDisk();
  const row = page.getByRole('option', { name: article.headline });
  await expect(row).toContainText(new RegExp(article.status, 'i'));
  await expect(row).toContainText(article.dateline);
  await expect(row).toContainText(`${article.wordCount} words`);
  await expect(row.locator('time')).toHaveAttribute('datetime', article.updatedAt);
});

test('searching body text narrows the list to the stories that mention it', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Mandiant');
  const options = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options).toContainText(gold['china-refutes-cyberattack-allegations.txt'].headline);

  await page.getByRole('searchbox', { name: 'Search articles' }).fill('no story says this');
  await expect(page.getByText('No article matches.')).toBeVisible();
});

test('the status filter shows only articles with that status', async ({ page }) => {
  await page.getByRole('option', { name: gold['harbor-authority-defends-dredging-plan.txt'].headline }).click();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('ready');
  await expect(page.locator('nd-editor')).toHaveAttribute('data-save-state', 'saved');

  await page.getByRole('group', { name: 'Filter by status' }).getByRole('button', { name: 'Ready' }).click();
  const options = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options).toContainText(gold['harbor-authority-defends-dredging-plan.txt'].headline);

  await page.getByRole('group', { name: 'Filter by status' }).getByRole('button', { name: 'All' }).click();
  await expect(options).toHaveCount(4);
});

test('the most recently changed article moves to the top of the list', async ({ page }) => {
  const options = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  const last = (await options.last().locator('.headline').textContent()) ?? '';
  await options.last().click();
  await page.getByLabel('Byline', { exact: true }).fill('By Desk Staff');
  await expect(page.locator('nd-editor')).toHaveAttribute('data-save-state', 'saved');
  await expect(options.first()).toContainText(last);
});
