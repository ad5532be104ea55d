/**
 * Bringing a briefing in: dropped on the window, chosen with the file picker,
 * or pasted whole into an empty article. Bad files say why and create nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Page } from '@playwright/test';

import { bodyParagraphs, bodyToPlainText } from '../../../src/shared/body-text';
import { samplesDir } from '../../support/samples';
import { expect, test } from '../harness/desk-test';

const SAMPLES = samplesDir();
const CHINA = 'china-refutes-cyberattack-allegations.txt';
const gold = JSON.parse(readFileSync(resolve(SAMPLES, 'gold.json'), 'utf8')) as Record<
  string,
  { headline: string; dateline: string; paragraphs: number; related: string[] }
>;

/** Drops one file on the window as the OS would: a drop event whose DataTransfer holds a File. */
async function dropFile(page: Page, name: string, contents: string | number[], type = 'text/plain'): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, contents, type }) => {
      const transfer = new DataTransfer();
      const data = typeof contents === 'string' ? contents : new Uint8Array(contents);
      transfer.items.add(new File([data], name, { type }));
      return transfer;
    },
    { name, contents, type },
  );
  await page.locator('nd-app').dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Drop a briefing to import it')).toBeVisible();
  await page.locator('nd-app').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Drop a briefing to import it')).toBeHidden();
}

/** Pastes plain text into an element as the clipboard would. */
async function pasteText(page: Page, label: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name: label }).evaluate((element, text) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
  }, text);
}

test('a briefing dropped on the window opens as a new article with its dateline, paragraphs and related stories', async ({
  page,
  articlesOnDisk,
}) => {
  const expected = gold[CHINA];
  const before = await articlesOnDisk();
  await dropFile(page, CHINA, readFileSync(resolve(SAMPLES, CHINA), 'utf8'));

  await expect(page.getByRole('status').filter({ hasText: `Imported “${expected.headline}”` })).toBeVisible();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(expected.headline);
  await expect(page.getByLabel('Dateline', { exact: true })).toHaveValue('BEIJING');
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('p')).toHaveCount(expected.paragraphs);
  await expect(page.getByRole('region', { name: 'Related stories' }).getByTestId('related-headline')).toHaveText(expected.related);
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: expected.headline })).toHaveCount(2);

  const after = await articlesOnDisk();
  expect(after).toHaveLength(before.length + 1);
  const created = after.find((article) => !before.some((old) => old.id === article.id));
  expect(created?.headline).toBe(expected.headline);
  expect(created?.dateline).toBe('BEIJING');
  expect(bodyParagraphs(created?.body ?? { type: 'doc' })).toHaveLength(expected.paragraphs);
  expect(created?.related.map((link) => link.headline)).toEqual(expected.related);
});

test('a briefing chosen with Import… opens as a new article, curly quotes intact', async ({ page, articlesOnDisk }) => {
  const name = 'flood-warnings-lifted-along-river-valley.txt';
  const before = (await articlesOnDisk()).length;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(resolve(SAMPLES, name));

  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(gold[name].headline);
  await expect(page.getByLabel('Dateline', { exact: true })).toHaveValue(gold[name].dateline);
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('“The worst is behind us, but the ground is still saturated,”');
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('p')).toHaveCount(gold[name].paragraphs);
  expect((await articlesOnDisk()).length).toBe(before + 1);
});

test('a dropped binary file is refused with a clear message and creates nothing', async ({ page, articlesOnDisk }) => {
  const before = (await articlesOnDisk()).length;
  await dropFile(page, 'photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], 'image/png');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText("Couldn't import “photo.png”");
  await expect(alert).toContainText('binary file');
  await expect(alert).toContainText('Nothing was imported.');
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(4);
  expect((await articlesOnDisk()).length).toBe(before);
});

test('a dropped empty file is refused with a clear message and creates nothing', async ({ page, articlesOnDisk }) => {
  const before = (await articlesOnDisk()).length;
  await dropFile(page, 'empty.txt', '');

  await expect(page.getByRole('alert')).toContainText('is empty');
  await expect(page.getByRole('alert')).toContainText('Nothing was imported.');
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await articlesOnDisk()).length).toBe(before);
});

test('a whole briefing pasted into an empty article fills its headline, dateline and paragraphs', async ({ page, articlesOnDisk }) => {
  const name = 'minister-rejects-budget-leak-claims.txt';
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toBeFocused();
  const id = await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { selected: true }).getAttribute('data-id');
  const before = (await articlesOnDisk()).length;

  await pasteText(page, 'Body', readFileSync(resolve(SAMPLES, name), 'utf8'));

  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(gold[name].headline);
  await expect(page.getByLabel('Dateline', { exact: true })).toHaveValue(gold[name].dateline);
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('p')).toHaveCount(gold[name].paragraphs);
  await expect(page.getByRole('region', { name: 'Related stories' }).getByTestId('related-headline')).toHaveText(gold[name].related);
  const after = await articlesOnDisk();
  expect(after).toHaveLength(before);
  const filled = after.find((article) => article.id === id);
  expect(filled?.headline).toBe(gold[name].headline);
  expect(filled?.dateline).toBe(gold[name].dateline);
  expect(bodyParagraphs(filled?.body ?? { type: 'doc' })).toHaveLength(gold[name].paragraphs);
});

test('a fragment pasted into an article is pasted as text, quotes untouched', async ({ page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Body' }).click();
  await pasteText(page, 'Body', '“It’s a \'test\',” she said — "twice".');
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveText('“It’s a \'test\',” she said — "twice".');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('');
});

test('agency copy is recognised: byline and agency dateline go to their fields, the credit line stays last, and the notice says so', async ({
  page,
  articlesOnDisk,
}) => {
  const text = readFileSync(resolve('tests/fixtures/wire/harbour-levy-vote.txt'), 'utf8');
  await dropFile(page, 'harbour-levy-vote.txt', text);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Harbour board delays levy vote after shipping lines object');
  await expect(page.getByLabel('Dateline', { exact: true })).toHaveValue('KALDER (Reuters)');
  await expect(page.getByLabel('Byline', { exact: true })).toHaveValue('By Mara Lindgren and Tobias Okafor');
  const notice = page.getByRole('status').filter({ hasText: 'Imported “Harbour board delays levy vote' });
  await expect(notice).toContainText('Recognised: Dateline: KALDER (Reuters), with the agency (Reuters)');
  await expect(notice).toContainText('Recognised: Byline: By Mara Lindgren and Tobias Okafor');
  await expect(notice).toContainText('Recognised: Credit line, kept as the last paragraph');

  const stored = (await articlesOnDisk()).find((article) => article.headline.startsWith('Harbour board delays'))!;
  const paragraphs = bodyToPlainText(stored.body).split('\n').filter(Boolean);
  expect(paragraphs[0]).toMatch(/^The Kalder harbour board put off a vote/);
  expect(paragraphs.at(-1)).toMatch(/^Reporting by Mara Lindgren/);
});

test('a briefing saved as UTF-16 (Windows "Unicode") imports with its accents intact', async ({ page }) => {
  const text = 'Zoë Brûlé named harbour chief\nORSUND - Zoë Brûlé will lead the port, the board said.\n';
  const bytes = [0xff, 0xfe, ...Array.from(text).flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])];
  await dropFile(page, 'utf16.txt', bytes);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Zoë Brûlé named harbour chief');
  await expect(page.getByLabel('Dateline', { exact: true })).toHaveValue('ORSUND');
});
