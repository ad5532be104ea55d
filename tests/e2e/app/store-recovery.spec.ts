/**
 * A damaged data folder: the desk still opens, says what it set aside and
 * where, and loses nothing (the damaged file is kept in corrupt/).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { openDesk } from '../../../src/main/open-desk';
import { expect, test } from '../harness/desk-test';

const DAMAGED = '{"id": "damaged-article", "headline": "Half a st';

/** A desk that was seeded and used, then one article file was damaged (a disk error, a bad sync). */
async function damageOneArticle(dataDir: string): Promise<void> {
  const desk = await openDesk({ dataDir, seedDir: resolve('data') });
  await desk.close();
  await writeFile(join(dataDir, 'articles', 'damaged-article.json'), DAMAGED);
}

// Playwright reads a function option as a fixture, so the option is given as one.
test.use({ prepareDataDir: async ({}, use) => use(damageOneArticle) });

test('a damaged article file is set aside with a clear message and the rest of the desk opens', async ({ page, dataDir }) => {
  await expect(page.getByRole('status').filter({ hasText: 'The desk opened, with one thing to check' })).toBeVisible();
  await expect(
    page.getByText(/damaged-article\.json could not be read \(it is not valid JSON\)\. It was moved to .*corrupt/),
  ).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(4);

  const corrupt = await readdir(join(dataDir, 'corrupt'));
  expect(corrupt).toHaveLength(1);
  expect(await readFile(join(dataDir, 'corrupt', corrupt[0]), 'utf8')).toBe(DAMAGED);
});
