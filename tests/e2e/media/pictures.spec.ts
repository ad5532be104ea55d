/**
 * Pictures in a story: dropped or pasted into the body, kept once in the data
 * folder's media/ by content hash, shown in the story, captioned from the
 * file's own metadata, flagged by the checks until they have alt text.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import type { Article, NodeJson } from '../../../src/shared/article';
import { harbourJpeg, pngBytes, withIptc } from '../../support/picture-fixtures';
import { expect, test } from '../harness/desk-test';
import { body, dropFiles, pasteFiles } from '../harness/media-actions';
import { panel } from '../harness/speakers-actions';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function newStory(page: Page, headline: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline', { exact: true }).fill(headline);
  await body(page).click();
  await page.keyboard.type(text);
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('nd-editor')).toHaveAttribute('data-save-state', 'saved');
}

function figuresOf(node: NodeJson): NodeJson[] {
  return node.type === 'figure' ? [node] : (node.content ?? []).flatMap(figuresOf);
}

async function storedFigures(articlesOnDisk: () => Promise<Article[]>, headline: string): Promise<NodeJson[]> {
  const article = (await articlesOnDisk()).find((candidate) => candidate.headline === headline);
  return article ? figuresOf(article.body) : [];
}

test('a JPEG dropped on the story is kept in media/, shown with its own caption and credit, and flagged until it has alt text', async ({
  page,
  dataDir,
  articlesOnDisk,
}, testInfo) => {
  const jpeg = withIptc(harbourJpeg(), { caption: 'Ferries wait at the quay in Eldmoor', byline: 'Mara Quill', credit: 'Desk Photo' });
  await newStory(page, 'Ferry strike ends', 'The ferries sailed again on Monday.');
  await dropFiles(page, [{ name: 'quay.jpg', type: 'image/jpeg', bytes: jpeg }]);

  const figure = body(page).locator('figure.picture');
  await expect(figure).toHaveCount(1);
  await expect(figure.locator('.picture-caption')).toHaveText('Ferries wait at the quay in Eldmoor');
  await expect(figure.locator('.picture-credit')).toHaveText('Mara Quill / Desk Photo');
  await expect.poll(() => figure.locator('img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(160);
  expect(await figure.locator('img').getAttribute('src')).toMatch(/^blob:/);

  const stored = join(dataDir, 'media', `${sha256(jpeg)}.jpg`);
  expect((await readFile(stored)).equals(jpeg)).toBe(true);
  await expectSaved(page);
  const [onDisk] = await storedFigures(articlesOnDisk, 'Ferry strike ends');
  expect(onDisk.attrs).toMatchObject({ src: `media/${sha256(jpeg)}.jpg`, caption: 'Ferries wait at the quay in Eldmoor', alt: '' });

  const checks = panel(page).getByRole('list', { name: 'Attribution checks' }).getByRole('button');
  await expect(checks.filter({ hasText: 'has no alt text' })).toHaveCount(1);
  await expect(figure.locator('.picture-alt-missing')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('story-with-picture.png') });

  await figure.getByRole('button', { name: /Edit picture details/ }).click();
  const form = figure.getByRole('form', { name: 'Picture details' });
  await expect(form.getByLabel(/Alt text/)).toBeFocused();
  await page.keyboard.type('Two white ferries moored at a stone quay under a grey sky');
  await form.getByLabel('Rights and usage terms').fill('Editorial use only');
  await page.screenshot({ path: testInfo.outputPath('picture-details-form.png') });
  await form.getByRole('button', { name: 'Save picture details' }).click();

  await expect(figure.locator('.picture-alt-missing')).toBeHidden();
  await expect(figure.locator('img')).toHaveAttribute('alt', 'Two white ferries moored at a stone quay under a grey sky');
  await expect(panel(page).getByText('every picture has alt text')).toBeVisible();
  await expectSaved(page);
  const [edited] = await storedFigures(articlesOnDisk, 'Ferry strike ends');
  expect(edited.attrs).toMatchObject({ alt: 'Two white ferries moored at a stone quay under a grey sky', rights: 'Editorial use only' });
});

test('a PNG pasted twice is stored once and shown twice', async ({ page, dataDir, articlesOnDisk }) => {
  const png = pngBytes(48, 32, [
    [200, 60, 40],
    [40, 90, 160],
  ]);
  await newStory(page, 'Flag raised over the town hall', 'The flag went up at noon.');
  await pasteFiles(page, [{ name: 'image.png', type: 'image/png', bytes: png }]);
  await expect(body(page).locator('figure.picture')).toHaveCount(1);
  await pasteFiles(page, [{ name: 'image.png', type: 'image/png', bytes: png }]);
  await expect(body(page).locator('figure.picture')).toHaveCount(2);
  await expect
    .poll(() =>
      body(page)
        .locator('figure.picture img')
        .last()
        .evaluate((image: HTMLImageElement) => image.complete && image.naturalHeight),
    )
    .toBe(32);

  expect(await readdir(join(dataDir, 'media'))).toEqual([`${sha256(png)}.png`]);
  await expectSaved(page);
  const figures = await storedFigures(articlesOnDisk, 'Flag raised over the town hall');
  expect(figures.map((figure) => figure.attrs?.src)).toEqual([`media/${sha256(png)}.png`, `media/${sha256(png)}.png`]);
});

test('Insert picture in the toolbar opens the file dialog and puts the chosen picture at the cursor', async ({ page, dataDir }) => {
  const png = pngBytes(40, 24, [[30, 120, 60]]);
  await newStory(page, 'Park reopens', 'The park reopened on Sunday.');
  const chooser = page.waitForEvent('filechooser');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const button = toolbar.getByRole('button', { name: 'Insert picture' });
  if (await button.isVisible()) await button.click();
  else {
    await toolbar.getByRole('button', { name: 'More formatting' }).click();
    await toolbar.getByRole('menuitem', { name: 'Insert picture' }).click();
  }
  await (await chooser).setFiles({ name: 'park.png', mimeType: 'image/png', buffer: png });
  await expect(body(page).locator('figure.picture')).toHaveCount(1);
  await expect(body(page).locator('p').first()).toHaveText('The park reopened on Sunday.');
  expect(await readdir(join(dataDir, 'media'))).toEqual([`${sha256(png)}.png`]);
});

test('a file named .png that is not a picture is refused with a message, and nothing is stored', async ({ page, dataDir }) => {
  await newStory(page, 'Budget papers', 'The papers were published.');
  await dropFiles(page, [{ name: 'scan.png', type: 'image/png', bytes: Buffer.from('%PDF-1.7 not a picture at all') }]);
  await expect(page.getByRole('alert').filter({ hasText: '"scan.png" is not a picture the desk can keep' })).toBeVisible();
  await expect(body(page).locator('figure')).toHaveCount(0);
  await expect(body(page)).toHaveText('The papers were published.');
  expect(await readdir(join(dataDir, 'media')).catch(() => [])).toEqual([]);
});
