/**
 * Helpers for the speaker specs: reaching into the body by text, selecting with
 * the keyboard, and reading the store's files.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import type { Page } from '@playwright/test';

import type { Article, NodeJson } from '../../../src/shared/article';
import type { Speaker } from '../../../src/shared/speaker';
import { samplesDir } from '../../support/samples';
import { expect } from './desk-test';

export const SAMPLES = samplesDir();
export const CHINA = 'china-refutes-cyberattack-allegations.txt';

export const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });
export const panel = (page: Page) => page.locator('nd-speakers-panel');
export const speakerCard = (page: Page, name: string) =>
  page.locator('nd-speaker-card').filter({ has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }) });

/** Puts the caret before `text` in the paragraph that holds it, then selects `text` with Shift+ArrowRight. */
export async function selectWithKeyboard(page: Page, paragraphText: string, text: string): Promise<void> {
  const paragraph = body(page).locator('p', { hasText: paragraphText }).first();
  await paragraph.click({ position: { x: 2, y: 8 } });
  await page.keyboard.press('Home');
  const offset = ((await paragraph.textContent()) ?? '').indexOf(text);
  expect(offset).toBeGreaterThanOrEqual(0);
  for (let step = 0; step < offset; step += 1) await page.keyboard.press('ArrowRight');
  for (let step = 0; step < text.length; step += 1) await page.keyboard.press('Shift+ArrowRight');
  // On a loaded machine Chromium can swallow one of a hundred synthetic key presses. Let the editor
  // catch up with the presses first (reading too early and extending overshoots), then extend the
  // selection (only ever to the right) while it is still short, and insist on exactly `text`.
  for (let extra = 0; extra < 3; extra += 1) {
    const settled = await expect
      .poll(() => selectedText(page), { timeout: 1_500 })
      .toBe(text)
      .then(
        () => true,
        () => false,
      );
    if (settled || (await selectedText(page)).length >= text.length) break;
    await page.keyboard.press('Shift+ArrowRight');
  }
  await expect.poll(() => selectedText(page)).toBe(text);
}

/** Collapses the selection to its end with ArrowRight, as a person would; presses again only when Chromium swallowed the press. */
export async function collapseToEnd(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.keyboard.press('ArrowRight');
    const collapsed = await expect
      .poll(() => selectedText(page), { timeout: 1_500 })
      .toBe('')
      .then(
        () => true,
        () => false,
      );
    if (collapsed) return;
  }
  await expect.poll(() => selectedText(page)).toBe('');
}

/** The text the editor's selection covers, as the editor itself sees it. */
async function selectedText(page: Page): Promise<string> {
  return page.locator('nd-editor').evaluate((element) => {
    const editor = (
      element as unknown as {
        editor?: {
          state: { doc: { textBetween(from: number, to: number, separator: string): string }; selection: { from: number; to: number } };
        };
      }
    ).editor;
    if (!editor) return '';
    const { from, to } = editor.state.selection;
    return editor.state.doc.textBetween(from, to, '\n');
  });
}

/** The text of every element matching `selector` in the body, joined: other decorations (spelling) may split a span. */
export async function spanText(page: Page, selector: string): Promise<string> {
  return (await body(page).locator(selector).allTextContents()).join('');
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator('nd-editor')).toHaveAttribute('data-save-state', 'saved');
}

export async function readArticle(dataDir: string, id: string): Promise<Article> {
  return JSON.parse(await readFile(join(dataDir, 'articles', `${id}.json`), 'utf8')) as Article;
}

export async function registryOnDisk(dataDir: string): Promise<Speaker[]> {
  const index = JSON.parse(await readFile(join(dataDir, 'desk.json'), 'utf8')) as { speakers: Record<string, Speaker> };
  return Object.values(index.speakers);
}

/** Every speaker mark in a stored body: [mark type, kind, speakerId, text]. */
export function marksIn(body: NodeJson): [string, string, string, string][] {
  const found: [string, string, string, string][] = [];
  const visit = (node: NodeJson) => {
    for (const mark of node.marks ?? []) {
      if (mark.type === 'speakerMention' || mark.type === 'speakerAttribution') {
        found.push([mark.type, String(mark.attrs?.kind ?? ''), String(mark.attrs?.speakerId ?? ''), node.text ?? '']);
      }
    }
    node.content?.forEach(visit);
  };
  visit(body);
  return found;
}

export async function openArticle(page: Page, headline: string): Promise<string> {
  const row = page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: headline }).first();
  await row.click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headline);
  return (await row.getAttribute('data-id')) ?? '';
}

/** Drops a sample briefing on the window, as briefing-import.spec.ts does. */
export async function dropSample(page: Page, name: string): Promise<void> {
  const contents = readFileSync(resolve(SAMPLES, name), 'utf8');
  const dataTransfer = await page.evaluateHandle(
    ({ name, contents }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], name, { type: 'text/plain' }));
      return transfer;
    },
    { name, contents },
  );
  await page.locator('nd-app').dispatchEvent('dragenter', { dataTransfer });
  await page.locator('nd-app').dispatchEvent('drop', { dataTransfer });
}
