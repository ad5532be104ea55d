/**
 * Tagging who said what: by keyboard and toolbar, with colours on screen and
 * marks on disk; untagging and retagging; renaming and merging speakers.
 */
import { expect, test } from '../harness/desk-test';

// Keyboard selection presses one key per character; give these journeys room.
test.describe.configure({ timeout: 90_000 });
import {
  body,
  marksIn,
  openArticle,
  panel,
  readArticle,
  registryOnDisk,
  selectWithKeyboard,
  spanText,
  speakerCard,
  waitForSaved,
} from '../harness/speakers-actions';

const CHINA_HEADLINE = 'China refutes cyberattack allegations';
const QUOTE = 'Firmly opposing cyber attacks, China has established relevant laws and regulations to crack down on hacking';

test('a speaker is tagged with the keyboard alone: select, shortcut, create in place, Enter; saved and coloured', async ({
  page,
  dataDir,
}) => {
  const id = await openArticle(page, CHINA_HEADLINE);
  await selectWithKeyboard(page, 'Foreign Ministry spokesman Hong Lei', 'Hong Lei');
  await page.keyboard.press('Control+Shift+M');

  const picker = page.getByRole('dialog', { name: 'Tag mention of…' });
  await expect(picker.getByRole('combobox', { name: 'Speaker' })).toBeFocused();
  await expect(picker.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Hong Lei');
  await expect(picker.getByRole('option', { name: 'Create “Hong Lei”' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(picker.getByLabel('Name')).toHaveValue('Hong Lei');
  await page.keyboard.press('Tab');
  await page.keyboard.type('spokesman');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Foreign Ministry');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await waitForSaved(page);

  const speakers = await registryOnDisk(dataDir);
  const hong = speakers.find((speaker) => speaker.name === 'Hong Lei');
  expect(hong).toMatchObject({ role: 'spokesman', organization: 'Foreign Ministry' });
  expect(marksIn((await readArticle(dataDir, id)).body)).toEqual([['speakerMention', '', hong!.id, 'Hong Lei']]);
  const span = body(page).locator('.speaker-mention', { hasText: 'Hong Lei' });
  // The first speaker of the story takes the first colour and line style.
  await expect(span).toHaveClass(/speaker-hue-0 speaker-cue-0/);
  await expect(span).toHaveAttribute('title', 'Hong Lei — mention');
  await expect(speakerCard(page, 'Hong Lei')).toContainText('1 mention');

  // Typing filters the registry: the next tag picks Hong Lei from two letters.
  await selectWithKeyboard(page, 'Firmly opposing cyber attacks', QUOTE);
  await page.keyboard.press('Control+Shift+D');
  await page.keyboard.type('ho');
  await expect(page.getByRole('dialog', { name: 'Direct quote by…' }).getByRole('option').first()).toContainText('Hong Lei');
  await page.keyboard.press('Enter');
  await waitForSaved(page);
  await expect.poll(() => spanText(page, '.speaker-direct')).toBe(QUOTE);
  await expect(speakerCard(page, 'Hong Lei')).toContainText('1 direct quote');
  const stored = marksIn((await readArticle(dataDir, id)).body);
  expect(stored).toContainEqual(['speakerAttribution', 'direct', hong!.id, QUOTE]);

  // Escape cancels without tagging.
  await selectWithKeyboard(page, 'US cyber security firm Mandiant on Monday', 'Mandiant');
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByRole('dialog', { name: 'Paraphrase of…' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(body(page)).toBeFocused();
  await expect(body(page).locator('.speaker-paraphrase')).toHaveCount(0);
});

test('a tag is untagged with the shortcut or the toolbar, and retagged to another speaker', async ({ page, dataDir }) => {
  const id = await openArticle(page, CHINA_HEADLINE);
  const tag = async (kind: string, name: string) => {
    await page.keyboard.press(kind);
    await page.keyboard.type(name);
    await page.keyboard.press('Enter'); // Create “name”
    await page.getByRole('button', { name: 'Create and tag' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  };
  await selectWithKeyboard(page, 'Firmly opposing cyber attacks', QUOTE);
  await tag('Control+Shift+D', 'Hong Lei');
  await expect(body(page).locator('.speaker-direct').first()).toHaveAttribute('title', 'Hong Lei — direct quote');

  // Cursor inside the span, untag by shortcut.
  await body(page).locator('.speaker-direct').first().click();
  await page.keyboard.press('Control+Shift+U');
  await expect(body(page).locator('.speaker-direct')).toHaveCount(0);
  await waitForSaved(page);
  expect(marksIn((await readArticle(dataDir, id)).body)).toEqual([]);

  // Tag it again, then retag from inside the span (no selection needed) to a new speaker.
  await selectWithKeyboard(page, 'Firmly opposing cyber attacks', QUOTE);
  await page.keyboard.press('Control+Shift+D');
  await page.keyboard.type('hong');
  await page.keyboard.press('Enter');
  await expect.poll(() => spanText(page, '.speaker-direct')).toBe(QUOTE);
  await body(page).locator('.speaker-direct').first().click();
  await tag('Control+Shift+D', 'Geng Yansheng');
  await expect.poll(() => spanText(page, '.speaker-direct')).toBe(QUOTE);
  await expect(body(page).locator('.speaker-direct').first()).toHaveAttribute('title', 'Geng Yansheng — direct quote');
  await waitForSaved(page);
  const geng = (await registryOnDisk(dataDir)).find((speaker) => speaker.name === 'Geng Yansheng');
  expect(marksIn((await readArticle(dataDir, id)).body)).toEqual([['speakerAttribution', 'direct', geng!.id, QUOTE]]);
  await expect(speakerCard(page, 'Hong Lei')).toHaveCount(0);

  // The toolbar untags too.
  await body(page).locator('.speaker-direct').first().click();
  const untag = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Untag speaker' });
  await expect(untag).toHaveAttribute('title', 'Untag speaker (Ctrl+Shift+U)');
  await untag.click();
  await expect(body(page).locator('.speaker-direct')).toHaveCount(0);
  await expect(panel(page)).toContainText('No speakers tagged yet');
});

test('renaming a speaker renames every span and panel entry; merging moves every span in every article', async ({ page, dataDir }) => {
  const chinaId = await openArticle(page, CHINA_HEADLINE);
  const tagMention = async (paragraph: string, text: string, name: string) => {
    await selectWithKeyboard(page, paragraph, text);
    await page.keyboard.press('Control+Shift+M');
    await page.getByRole('combobox', { name: 'Speaker' }).fill(name);
    const create = page.getByRole('dialog').getByRole('option', { name: `Create “${name}”` });
    if ((await create.count()) === 0)
      await page.keyboard.press('Enter'); // the exact name is the first match
    else {
      await create.click();
      await page.getByRole('button', { name: 'Create and tag' }).click();
    }
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await waitForSaved(page);
  };
  await tagMention('Foreign Ministry spokesman Hong Lei', 'Hong Lei', 'Hong Lei');
  await tagMention('"Firmly opposing cyber attacks', 'Hong', 'H. Lei');

  // Another article names "H. Lei" too.
  const otherHeadline = (
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').locator('.headline').allTextContents()
  ).find((headline) => headline !== CHINA_HEADLINE)!;
  const otherId = await openArticle(page, otherHeadline);
  const firstWords = ((await body(page).locator('p').first().textContent()) ?? '').slice(0, 12);
  await tagMention(firstWords, firstWords.slice(0, 6), 'H. Lei');
  await openArticle(page, CHINA_HEADLINE);

  // Rename Hong Lei: the panel and the span's tooltip follow.
  await speakerCard(page, 'Hong Lei').getByRole('button', { name: 'Edit' }).click();
  const form = speakerCard(page, 'Hong Lei').getByRole('form', { name: 'Edit Hong Lei' });
  await form.getByLabel('Name').fill('Hong Lei (MFA)');
  await form.getByLabel('Role').fill('spokesman');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(speakerCard(page, 'Hong Lei \\(MFA\\)')).toContainText('spokesman');
  await expect(body(page).locator('.speaker-mention').first()).toHaveAttribute('title', 'Hong Lei (MFA) — mention');

  // Merge H. Lei into Hong Lei (MFA): both articles' spans now point at the survivor.
  const survivor = (await registryOnDisk(dataDir)).find((speaker) => speaker.name === 'Hong Lei (MFA)')!;
  await speakerCard(page, 'H. Lei').getByRole('button', { name: 'Merge…' }).click();
  await expect(speakerCard(page, 'H. Lei').getByLabel('Merge into')).toHaveValue(survivor.id); // the only other speaker
  await speakerCard(page, 'H. Lei').getByRole('button', { name: 'Merge' }).click();
  await expect(speakerCard(page, 'H. Lei')).toHaveCount(0);
  await expect(speakerCard(page, 'Hong Lei \\(MFA\\)')).toContainText('2 mentions');
  await expect(body(page).locator('.speaker-mention')).toHaveCount(2);
  for (const mention of await body(page).locator('.speaker-mention').all())
    await expect(mention).toHaveAttribute('title', 'Hong Lei (MFA) — mention');

  expect((await registryOnDisk(dataDir)).map((speaker) => speaker.name)).not.toContain('H. Lei');
  for (const id of [chinaId, otherId]) {
    const ids = marksIn((await readArticle(dataDir, id)).body).map(([, , speakerId]) => speakerId);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set([survivor.id]));
  }
  await openArticle(page, otherHeadline);
  await expect(speakerCard(page, 'Hong Lei \\(MFA\\)')).toContainText('1 mention');
});
