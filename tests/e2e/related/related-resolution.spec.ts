/**
 * Related stories that name each other find each other: importing a briefing
 * links its related headlines to stored articles and the stored articles'
 * unresolved links to it; trashing unlinks, restoring relinks; the rest are
 * resolved by hand with the picker or by creating a draft.
 */
import { expect, test } from '../harness/desk-test';
import {
  articleRow,
  byHeadline,
  CHINA,
  CHINA_OPPOSES,
  dropBriefing,
  HARBOR,
  linkedFrom,
  MINISTER,
  openArticle,
  PORTVALE,
  relatedHeadlines,
  relatedLink,
  waitForSaved,
} from '../harness/related-actions';

test('dropped briefings and the stored stories they name link to each other both ways, on screen and on disk', async ({
  page,
  articlesOnDisk,
}) => {
  await dropBriefing(page, 'china-opposes-hacking-allegations.txt');

  await expect(relatedHeadlines(page)).toHaveText([CHINA, 'Chinese experts slam US hacking accusations']);
  await expect(relatedLink(page, CHINA).getByRole('button', { name: CHINA, exact: true })).toBeVisible();
  await expect(relatedLink(page, 'Chinese experts slam US hacking accusations')).toContainText('Unresolved');
  await expect(linkedFrom(page)).toHaveText([CHINA]);

  await dropBriefing(page, 'portvale-container-traffic-hits-record.txt');
  await expect(relatedHeadlines(page)).toHaveText([HARBOR]);
  await expect(linkedFrom(page)).toHaveText([HARBOR]);

  const stored = await articlesOnDisk();
  const [china, opposes, harbor, portvale] = [CHINA, CHINA_OPPOSES, HARBOR, PORTVALE].map((headline) => byHeadline(stored, headline));
  expect(china.related[0]).toMatchObject({ headline: CHINA_OPPOSES, articleId: opposes.id });
  expect(opposes.related[0]).toMatchObject({ headline: CHINA, articleId: china.id });
  expect(opposes.related[1]).toMatchObject({ articleId: null, url: null });
  expect(harbor.related[0]).toMatchObject({ headline: PORTVALE, articleId: portvale.id });
  expect(portvale.related[0]).toMatchObject({ headline: HARBOR, articleId: harbor.id });

  await openArticle(page, CHINA);
  await expect(relatedHeadlines(page).first()).toHaveText(CHINA_OPPOSES);
  await expect(linkedFrom(page)).toHaveText([CHINA_OPPOSES]);
  await relatedLink(page, CHINA_OPPOSES).getByRole('button', { name: CHINA_OPPOSES, exact: true }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(CHINA_OPPOSES);
  await expect(articleRow(page, CHINA_OPPOSES)).toHaveAttribute('aria-selected', 'true');
});

test('trashing a linked story leaves an unresolved link with its last headline, and restoring it links it again', async ({
  page,
  articlesOnDisk,
}) => {
  const renamed = 'China opposes hacking allegations again';
  await dropBriefing(page, 'china-opposes-hacking-allegations.txt');
  await page.getByLabel('Headline', { exact: true }).fill(renamed);
  await waitForSaved(page);
  const opposesId = byHeadline(await articlesOnDisk(), renamed).id;

  await openArticle(page, CHINA);
  await expect(relatedHeadlines(page).first()).toHaveText(renamed);

  await articleRow(page, renamed).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status').filter({ hasText: `Moved “${renamed}” to trash` })).toBeVisible();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(CHINA);
  const unlinked = relatedLink(page, renamed);
  await expect(unlinked).toContainText('Unresolved');
  await expect(unlinked.getByRole('button', { name: 'Resolve' })).toBeVisible();
  expect(byHeadline(await articlesOnDisk(), CHINA).related[0]).toMatchObject({ headline: renamed, articleId: null, url: null });

  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await page
    .getByRole('list', { name: 'Trash' })
    .getByRole('button', { name: `Restore “${renamed}”` })
    .click();
  await expect(page.getByRole('status').filter({ hasText: `Restored “${renamed}”` })).toBeVisible();
  // Back from the Trash view, the open story's link points at the restored story again.
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await expect(relatedLink(page, renamed).getByRole('button', { name: renamed, exact: true })).toBeVisible();
  await expect(relatedLink(page, renamed)).not.toContainText('Unresolved');
  expect(byHeadline(await articlesOnDisk(), CHINA).related[0]).toMatchObject({ headline: renamed, articleId: opposesId });
});

test('an unresolved link is resolved with the picker, and another becomes a new draft that links back', async ({
  page,
  articlesOnDisk,
}) => {
  const threatened = 'China threatened by overseas hackers';
  const experts = 'Chinese experts slam US hacking accusations';
  await openArticle(page, CHINA);

  const link = relatedLink(page, threatened);
  await link.getByRole('button', { name: 'Resolve' }).click();
  const picker = page.getByRole('combobox', { name: `Resolve “${threatened}”` });
  await expect(picker).toBeFocused();
  await picker.fill('budget leak');
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: MINISTER })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const resolved = relatedLink(page, MINISTER);
  await expect(resolved.getByRole('button', { name: MINISTER, exact: true })).toBeVisible();
  await expect(resolved).toBeFocused();
  await waitForSaved(page);

  await relatedLink(page, experts).getByRole('button', { name: 'Create draft' }).click();
  const drafted = relatedLink(page, experts);
  await expect(drafted.getByRole('button', { name: experts, exact: true })).toBeVisible();
  await expect(articleRow(page, experts)).toBeVisible();
  await waitForSaved(page);

  const stored = await articlesOnDisk();
  const draft = byHeadline(stored, experts);
  expect(draft.status).toBe('draft');
  expect(byHeadline(stored, CHINA).related.map((related) => [related.headline, related.articleId])).toEqual([
    ['China opposes hacking allegations', null],
    [experts, draft.id],
    [MINISTER, byHeadline(stored, MINISTER).id],
  ]);

  await drafted.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(experts);
  await expect(linkedFrom(page)).toHaveText([CHINA]);
});
