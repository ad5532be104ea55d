import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { expect, test } from '../harness/desk-test';
import { CHINA, history, openArticle, saveVersion } from '../harness/revising-actions';

async function settingsOnDisk(dataDir: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;
}

test.describe('a desk nobody has named yet', () => {
  test.use({ displayName: null });

  test('asks who is editing once, keeps the answer, and names it on the versions saved after', async ({ page, dataDir, reopen }) => {
    const question = page.getByRole('dialog', { name: 'Who is editing?' });
    await expect(question).toBeVisible();
    const start = question.getByRole('button', { name: 'Start editing' });
    await expect(start).toBeDisabled();
    await page.keyboard.press('Escape'); // the name is needed: Escape does not dismiss the question
    await expect(question).toBeVisible();
    await page.keyboard.type('Tomasz Wierzbicki');
    await page.keyboard.press('Enter');
    await expect(question).toBeHidden();
    await expect(page.getByRole('button', { name: /Editing as Tomasz Wierzbicki/ })).toBeVisible();
    expect(await settingsOnDisk(dataDir)).toMatchObject({ displayName: 'Tomasz Wierzbicki' });

    await reopen();
    await expect(page.getByRole('button', { name: /Editing as Tomasz Wierzbicki/ })).toBeVisible();
    await expect(question).toHaveCount(0);

    const id = await openArticle(page, CHINA);
    await page.keyboard.press('Control+Alt+H');
    await saveVersion(page, 'Checked with the desk');
    await expect(history(page).getByText('Tomasz Wierzbicki')).toBeVisible();
    const summaries = JSON.parse(await readFile(join(dataDir, 'revisions', `${id}.json`), 'utf8')) as { revisions: unknown[] };
    expect(summaries.revisions.at(-1)).toMatchObject({ label: 'Checked with the desk', author: 'Tomasz Wierzbicki' });
  });
});

test('the settings change the name, language and time zone, and refuse a language that is not one', async ({ page, dataDir }) => {
  await expect(page.getByRole('dialog', { name: 'Who is editing?' })).toHaveCount(0);
  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  await expect(settings.getByLabel('Your name')).toBeFocused();
  await settings.getByLabel('Your name').fill('Rosa Lindqvist-Obi');
  await settings.getByLabel('Language of new stories').fill('not a language');
  await settings.getByLabel('Desk time zone').selectOption('Asia/Tokyo');
  await expect(settings.getByLabel('Desk time zone')).toContainText('Asia/Tokyo (UTC+09:00)');
  await page.screenshot({ path: test.info().outputPath('settings-dialog.png') });
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('alert')).toContainText('BCP 47');
  expect(await settingsOnDisk(dataDir)).toEqual({ displayName: 'Rosa Lindqvist' });

  await settings.getByLabel('Language of new stories').fill('en-us');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
  expect(await settingsOnDisk(dataDir)).toEqual({ displayName: 'Rosa Lindqvist-Obi', language: 'en-US', timeZone: 'Asia/Tokyo' });
  await expect(page.getByRole('button', { name: /Editing as Rosa Lindqvist-Obi/ })).toBeVisible();

  await page.getByRole('button', { name: /Editing as/ }).click();
  await expect(settings.getByLabel('Desk time zone')).toHaveValue('Asia/Tokyo');
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  expect(await readdir(dataDir)).toContain('settings.json');
});
