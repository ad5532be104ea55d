/**
 * Batch export from the desk: choose articles and formats, pick a folder in
 * main's dialog (a double here), watch it run, read the summary — and the files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from '../harness/desk-test';

function unescapeHtml(text: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity]);
}

function exportDialog(page: Page) {
  return page.locator('nd-export-dialog').getByRole('dialog');
}

/** Ticks exactly these formats in the open export dialog. */
async function chooseFormats(page: Page, formats: ('HTML' | 'Markdown' | 'ninjs')[]): Promise<void> {
  for (const format of ['HTML', 'Markdown', 'ninjs'] as const) {
    await exportDialog(page).getByRole('checkbox', { name: format }).setChecked(formats.includes(format));
  }
}

test('the whole desk exports in all three formats, with progress, a summary and the files on disk', async ({
  page,
  exportDir,
  articlesOnDisk,
}) => {
  const articles = await articlesOnDisk();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'The whole desk' })).toBeChecked();
  await chooseFormats(page, ['HTML', 'Markdown', 'ninjs']);
  const progressSeen = page.evaluate(
    () =>
      new Promise<string>((resolve) => window.deskEvents?.onExportProgress((progress) => resolve(`${progress.done}/${progress.total}`))),
  );
  await dialog.getByRole('button', { name: 'Export…' }).click();

  expect(await progressSeen).toBe('1/12');
  await expect(dialog.getByRole('heading', { name: 'Export complete' })).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('12 files written.');
  await expect(dialog.getByTestId('export-file-count')).toHaveText('12');
  await expect(dialog.locator('code.folder')).toHaveText(exportDir);

  const files = (await readdir(exportDir)).sort();
  expect(files).toEqual(articles.flatMap((article) => ['html', 'json', 'md'].map((extension) => `${article.slug}.${extension}`)).sort());
  for (const article of articles) {
    const page = await readFile(join(exportDir, `${article.slug}.html`), 'utf8');
    expect(unescapeHtml(/<h1[^>]*>(.*?)<\/h1>/s.exec(page)?.[1] ?? '')).toBe(article.headline);
    const ninjs = JSON.parse(await readFile(join(exportDir, `${article.slug}.json`), 'utf8')) as {
      headlines: { role: string; value: string }[];
    };
    expect(ninjs.headlines.find((headline) => headline.role === 'main')?.value).toBe(article.headline);
    expect(await readFile(join(exportDir, `${article.slug}.md`), 'utf8')).toContain(article.headline);
  }

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('two articles picked with Ctrl+click export as Markdown only', async ({ page, exportDir, articlesOnDisk }) => {
  const articles = await articlesOnDisk();
  const list = page.getByRole('listbox', { name: 'Articles' });
  const [first, second] = articles;
  await list.getByRole('option', { name: first.headline }).click({ modifiers: ['ControlOrMeta'] });
  await list.getByRole('option', { name: second.headline }).click({ modifiers: ['ControlOrMeta'] });
  await expect(list.getByRole('option', { checked: true })).toHaveCount(2);
  await expect(page.getByText('No article open — pick one or press')).toBeVisible(); // selecting opens nothing
  await expect(page.getByRole('region', { name: 'Selection' })).toContainText('2 selected');

  await page.getByRole('button', { name: 'Export selected…' }).click();
  const dialog = exportDialog(page);
  await expect(dialog.getByRole('radio', { name: /Selected articles/ })).toBeChecked();
  await expect(dialog).toContainText('2 articles');
  await chooseFormats(page, ['Markdown']);
  await dialog.getByRole('button', { name: 'Export…' }).click();

  await expect(dialog.getByRole('status')).toContainText('2 files written.');
  expect((await readdir(exportDir)).sort()).toEqual([`${first.slug}.md`, `${second.slug}.md`].sort());
  expect(await readFile(join(exportDir, `${first.slug}.md`), 'utf8')).toContain(first.headline);
});

test('the dialog remembers the formats chosen last time', async ({ page, reopen }) => {
  await page.keyboard.press('ControlOrMeta+E');
  await chooseFormats(page, ['Markdown', 'ninjs']);
  await exportDialog(page).getByRole('button', { name: 'Export…' }).click();
  await exportDialog(page).getByRole('button', { name: 'Close' }).click();
  await reopen();

  await page.keyboard.press('ControlOrMeta+E');
  await expect(exportDialog(page).getByRole('checkbox', { name: 'HTML' })).not.toBeChecked();
  await expect(exportDialog(page).getByRole('checkbox', { name: 'Markdown' })).toBeChecked();
  await expect(exportDialog(page).getByRole('checkbox', { name: 'ninjs' })).toBeChecked();
});

test('Escape closes the idle dialog and Tab stays inside it', async ({ page }) => {
  await page.keyboard.press('ControlOrMeta+E');
  const dialog = exportDialog(page);
  await expect(dialog.getByRole('radio', { name: 'The whole desk' })).toBeFocused();
  for (let press = 0; press < 8; press++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('nd-app');
    await expect(dialog.locator(':focus')).toHaveCount(1);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('cancelling the folder dialog exports nothing and says so', async ({ page, dialogs, exportDir }) => {
  dialogs.folder = null;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole('button', { name: 'Export…' }).click();

  await expect(dialog.getByRole('heading', { name: 'Nothing was exported' })).toBeVisible();
  await expect(dialog).toContainText('No folder was chosen, so no files were written.');
  expect(dialogs.asked).toBe(1);
  expect(await readdir(exportDir)).toEqual([]);
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeVisible();
});

test('Cancel during a long export stops it, reports it cancelled and leaves fewer files', async ({ page, desk, exportDir, reopen }) => {
  const paragraph = {
    type: 'paragraph',
    content: [{ type: 'text', text: 'The harbour authority said the dredging would continue through the spring. '.repeat(8) }],
  };
  for (let index = 1; index <= 40; index++) {
    await desk.services.articles.create({
      headline: `Export load story ${index}`,
      body: { type: 'doc', content: Array.from({ length: 250 }, () => paragraph) },
    });
  }
  await reopen();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  await chooseFormats(page, ['HTML', 'Markdown', 'ninjs']);
  await dialog.getByRole('button', { name: 'Export…' }).click();

  await expect(dialog.getByTestId('export-progress')).toContainText(/\d+ of 132 files — .+/);
  await dialog.getByRole('button', { name: 'Cancel export' }).click();

  await expect(dialog.getByRole('heading', { name: 'Export cancelled' })).toBeVisible();
  const written = Number(await dialog.getByTestId('export-file-count').textContent());
  await expect(dialog.getByRole('status')).toContainText(`Export cancelled: ${written} file`);
  await expect(dialog.getByRole('status')).toContainText('each one complete; the rest were not written');
  const files = await readdir(exportDir);
  expect(files.length).toBe(written);
  expect(files.length).toBeLessThan(132);
});

test('after an export, Show in folder opens the folder it wrote to; HTML can be bare for a CMS, and the choice is remembered', async ({
  page,
  exportDir,
  shell,
}) => {
  await page.getByRole('option').first().click();
  await page.keyboard.press('ControlOrMeta+Shift+E');
  const dialog = exportDialog(page);
  await chooseFormats(page, ['HTML']);
  await dialog.getByRole('radio', { name: /Bare HTML/ }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('heading', { name: 'Export complete' })).toBeVisible();
  const [file] = await readdir(exportDir);
  const html = await readFile(join(exportDir, file), 'utf8');
  expect(html).toContain('<h1>');
  expect(html).not.toContain('max-width');

  await dialog.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => shell.shown).toEqual([exportDir]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.keyboard.press('ControlOrMeta+Shift+E');
  await expect(exportDialog(page).getByRole('radio', { name: /Bare HTML/ })).toBeChecked();
});
