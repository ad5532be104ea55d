/**
 * An embargo set in the desk's zone shows as a badge in the list and the
 * editor, keeps Published out of reach (the status says why, and main refuses
 * it too); a correction added to a published story is on disk, in the story's
 * exports (a dated note at the foot of the HTML page, JSON-LD, ninjs,
 * Markdown front matter), and the comparison with the published version is
 * one click away.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { expect, test } from '../harness/desk-test';
import { articleRow, byHeadline, FLOOD, MINISTER } from '../harness/related-actions';
import { openDetails, waitForSaved } from './metadata-actions';

/** The desk works in Paris time. */
async function parisDesk(dataDir: string): Promise<void> {
  await writeFile(
    join(dataDir, 'settings.json'),
    JSON.stringify({ displayName: 'Rosa Lindqvist', timeZone: 'Europe/Paris', language: 'en-GB' }),
  );
}

test.use({ prepareDataDir: async ({}, use) => use(parisDesk) });

test('an embargo in the desk zone shows in the list and the editor and keeps the story from being published', async ({
  page,
  articlesOnDisk,
  desk,
}) => {
  test.slow(); // many steps, each waiting for its save
  const panel = await openDetails(page, MINISTER);
  await expect(panel.getByRole('combobox', { name: 'Embargo time zone' })).toHaveValue('Europe/Paris');
  await panel.getByLabel('Embargo until').fill('2099-12-01T09:00');
  await panel.getByLabel('Embargo until').dispatchEvent('change');
  await expect(panel.getByRole('status').filter({ hasText: 'Embargoed' })).toHaveText(
    /Embargoed\s+until 1 Dec 2099, 09:00 Europe\/Paris \(\+01:00\)/,
  );
  await waitForSaved(page);
  expect(byHeadline(await articlesOnDisk(), MINISTER).embargo).toEqual({ until: '2099-12-01T09:00:00+01:00', timeZone: 'Europe/Paris' });

  // The list row and the editor's bar carry the badge.
  await expect(articleRow(page, MINISTER).getByText('Embargoed')).toBeVisible();
  await expect(articleRow(page, FLOOD).getByText('Embargoed')).toHaveCount(0);
  const badge = page.locator('nd-editor').locator('.embargo-badge');
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute(
    'title',
    /Under embargo until 1 Dec 2099, 09:00 Europe\/Paris \(\+01:00\)\. It cannot be published before then\./,
  );

  await page.setViewportSize({ width: 1440, height: 900 });
  await panel.getByRole('heading', { name: 'Embargo' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/metadata-embargo.png' });

  // Published is offered disabled, saying why; choosing Ready still works.
  const status = page.getByRole('combobox', { name: 'Status' });
  const published = status.getByRole('option', { name: /Published/ });
  await expect(published).toBeDisabled();
  await expect(published).toHaveText(/Published \(under embargo\)/);
  await expect(published).toHaveAttribute('title', /cannot be published before then/);
  await status.selectOption('ready');
  await waitForSaved(page);
  expect(byHeadline(await articlesOnDisk(), MINISTER).status).toBe('ready');

  // Main refuses it too, whoever asks.
  const id = byHeadline(await articlesOnDisk(), MINISTER).id;
  const refused = await desk.handlers['articles:update']({ id, fields: { status: 'published' } }, { url: page.url() });
  expect(refused).toMatchObject({
    ok: false,
    error: { message: expect.stringMatching(/under embargo until 1 Dec 2099.*cannot be published/) },
  });

  // Lifting the embargo clears the badges and lets it be published.
  await panel.getByRole('button', { name: 'Lift embargo' }).click();
  await waitForSaved(page);
  await expect(badge).toHaveCount(0);
  await expect(articleRow(page, MINISTER).getByText('Embargoed')).toHaveCount(0);
  await expect(published).toBeEnabled();
  await status.selectOption('published');
  await waitForSaved(page);
  expect(byHeadline(await articlesOnDisk(), MINISTER).status).toBe('published');
  expect(byHeadline(await articlesOnDisk(), MINISTER).embargo).toBeUndefined();
});

test('a correction on a published story is shown, saved, exported, and the change since publication is one click away', async ({
  page,
  articlesOnDisk,
  exportDir,
}) => {
  test.slow(); // many steps, each waiting for its save
  const panel = await openDetails(page, FLOOD);
  await expect(panel.getByText('Corrections are added once the story is published.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('published');
  await waitForSaved(page);

  await panel.getByRole('combobox', { name: 'Kind of note' }).selectOption('correction');
  await panel
    .getByRole('textbox', { name: 'Correction text' })
    .fill('An earlier version said the warnings covered nine towns; they covered seven.');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  const shown = panel.locator('li.correction');
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText('Correction');
  await expect(shown).toContainText('they covered seven.');
  await waitForSaved(page);
  const stored = byHeadline(await articlesOnDisk(), FLOOD);
  expect(stored.corrections).toEqual([
    {
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      kind: 'correction',
      text: 'An earlier version said the warnings covered nine towns; they covered seven.',
    },
  ]);

  // What changed since it was published: the history opens on the published version against the current text.
  await panel.getByRole('button', { name: 'Compare with published' }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await expect(history).toBeVisible();
  await expect(history.getByRole('checkbox', { name: 'Compare the current text' })).toBeChecked();
  await expect(history.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await history.getByRole('button', { name: 'Close history' }).click();

  // Exported: at the foot of the HTML page, in its JSON-LD, in ninjs and in the Markdown front matter.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.locator('nd-export-dialog').getByRole('dialog');
  await dialog.getByRole('radio', { name: 'The whole desk' }).check();
  for (const format of ['HTML', 'Markdown', 'ninjs']) await dialog.getByRole('checkbox', { name: format }).setChecked(true);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('heading', { name: 'Export complete' })).toBeVisible();
  const html = await readFile(join(exportDir, `${stored.slug}.html`), 'utf8');
  const foot = html.slice(html.indexOf('<section class="corrections"'));
  expect(html.indexOf('<section class="corrections"')).toBeGreaterThan(html.indexOf('<div class="article-body">'));
  expect(foot).toContain('<strong>Correction</strong>');
  expect(foot).toContain('they covered seven.');
  expect(html).toContain('"@type":"CorrectionComment"');
  const ninjs = JSON.parse(await readFile(join(exportDir, `${stored.slug}.json`), 'utf8')) as {
    descriptions: { role: string; value: string }[];
  };
  expect(ninjs.descriptions[0]).toMatchObject({ role: 'correction', value: expect.stringContaining('they covered seven.') });
  const markdown = await readFile(join(exportDir, `${stored.slug}.md`), 'utf8');
  expect(markdown.split('\n---\n')[0]).toMatch(/corrections:\n {2}- date: "?\d{4}-/);

  await page.setViewportSize({ width: 1440, height: 900 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await panel.getByRole('heading', { name: 'Corrections' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/metadata-corrections.png' });
});
