/**
 * What the revising specs do again and again, done as a user would: open a
 * seeded article, wait for the editor to say Saved, read the stored article,
 * open the history drawer and tick versions in it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Locator, Page } from '@playwright/test';

import type { Article } from '../../../src/shared/article';
import { expect } from './desk-test';

export const CHINA = 'China refutes cyberattack allegations';

/** Opens an article by clicking its row in the list; resolves with its id. */
export async function openArticle(page: Page, headline: string): Promise<string> {
  const row = page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: headline });
  await row.click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headline);
  return (await row.getAttribute('data-id')) ?? '';
}

/** Waits until the editor says everything typed is stored. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('nd-editor')).toHaveAttribute('data-save-state', 'saved');
}

export async function readArticle(dataDir: string, id: string): Promise<Article> {
  return JSON.parse(await readFile(join(dataDir, 'articles', `${id}.json`), 'utf8')) as Article;
}

export function body(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Body' });
}

/** The history drawer (a modal dialog). */
export function history(page: Page): Locator {
  return page.getByRole('dialog', { name: 'History' });
}

/** Saves a version with a label from the open history drawer and waits for it to be listed. */
export async function saveVersion(page: Page, label: string): Promise<void> {
  const drawer = history(page);
  await drawer.getByRole('textbox', { name: 'Version label' }).fill(label);
  await drawer.getByRole('button', { name: 'Save version' }).click();
  await expect(versionCheckbox(page, label)).toBeVisible();
}

/** The "compare" tick box of a listed version, by its label or reason ("Status changed"). */
export function versionCheckbox(page: Page, title: string): Locator {
  return history(page)
    .getByRole('checkbox', { name: new RegExp(`^Compare ${title},`) })
    .first();
}

/** The comparison pane of the history drawer. */
export function comparison(page: Page): Locator {
  return history(page).getByRole('region', { name: 'Comparison' });
}

/** True when the story's caret has no text before it ('Control+Home') or after it ('Control+End'), as the editor sees it. */
async function caretAtEdge(page: Page, keys: 'Control+Home' | 'Control+End'): Promise<boolean> {
  return page.locator('nd-editor').evaluate((element, toEnd) => {
    type Doc = { textBetween(from: number, to: number): string; content: { size: number } };
    const editor = (element as unknown as { editor?: { state: { doc: Doc; selection: { empty: boolean; head: number } } } }).editor;
    if (!editor) return false;
    const { doc, selection } = editor.state;
    const around = toEnd ? doc.textBetween(selection.head, doc.content.size) : doc.textBetween(0, selection.head);
    return selection.empty && around === '';
  }, keys === 'Control+End');
}

/**
 * Ctrl+Home or Ctrl+End in the story, as a person presses it — and again if the caret did not get there: a press
 * that follows a click by a few milliseconds can lose to the click's own caret on a loaded machine.
 */
export async function pressToStoryEdge(page: Page, keys: 'Control+Home' | 'Control+End'): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.keyboard.press(keys);
    const there = await expect
      .poll(() => caretAtEdge(page, keys), { timeout: 1_500 })
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    if (there) return;
  }
  await expect.poll(() => caretAtEdge(page, keys)).toBe(true);
}
