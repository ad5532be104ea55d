/**
 * A long story (200 paragraphs): it opens at once, its underlines and speaker
 * colours reach the last paragraph (drawn in idle-time chunks after it shows),
 * and Ctrl+End / Ctrl+Home reach its ends (blocks out of view are not laid out),
 * where typing stays in view and is saved.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Article, NodeJson } from '../../../src/shared/article';
import { bodyToPlainText } from '../../../src/shared/body-text';
import { expect, test } from '../harness/desk-test';

const PARAGRAPHS = 200;

function longStory(speakerId: string): NodeJson {
  return {
    type: 'doc',
    content: Array.from({ length: PARAGRAPHS }, (_, index) => ({
      type: 'paragraph',
      content: [
        { type: 'text', text: `Paragraph ${index + 1}: the harbour board met on Monday and said teh dredging would go ahead. ` },
        {
          type: 'text',
          text: 'Work starts in spring and ends before the ferries return.',
          marks: [{ type: 'speakerAttribution', attrs: { speakerId, kind: 'direct' } }],
        },
      ],
    })),
  };
}

test('a 200-paragraph story shows underlines and speaker colours to its end, and Ctrl+End / Ctrl+Home typing at either end stays in view and is saved', async ({
  page,
  desk,
  dataDir,
}) => {
  const speaker = await desk.services.speakers.create({ name: 'Maria Okafor', role: 'harbour master', aliases: [] });
  const article = await desk.services.articles.create({ headline: 'Dredging plan, in full', body: longStory(speaker.id) });
  await page.reload();
  await page.getByRole('option', { name: /Dredging plan, in full/ }).click();

  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('p')).toHaveCount(PARAGRAPHS);
  const last = body.locator('p').last();
  await expect(last.locator('.misspelled')).toHaveText('teh');
  await expect(last.locator('.speaker-direct')).toHaveAttribute('title', 'Maria Okafor — direct quote');

  await body.locator('p').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The board meets again in June.');
  const typed = body.locator('p', { hasText: 'The board meets again in June.' });
  await expect(typed).toHaveText('The board meets again in June.');
  await expect(typed).toBeInViewport();

  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Updated: ');
  await expect(body.locator('p').first()).toHaveText(/^Updated: Paragraph 1: the harbour board/);
  await expect(body.locator('p').first()).toBeInViewport();

  await expect(page.locator('nd-editor')).toHaveAttribute('data-save-state', 'saved');
  const stored = JSON.parse(await readFile(join(dataDir, 'articles', `${article.id}.json`), 'utf8')) as Article;
  const storedText = bodyToPlainText(stored.body).trim();
  expect(storedText.startsWith('Updated: Paragraph 1:')).toBe(true);
  expect(storedText.endsWith('The board meets again in June.')).toBe(true);
});
