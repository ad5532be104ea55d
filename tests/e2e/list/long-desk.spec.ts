/**
 * A desk of thousands of stories: the list draws only what is in view, yet a
 * keyboard reaches every row, a screen reader hears where each row is, and
 * checked rows stay checked however far the list scrolls.
 */
import type { Page } from '@playwright/test';

import { storyHeadline, writeManyArticles } from '../../support/many-articles';
import { expect, test } from '../harness/desk-test';

const STORIES = 3_000;

test.use({ prepareDataDir: async ({}, use) => use((dataDir: string) => writeManyArticles(dataDir, STORIES)) });

const options = (page: Page) => page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
const focusedOption = (page: Page) => page.getByRole('listbox', { name: 'Articles' }).locator('[role="option"]:focus');

test('a desk of 3,000 stories draws only the rows in view, each saying where it is in the whole list', async ({ page }) => {
  await expect(options(page).first()).toContainText(storyHeadline(STORIES - 1));
  expect(await options(page).count()).toBeLessThan(60);
  await expect(options(page).first()).toHaveAttribute('aria-posinset', '1');
  await expect(options(page).first()).toHaveAttribute('aria-setsize', String(STORIES));
  await expect(options(page).nth(4)).toHaveAttribute('aria-posinset', '5');
});

test('End reaches the oldest story by keyboard, scrolled into view, and Enter opens it; Home comes back', async ({ page }) => {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('ArrowDown');
  await expect(focusedOption(page)).toHaveAttribute('aria-posinset', '1');
  await page.keyboard.press('End');
  await expect(focusedOption(page)).toHaveAttribute('aria-posinset', String(STORIES));
  await expect(focusedOption(page)).toContainText(storyHeadline(0));
  await expect(focusedOption(page)).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(focusedOption(page)).toContainText(storyHeadline(1));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(storyHeadline(1));

  await options(page)
    .filter({ hasText: storyHeadline(1) })
    .focus();
  await page.keyboard.press('Home');
  await expect(focusedOption(page)).toContainText(storyHeadline(STORIES - 1));
  await expect(focusedOption(page)).toBeInViewport();
});

test('PageDown walks a screenful at a time and the focused row keeps focus while the list scrolls away from it', async ({ page }) => {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('PageDown');
  const after = Number(await focusedOption(page).getAttribute('aria-posinset'));
  expect(after).toBeGreaterThan(2);
  await page.getByRole('listbox', { name: 'Articles' }).evaluate((list) => (list.scrollTop = list.scrollHeight));
  await expect(options(page).filter({ hasText: storyHeadline(0) })).toBeVisible();
  await expect(focusedOption(page)).toHaveAttribute('aria-posinset', String(after));
  await page.keyboard.press('ArrowDown');
  await expect(focusedOption(page)).toHaveAttribute('aria-posinset', String(after + 1));
  await expect(focusedOption(page)).toBeInViewport();
});

test('a checked story stays checked after the list scrolls it out of view and back', async ({ page }) => {
  const second = options(page).filter({ hasText: storyHeadline(STORIES - 2) });
  await second.focus();
  await page.keyboard.press('Space');
  await expect(second).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('End');
  await expect(focusedOption(page)).toContainText(storyHeadline(0));
  await expect(second).toHaveCount(0);
  await page.keyboard.press('Shift+Space');
  await expect(page.getByRole('region', { name: 'Selection' })).toContainText(`${STORIES - 1} selected`);
  await page.keyboard.press('Home');
  await expect(options(page).filter({ hasText: storyHeadline(STORIES - 2) })).toHaveAttribute('aria-checked', 'true');
  await expect(options(page).first()).toHaveAttribute('aria-checked', 'false');
});

test('a saved story moves to the top of the list without the list being fetched again', async ({ page, desk }) => {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(storyHeadline(0));
  const listed: string[] = [];
  for (const channel of ['articles:list', 'articles:page'] as const) {
    const handler = desk.handlers[channel];
    desk.handlers[channel] = (request, sender) => (listed.push(channel), handler(request, sender));
  }
  await page.getByLabel('Byline', { exact: true }).fill('By the night desk');
  await expect(page.locator('nd-editor')).toHaveAttribute('data-save-state', 'saved');
  const saved = options(page).filter({ hasText: storyHeadline(0) });
  await expect(saved).toHaveAttribute('aria-posinset', '1');
  await expect(saved).toHaveAttribute('aria-selected', 'true');
  await expect(options(page).filter({ hasText: storyHeadline(1) })).toHaveAttribute('aria-posinset', String(STORIES));
  expect(listed).toEqual([]);
});
