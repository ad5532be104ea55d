/**
 * What the related-stories specs do again and again, done as a user would:
 * drop a briefing on the window, open an article from the list, find the
 * related panel's parts, wait for the editor to say Saved.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

import type { Page } from '@playwright/test';

import type { Article } from '../../../src/shared/article';
import { expect } from './desk-test';

export const FIXTURES = resolve('tests/fixtures/briefings');
export const CHINA = 'China refutes cyberattack allegations';
export const CHINA_OPPOSES = 'China opposes hacking allegations';
export const HARBOR = 'Harbor authority defends dredging plan';
export const PORTVALE = 'Portvale container traffic hits record';
export const FLOOD = 'Flood warnings lifted along river valley';
export const MINISTER = 'Minister rejects budget leak claims';

/** Drops a fixture briefing on the window and waits until it is imported and open. */
export async function dropBriefing(page: Page, fileName: string): Promise<void> {
  const path = resolve(FIXTURES, fileName);
  const contents = readFileSync(path, 'utf8');
  const dataTransfer = await page.evaluateHandle(
    ({ name, contents }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], name, { type: 'text/plain' }));
      return transfer;
    },
    { name: basename(path), contents },
  );
  await page.locator('nd-app').dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Drop a briefing to import it')).toBeVisible();
  await page.locator('nd-app').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Drop a briefing to import it')).toBeHidden();
  const headline = contents.split('\n')[0].trim();
  await expect(page.getByRole('status').filter({ hasText: `Imported “${headline}”` })).toBeVisible();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headline);
}

/** Opens an article by clicking its row in the list. */
export async function openArticle(page: Page, headline: string): Promise<void> {
  await articleRow(page, headline).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headline);
}

export function articleRow(page: Page, headline: string) {
  return page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: headline });
}

/** The related links of the open article, in order. */
export function relatedLinks(page: Page) {
  return page.getByRole('list', { name: 'Related stories' }).getByRole('listitem');
}

/** The headlines the related links show, in order. */
export function relatedHeadlines(page: Page) {
  return page.getByRole('list', { name: 'Related stories' }).getByTestId('related-headline');
}

/** The one related link showing `headline`. */
export function relatedLink(page: Page, headline: string) {
  const exactly = new RegExp(`^${headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return relatedLinks(page).filter({ has: page.getByTestId('related-headline').filter({ hasText: exactly }) });
}

export function linkedFrom(page: Page) {
  return page.getByRole('list', { name: 'Linked from' }).getByRole('button');
}

export function addBox(page: Page) {
  return page.getByRole('combobox', { name: 'Add a related story' });
}

/** Waits until the open article's edits are stored. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator('nd-editor')).toHaveAttribute('data-save-state', 'saved');
}

/** Finds an article on disk by headline. */
export function byHeadline(articles: Article[], headline: string): Article {
  const found = articles.find((article) => article.headline === headline && !article.deletedAt);
  if (!found) throw new Error(`No stored article “${headline}”`);
  return found;
}
