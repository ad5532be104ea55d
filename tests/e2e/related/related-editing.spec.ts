/**
 * Editing an article's related stories: adding stored stories by headline and
 * web pages by address, changing relations, reordering and removing from the
 * keyboard, and following links to the stories they name.
 */
import { expect, test } from '../harness/desk-test';
import {
  FLOOD,
  HARBOR,
  MINISTER,
  addBox,
  byHeadline,
  linkedFrom,
  openArticle,
  relatedHeadlines,
  relatedLink,
  waitForSaved,
} from '../harness/related-actions';

const LENNA = 'Lenna river bursts banks after record rain';
const ARMY = 'Army engineers reinforce levees near Korvin';
const LEVEES = 'Levee repairs fall behind schedule';
const LEVEES_URL = 'https://www.example.com/news/levees?from=desk';

test('links added by headline and by address are reordered and removed from the keyboard, and keep their order after a reload', async ({
  page,
  reopen,
  articlesOnDisk,
}) => {
  await openArticle(page, FLOOD);
  await expect(relatedHeadlines(page)).toHaveText([LENNA, ARMY]);

  await addBox(page).click();
  await page.keyboard.type('budg lea');
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: MINISTER })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(relatedHeadlines(page)).toHaveText([LENNA, ARMY, MINISTER]);
  await expect(addBox(page)).toBeFocused();
  await expect(addBox(page)).toHaveValue('');

  await page.keyboard.type(LEVEES_URL);
  await expect(page.getByRole('option', { name: 'Add link to example.com' })).toBeVisible();
  await page.keyboard.press('Enter');
  const headlineForAddress = page.getByRole('textbox', { name: 'Headline for the link to example.com' });
  await expect(headlineForAddress).toBeFocused();
  await page.keyboard.type(LEVEES);
  await page.keyboard.press('Enter');
  await expect(relatedHeadlines(page)).toHaveText([LENNA, ARMY, MINISTER, LEVEES]);
  await expect(relatedLink(page, LEVEES)).toContainText('example.com');
  await expect(relatedLink(page, LEVEES)).toContainText(LEVEES_URL);

  const levees = relatedLink(page, LEVEES);
  await levees.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(relatedHeadlines(page)).toHaveText([LENNA, LEVEES, ARMY, MINISTER]);
  await expect(relatedLink(page, LEVEES)).toBeFocused();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(FLOOD); // Alt+arrows moved the link, not the desk

  await relatedLink(page, LENNA).focus();
  await page.keyboard.press('Delete');
  await expect(relatedHeadlines(page)).toHaveText([LEVEES, ARMY, MINISTER]);
  await expect(relatedLink(page, LEVEES)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(relatedHeadlines(page)).toHaveText([ARMY, LEVEES, MINISTER]);
  await relatedLink(page, MINISTER).getByRole('combobox', { name: `Relation of “${MINISTER}”` }).selectOption('background');
  await waitForSaved(page);

  await reopen();
  await openArticle(page, FLOOD);
  await expect(relatedHeadlines(page)).toHaveText([ARMY, LEVEES, MINISTER]);
  await expect(relatedLink(page, MINISTER).getByRole('combobox')).toHaveValue('background');

  const flood = byHeadline(await articlesOnDisk(), FLOOD);
  const minister = byHeadline(await articlesOnDisk(), MINISTER);
  expect(flood.related).toEqual([
    { headline: ARMY, articleId: null, url: null, relation: 'see-also' },
    { headline: LEVEES, articleId: null, url: LEVEES_URL, relation: 'see-also' },
    { headline: MINISTER, articleId: minister.id, url: null, relation: 'background' },
  ]);
});

test('Escape closes the suggestions and a second Escape empties the add box', async ({ page }) => {
  await openArticle(page, FLOOD);
  await addBox(page).fill('harbor');
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option', { name: HARBOR })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(suggestions).toBeHidden();
  await expect(addBox(page)).toHaveValue('harbor');
  await page.keyboard.press('Escape');
  await expect(addBox(page)).toHaveValue('');
  await expect(relatedHeadlines(page)).toHaveText([LENNA, ARMY]);
});

test('following a link opens the story it names, whose Linked from list leads back', async ({ page }) => {
  await openArticle(page, HARBOR);
  await addBox(page).fill('flood warn');
  await page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: FLOOD }).click();
  await waitForSaved(page);

  await relatedLink(page, FLOOD).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(FLOOD);
  await expect(linkedFrom(page)).toHaveText([HARBOR]);

  await linkedFrom(page).getByText(HARBOR).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(HARBOR);
  await relatedLink(page, FLOOD).getByRole('button', { name: FLOOD, exact: true }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(FLOOD);
});
