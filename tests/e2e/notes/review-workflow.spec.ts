/**
 * A story under review — an open suggestion and an unresolved note — on its
 * way out: the publish guard asks and names both, the checks list them, a
 * publishing export refuses it with the count, and a review copy is written
 * with its CriticMarkup.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import type { Desk } from '../../../src/main/open-desk';
import { del, doc, ins, note, p } from '../../support/document-builders';
import { expect, test } from '../harness/desk-test';
import { CHINA, expectSaved, openArticle, readArticle } from '../harness/revising-actions';

const AT = '2026-11-29T10:00:00.000Z';

/** Puts CHINA under review: "refuted" suggested as "rejected" by Ana Ruiz, and a note on "Foreign Ministry". */
async function putUnderReview(desk: Desk): Promise<string> {
  const [row] = await desk.services.articles.list({ query: 'China refutes cyberattack' });
  const by = { id: 'sug-verb', author: 'Ana Ruiz', at: AT };
  await desk.services.articles.update(row.id, {
    body: doc(
      p('BEIJING - China on Wednesday ', del(by, 'refuted'), ins(by, 'rejected'), ' allegations of hacking activities as groundless.'),
      p(note('note-ministry', 'Foreign Ministry'), ' spokesman Hong Lei made the remarks at a regular press briefing.'),
    ),
    notes: [{ id: 'note-ministry', resolved: false, messages: [{ author: 'Ines Duarte', at: AT, text: 'Full name of the ministry?' }] }],
  });
  return row.id;
}

const exportDialog = (page: Page) => page.locator('nd-export-dialog').getByRole('dialog');

test('moving a story under review to Ready asks first, naming the open suggestion and the unresolved note; the checks list them', async ({
  page,
  desk,
  dataDir,
}) => {
  const id = await putUnderReview(desk);
  await openArticle(page, CHINA);
  const checks = page.getByRole('list', { name: 'Review still open' });
  await expect(checks).toContainText('1 open suggestion to accept or reject');
  await expect(checks).toContainText('1 unresolved note');

  const status = page.getByRole('combobox', { name: 'Status' });
  const before = await status.inputValue();
  await status.selectOption('ready');
  const question = page.getByRole('dialog', { name: 'Move to Ready with review still open?' });
  await expect(question).toContainText('This story has 1 open suggestion and 1 unresolved note.');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveValue(before);
  expect((await readArticle(dataDir, id)).status).toBe(before);

  await status.selectOption('ready');
  await question.getByRole('button', { name: 'Move to Ready' }).click();
  await expect(status).toHaveValue('ready');
  await expectSaved(page);
  expect((await readArticle(dataDir, id)).status).toBe('ready');
});

test('a publishing export refuses the story with its open suggestion; a review copy writes it with CriticMarkup', async ({
  page,
  desk,
  exportDir,
}) => {
  const id = await putUnderReview(desk);
  const slug = (await desk.services.articles.get(id)).slug;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole('radio', { name: 'The whole desk' }).check();
  for (const format of ['HTML', 'Markdown', 'ninjs'] as const)
    await dialog.getByRole('checkbox', { name: format }).setChecked(format === 'Markdown');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('heading', { name: 'Exported, with problems' })).toBeVisible();
  const problems = dialog.getByRole('list', { name: 'Articles that could not be exported' });
  await expect(problems).toContainText(CHINA);
  await expect(problems).toContainText(
    'It has 1 open suggestion. Accept or reject it before exporting it for publishing, or export a review copy.',
  );
  expect(await readdir(exportDir)).not.toContain(`${slug}.md`);
  expect(await readdir(exportDir)).toHaveLength(3);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: 'Review copy' }).check();
  await expect(dialog.getByRole('checkbox', { name: 'ninjs' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('heading', { name: 'Export complete' })).toBeVisible();
  const review = await readFile(join(exportDir, `${slug}.review.md`), 'utf8');
  expect(review).toContain('China on Wednesday {~~refuted~>rejected~~}{>>#sug-verb Ana Ruiz (2026-11-29T10:00:00.000Z)<<}');
  expect(review).toContain('{==Foreign Ministry==}{>>#note-ministry Ines Duarte (2026-11-29T10:00:00.000Z): Full name of the ministry?<<}');
});
