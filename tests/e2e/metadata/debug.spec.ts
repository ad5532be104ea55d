import { expect, test } from '../harness/desk-test';
import { byHeadline, HARBOR } from '../harness/related-actions';
import { openDetails, waitForSaved } from './metadata-actions';

test('debug slugline', async ({ page, articlesOnDisk }) => {
  const panel = await openDetails(page, HARBOR);
  const disk = async (label: string) => {
    await waitForSaved(page);
    await page.waitForTimeout(300);
    console.log(label, byHeadline(await articlesOnDisk(), HARBOR).slugline);
  };
  await panel.getByRole('button', { name: 'Suggest a slugline from the headline' }).click();
  await expect(panel.getByRole('textbox', { name: 'Slugline' })).toHaveValue('HARBOR-AUTHORITY-DEFENDS');
  await disk('after suggest');
  await panel.getByRole('textbox', { name: 'Slugline' }).fill('DREDGING');
  await panel.getByRole('textbox', { name: 'Slugline' }).press('Enter');
  await disk('after D');
  await panel.getByRole('combobox', { name: 'Urgency' }).selectOption('3');
  await disk('after urgency');
});
