/**
 * Accessibility: axe-core with the WCAG 2.1 A and AA rules finds nothing in
 * any main state of the desk, nor in an exported HTML page.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from '../harness/desk-test';
import { addBox, CHINA, FLOOD, openArticle } from '../harness/related-actions';
import { body, history, pressToStoryEdge, saveVersion, versionCheckbox } from '../harness/revising-actions';
import { dropSample, panel } from '../harness/speakers-actions';

/** WCAG 2.1 A and AA, and axe's best practices (one main landmark, no duplicate banner or contentinfo, scrollable regions reachable). */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The violations on the page as it is now, one line each: rule, then the elements it names. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('the desk empty, with an article open, a new article and the trash', async ({ page }) => {
  expect(await violations(page)).toEqual([]);
  await openArticle(page, CHINA);
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Control+N');
  await expect(page.getByLabel('Headline', { exact: true })).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  expect(await violations(page)).toEqual([]);
});

test('the speakers panel with suggestions, the tag picker and a confirm dialog', async ({ page }) => {
  await dropSample(page, 'china-refutes-cyberattack-allegations.txt');
  await expect(panel(page).getByRole('list', { name: 'Suggestions' }).getByRole('listitem').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await panel(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(panel(page).getByText('Nothing left to review.')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await body(page).locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Control+Shift+M');
  await expect(page.getByRole('dialog', { name: /Tag mention of/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: 'Status' }).selectOption('published');
  await body(page).click();
  await page.keyboard.type('x');
  await expect(page.getByRole('dialog', { name: 'Edit a published story?' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
});

test('related stories with the add box open, find, history with a comparison, the spelling menu', async ({ page }) => {
  await openArticle(page, FLOOD);
  await addBox(page).fill('harb');
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await body(page).click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('river');
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'History' }).click();
  await saveVersion(page, 'first');
  await page.keyboard.press('Escape');
  await body(page).click();
  await pressToStoryEdge(page, 'Control+End');
  await page.keyboard.type(' More.');
  await page.keyboard.press('Control+Alt+S');
  await page.keyboard.type('second');
  await page.keyboard.press('Enter');
  await versionCheckbox(page, 'first').check();
  await versionCheckbox(page, 'second').check();
  await expect(history(page).getByTestId('body-diff')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await body(page).click();
  await pressToStoryEdge(page, 'Control+End');
  await page.keyboard.type(' Speling');
  await expect(body(page).locator('.misspelled', { hasText: 'Speling' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+.');
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the export dialog, its progress and its summary, and the exported page', async ({ page, exportDir }) => {
  await page.getByRole('option').first().click();
  await page.keyboard.press('ControlOrMeta+Shift+E');
  const dialog = page.locator('nd-export-dialog').getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('heading', { name: 'Export complete' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  const [file] = (await readdir(exportDir)).filter((name) => name.endsWith('.html'));
  const exported = await readFile(join(exportDir, file), 'utf8');
  const reader = await page.context().newPage();
  await reader.route('https://export.invalid/page.html', (route) => route.fulfill({ contentType: 'text/html', body: exported }));
  await reader.goto('https://export.invalid/page.html');
  expect(await violations(reader)).toEqual([]);
  await reader.close();
});
