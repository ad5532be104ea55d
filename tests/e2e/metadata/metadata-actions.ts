/**
 * What the metadata specs do again and again, as a person would: open a story,
 * find the Story details panel and its fields, wait for the save.
 */
import type { Page } from '@playwright/test';

import { expect } from '../harness/desk-test';
import { openArticle, waitForSaved } from '../harness/related-actions';

export { openArticle, waitForSaved };

/** The Story details panel of the open story. */
export function detailsPanel(page: Page) {
  return page.locator('nd-metadata-panel');
}

/** Opens the story and scrolls its details panel into view. */
export async function openDetails(page: Page, headline: string) {
  await openArticle(page, headline);
  const panel = detailsPanel(page);
  await panel.getByRole('heading', { name: 'Story details' }).scrollIntoViewIfNeeded();
  await expect(panel.getByRole('textbox', { name: 'Slugline' })).toBeVisible();
  return panel;
}
