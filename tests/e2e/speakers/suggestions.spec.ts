/**
 * Attribution suggestions after an import: reviewed in the speakers panel,
 * accepted into marks on screen and on disk, intact after a reload.
 */
import { expect, test } from '../harness/desk-test';

// Keyboard selection presses one key per character; give these journeys room.
test.describe.configure({ timeout: 90_000 });
import {
  body,
  CHINA,
  dropSample,
  marksIn,
  panel,
  readArticle,
  registryOnDisk,
  speakerCard,
  waitForSaved,
} from '../harness/speakers-actions';

test('an imported briefing gets attribution suggestions; accepting them tags the text, fills the panel and survives a reload', async ({
  page,
  dataDir,
  reopen,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await dropSample(page, CHINA);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('China refutes cyberattack allegations');
  const id = (await page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { selected: true }).getAttribute('data-id')) ?? '';

  const suggestions = panel(page).getByRole('list', { name: 'Suggestions' }).getByRole('listitem');
  await expect(suggestions.first()).toBeVisible();
  await expect(suggestions.filter({ hasText: 'Direct quote' }).filter({ hasText: 'Hong Lei' })).toHaveCount(2);
  await expect(suggestions.filter({ hasText: 'Hong Lei' }).first()).toContainText('new');

  // Reject one mention, then accept the rest.
  const rejected = suggestions.filter({ hasText: 'Mention' }).last();
  const before = await suggestions.count();
  await rejected.getByRole('button', { name: 'Reject' }).click();
  await expect(suggestions).toHaveCount(before - 1);
  await panel(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(panel(page).getByText('Nothing left to review.')).toBeVisible();
  await waitForSaved(page);

  await expect(speakerCard(page, 'Hong Lei')).toContainText('2 direct quotes');
  await expect(speakerCard(page, 'Hong Lei')).toContainText('spokesman, Foreign Ministry');
  await expect(speakerCard(page, 'Geng Yansheng')).toContainText('1 direct quote');
  await expect(body(page).locator('.speaker-direct', { hasText: 'Firmly opposing' }).first()).toHaveAttribute(
    'title',
    'Hong Lei — direct quote',
  );

  const registry = await registryOnDisk(dataDir);
  const hong = registry.find((speaker) => speaker.name === 'Hong Lei')!;
  expect(hong).toMatchObject({ role: 'spokesman', organization: 'Foreign Ministry' });
  const stored = await readArticle(dataDir, id);
  const direct = marksIn(stored.body).filter(([, kind, speakerId]) => kind === 'direct' && speakerId === hong.id);
  expect(direct.map(([, , , text]) => text)).toEqual([
    'irresponsible and unprofessional, which will not help to solve the problem',
    'Firmly opposing cyber attacks, China has established relevant laws and regulations to crack down on hacking',
  ]);
  expect(stored.speakers).toEqual(expect.arrayContaining([hong.id]));

  // Clicking a speaker steps through their spans.
  await speakerCard(page, 'Hong Lei').getByRole('button', { name: 'Hong Lei: step through spans' }).click();
  await expect(speakerCard(page, 'Hong Lei')).toContainText(/1 of \d+/);
  await page.keyboard.press('Enter');
  await expect(speakerCard(page, 'Hong Lei')).toContainText(/2 of \d+/);
  await expect(body(page).locator('.speaker-current').first()).toBeVisible();
  await expect(body(page).locator('.speaker-focused').first()).toBeVisible();

  // A reload finds it all intact.
  await reopen();
  await page
    .getByRole('listbox', { name: 'Articles' })
    .getByRole('option', { name: 'China refutes cyberattack allegations' })
    .first()
    .click();
  await expect(speakerCard(page, 'Hong Lei')).toContainText('2 direct quotes');
  await expect(speakerCard(page, 'Geng Yansheng')).toContainText('1 direct quote');
  await expect(body(page).locator('.speaker-direct').first()).toHaveClass(/speaker-hue-\d/);
});

test('the checks point at an untagged quote and clicking one selects it', async ({ page }) => {
  await page
    .getByRole('listbox', { name: 'Articles' })
    .getByRole('option', { name: 'China refutes cyberattack allegations' })
    .first()
    .click();
  const checks = panel(page).getByRole('list', { name: 'Attribution checks' }).getByRole('button');
  const finding = checks.filter({ hasText: 'Quote with no speaker: “Firmly opposing' });
  await finding.click();
  // Other decorations (spelling) may split the highlight into several elements.
  await expect
    .poll(async () => (await body(page).locator('.lint-current').allTextContents()).join(''))
    .toBe('Firmly opposing cyber attacks, China has established relevant laws and regulations to crack down on hacking,');
});

test('each suggestion says why and how sure; accepting at 90 % or more tags only the sure ones and leaves the rest for review', async ({
  page,
}) => {
  await dropSample(page, CHINA);
  const list = panel(page).getByRole('list', { name: 'Suggestions' });
  const quotes = list.getByRole('listitem').filter({ hasText: 'Direct quote' });
  await expect(quotes.first()).toBeVisible();
  await expect(quotes.filter({ hasText: 'Geng Yansheng' })).toContainText(/Why: .*the spokesman/);

  // What the list says of each quote and paraphrase decides what a 90 % threshold takes.
  const reviewable = list.getByRole('listitem').filter({ hasText: /Why: / }).filter({ hasNotText: 'anonymous' });
  const sureness = (await reviewable.locator('.confidence').allTextContents()).map((text) => Number.parseInt(text, 10));
  expect(sureness.length).toBeGreaterThan(2);
  const sure = sureness.filter((value) => value >= 90).length;
  expect(sure).toBeGreaterThan(0);
  expect(sure).toBeLessThan(sureness.length);

  await panel(page).getByRole('combobox', { name: 'Accept all at or above this confidence' }).selectOption('0.9');
  await panel(page)
    .getByRole('button', { name: /^Accept \d+ at 90 % or more$/ })
    .click();
  await waitForSaved(page);
  // The unsure quotes and paraphrases are still there to decide; every one left is under 90 %.
  const left = (await reviewable.locator('.confidence').allTextContents()).map((text) => Number.parseInt(text, 10));
  expect(left).toHaveLength(sureness.length - sure);
  expect(left.every((value) => value < 90)).toBe(true);
  await expect(body(page).locator('.speaker-direct, .speaker-paraphrase').first()).toBeVisible();
});
