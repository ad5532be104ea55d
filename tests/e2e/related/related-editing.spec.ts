/**
 * Editing an article's related stories: adding stored stories by headline and
 * web pages by address, changing relations, reordering and removing from the
 * keyboard, and following links to the stories they name.
 */
import { expect, test } from '../harness/desk-test';
import {
  addBox,
  byHeadline,
  FLOOD,
  HARBOR,
  linkedFrom,
  MINISTER,
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
  await relatedLink(page, MINISTER)
    .getByRole('combobox', { name: `Relation of “${MINISTER}”` })
    .selectOption('background');
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

test('a web link opens in the browser only after the address is shown and agreed to', async ({ page, shell }) => {
  await openArticle(page, FLOOD);
  await addBox(page).fill(LEVEES_URL);
  await page.keyboard.press('Enter');
  await page.keyboard.type(LEVEES);
  await page.keyboard.press('Enter');
  await waitForSaved(page);

  await relatedLink(page, LEVEES).getByTestId('related-headline').click();
  const question = page.getByRole('dialog', { name: 'Open this page in your browser?' });
  await expect(question).toContainText(LEVEES_URL);
  await question.getByRole('button', { name: 'Cancel' }).click();
  expect(shell.opened).toEqual([]);

  await relatedLink(page, LEVEES).focus();
  await page.keyboard.press('Enter');
  await question.getByRole('button', { name: 'Open in browser' }).click();
  await expect.poll(() => shell.opened).toEqual([LEVEES_URL]);
});

test('a headline not on the desk yet is added by hand as unresolved, and the add box forgets it on the next story', async ({
  page,
  articlesOnDisk,
}) => {
  await openArticle(page, FLOOD);
  await addBox(page).click();
  await page.keyboard.type('Dam inspectors to report in June');
  const keep = page.getByRole('option', { name: /Add “Dam inspectors to report in June” as a headline/ });
  await expect(keep).toBeVisible();
  await keep.click();
  await expect(relatedLink(page, 'Dam inspectors to report in June')).toContainText('Unresolved');
  await waitForSaved(page);
  const stored = byHeadline(await articlesOnDisk(), FLOOD).related.find((link) => link.headline === 'Dam inspectors to report in June');
  expect(stored).toMatchObject({ articleId: null, url: null });

  await addBox(page).fill('half-typed');
  await openArticle(page, HARBOR);
  await expect(addBox(page)).toHaveValue('');
});

test('Resolve… starts with the old headline selected, so typing replaces it', async ({ page }) => {
  await openArticle(page, FLOOD);
  await relatedLink(page, LENNA).getByRole('button', { name: 'Resolve…' }).click();
  const picker = page.getByRole('combobox', { name: `Resolve “${LENNA}”` });
  await expect(picker).toBeFocused();
  await page.keyboard.type('harb');
  await expect(picker).toHaveValue('harb');
});
