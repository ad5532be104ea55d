/**
 * The Story details panel: a person sets the slugline (suggested from the
 * headline, refused when another story has it), urgency, genre, keywords
 * (typed and suggested), subjects found by label, headline variants with
 * their meters, bylines and the editor's note; everything is on disk, and
 * the desk search finds the story by its slugline, a keyword and a subject.
 */
import { expect, test } from '../harness/desk-test';
import { articleRow, byHeadline, FLOOD, HARBOR, MINISTER } from '../harness/related-actions';
import { detailsPanel, openDetails, waitForSaved } from './metadata-actions';

test('details typed and picked in the panel are saved to the story on disk', async ({ page, articlesOnDisk }) => {
  test.slow(); // many steps, each waiting for its save
  const panel = await openDetails(page, HARBOR);

  await panel.getByRole('button', { name: 'Suggest a slugline from the headline' }).click();
  await expect(panel.getByRole('textbox', { name: 'Slugline' })).toHaveValue('HARBOR-AUTHORITY-DEFENDS');
  await panel.getByRole('textbox', { name: 'Slugline' }).fill('DREDGING');
  await panel.getByRole('textbox', { name: 'Slugline' }).press('Enter');
  await panel.getByRole('combobox', { name: 'Urgency' }).selectOption('3');
  await panel.getByRole('combobox', { name: 'Genre' }).selectOption('analysis');

  const keyword = panel.getByRole('textbox', { name: 'Add a keyword' });
  await keyword.fill('dredging');
  await keyword.press('Enter');
  await keyword.fill('port budget');
  await keyword.press('Enter');
  await expect(panel.getByRole('list', { name: 'Keywords' }).getByRole('listitem')).toHaveText(['dredging', 'port budget']);
  const suggested = panel.getByRole('group', { name: 'Suggested keywords' }).getByRole('button').first();
  const suggestion = ((await suggested.getAttribute('aria-label')) ?? '').replace('Add suggested keyword ', '');
  await suggested.click();
  await expect(panel.getByRole('list', { name: 'Keywords' }).getByRole('listitem')).toHaveText(['dredging', 'port budget', suggestion]);

  await panel.getByRole('combobox', { name: 'Find a subject' }).fill('maritime');
  await expect(panel.getByRole('listbox', { name: 'Matching subjects' }).getByRole('option').first()).toContainText('Maritime');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('list', { name: 'Subjects' }).getByRole('listitem')).toHaveCount(1);

  await panel.getByRole('button', { name: 'Add person' }).click();
  await panel.getByRole('textbox', { name: 'Name of byline 1' }).fill('Ines Varga');
  await panel.getByRole('textbox', { name: 'Name of byline 1' }).press('Tab');
  await expect(page.getByLabel('Byline', { exact: true })).toHaveValue('By Ines Varga');
  await panel.getByRole('textbox', { name: "Editor's note" }).fill('Check the tonnage with the port office.');
  await waitForSaved(page);

  const stored = byHeadline(await articlesOnDisk(), HARBOR);
  expect(stored.slugline).toBe('DREDGING');
  expect(stored.urgency).toBe(3);
  expect(stored.genre).toBe('analysis');
  expect(stored.keywords).toEqual(['dredging', 'port budget', suggestion]);
  expect(stored.subjects).toHaveLength(1);
  expect(stored.subjects?.[0]).toMatch(/^medtop:\d{8}$/);
  expect(stored.bylines).toEqual([{ name: 'Ines Varga', role: 'reporter' }]);
  expect(stored.byline).toBe('By Ines Varga');
  expect(stored.ednote).toBe('Check the tonnage with the port office.');
  expect(stored.language).toBe('en-GB');

  await page.setViewportSize({ width: 1440, height: 900 });
  await panel.getByRole('heading', { name: 'Story details' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/metadata-panel-top.png' });
  await panel.getByRole('textbox', { name: "Editor's note" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/metadata-panel-foot.png' });

  // Another story cannot take the same slugline: the panel says whose it is, and nothing is stored.
  const minister = await openDetails(page, MINISTER);
  await minister.getByRole('textbox', { name: 'Slugline' }).fill('dredging');
  await minister.getByRole('textbox', { name: 'Slugline' }).press('Enter');
  await expect(minister.getByRole('alert')).toHaveText(/dredging is already the slugline of “Harbor authority defends dredging plan”/);
  expect(byHeadline(await articlesOnDisk(), MINISTER).slugline).toBeUndefined();

  // The desk search finds the story by its slugline, a keyword and a subject label.
  const search = page.getByRole('searchbox', { name: /Search/ });
  for (const query of ['DREDGING', 'port budget', 'maritime']) {
    await search.fill(query);
    await expect(articleRow(page, HARBOR)).toBeVisible();
    await expect(articleRow(page, FLOOD)).toBeHidden();
  }
});

test('a subject is found by any words of its label, chosen from the keyboard, and removed again', async ({ page, articlesOnDisk }) => {
  test.slow(); // many steps, each waiting for its save
  const panel = await openDetails(page, FLOOD);
  const find = panel.getByRole('combobox', { name: 'Find a subject' });
  await find.fill('flood');
  const results = panel.getByRole('listbox', { name: 'Matching subjects' }).getByRole('option');
  await expect(results.first()).toContainText('Flood');
  await find.fill('weather warn');
  await expect(results).toHaveText([/Weather warning/]);
  await find.press('Enter');
  await find.fill('emergency');
  await find.press('ArrowDown');
  const second = (await results.nth(1).locator('.label').textContent()) ?? '';
  await find.press('Enter');
  const chips = panel.getByRole('list', { name: 'Subjects' }).getByRole('listitem');
  await expect(chips).toHaveText([/Weather warning/, new RegExp(second)]);
  await find.fill('zzqx');
  await expect(panel.getByText('No subject matches “zzqx”.')).toBeVisible();
  await find.press('Escape');
  await waitForSaved(page);
  const stored = byHeadline(await articlesOnDisk(), FLOOD);
  expect(stored.subjects?.[0]).toBe('medtop:20001131');
  expect(stored.subjects).toHaveLength(2);

  await panel.getByRole('button', { name: 'Remove subject Weather warning' }).click();
  await expect(chips).toHaveText([new RegExp(second)]);
  await waitForSaved(page);
  expect(byHeadline(await articlesOnDisk(), FLOOD).subjects).toHaveLength(1);
});

test('headline variants have their own length meters, and an empty one falls back to the headline', async ({ page, articlesOnDisk }) => {
  test.slow(); // many steps, each waiting for its save
  const panel = await openDetails(page, MINISTER);
  const print = panel.getByRole('textbox', { name: 'Print headline' });
  await expect(print).toHaveAttribute('placeholder', MINISTER);
  const meter = panel.getByRole('meter', { name: 'Print headline length' });
  await expect(meter).toHaveText('0/45');
  await print.fill('Minister denies leak');
  await expect(meter).toHaveText('20/45');
  await expect(meter).toHaveAttribute('aria-valuetext', '20 of 45 characters, within its target');
  await print.fill('Finance minister rejects claims of budget leak');
  await expect(meter).toHaveText('46/45');
  await expect(meter).toHaveClass(/over/);
  await expect(meter).toHaveAttribute('aria-valuetext', /over its target/);

  const seo = panel.getByRole('textbox', { name: 'SEO headline' });
  await seo.fill('Minister rejects budget leak claims in parliament statement');
  await expect(panel.getByRole('meter', { name: 'SEO headline length' })).toHaveText('59/60');
  await expect(panel.getByRole('meter', { name: 'SEO headline length' })).toHaveClass(/near/);
  await expect(panel.getByRole('meter', { name: 'Web headline length' })).toHaveText('0/70');
  await waitForSaved(page);
  expect(byHeadline(await articlesOnDisk(), MINISTER).headlines).toEqual({
    print: 'Finance minister rejects claims of budget leak',
    seo: 'Minister rejects budget leak claims in parliament statement',
  });
  await detailsPanel(page).locator('.variants').screenshot({ path: 'test-results/screenshots/metadata-headlines.png' });
});
