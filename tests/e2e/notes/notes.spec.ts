/**
 * Editorial notes, as an editor uses them: select words, add a note by the
 * keyboard, reply, resolve and reopen; the notes are on disk with the article,
 * counted in the article list and found by the desk search.
 */
import type { Page } from '@playwright/test';

import { doc, note, p } from '../../support/document-builders';
import { expect, test, TEST_EDITOR } from '../harness/desk-test';
import { body, CHINA, expectSaved, openArticle, readArticle } from '../harness/revising-actions';
import { selectWithKeyboard } from '../harness/speakers-actions';

const notesPanel = (page: Page) => page.locator('nd-notes-panel');

test('a note is added by shortcut, replied to and resolved, on screen and on disk, and counted in the list', async ({ page, dataDir }) => {
  const id = await openArticle(page, CHINA);
  await selectWithKeyboard(page, 'Mandiant on Monday', 'a secret Chinese military unit');
  await page.keyboard.press('Control+Alt+M');

  const draft = notesPanel(page).getByRole('textbox', { name: 'New note' });
  await expect(draft).toBeFocused();
  await expect(notesPanel(page).locator('.draft')).toContainText('On “a secret Chinese military unit”');
  await page.keyboard.type('Who else reports the unit? Second source please.');
  await page.keyboard.press('Enter');

  const note = notesPanel(page).getByRole('listitem', { name: /^Note by / });
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('“a secret Chinese military unit”');
  await expect(note).toContainText('Second source please.');
  await expect(body(page).locator('.note-anchor')).toHaveText('a secret Chinese military unit');
  await expectSaved(page);

  let stored = await readArticle(dataDir, id);
  expect(stored.notes).toHaveLength(1);
  const noteId = stored.notes![0].id;
  expect(stored.notes![0]).toMatchObject({
    resolved: false,
    messages: [{ author: TEST_EDITOR, text: 'Who else reports the unit? Second source please.' }],
  });
  await expect(note.locator('.author')).toHaveText(TEST_EDITOR);
  expect(JSON.stringify(stored.body)).toContain(`"type":"note","attrs":{"id":"${noteId}"}`);
  const row = page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: CHINA });
  await expect(row).toContainText('1 open note');

  // Reply by keyboard.
  await note.getByRole('button', { name: 'Reply' }).click();
  await expect(note.getByRole('textbox', { name: 'Reply' })).toBeFocused();
  await page.keyboard.type('Mandiant is the only source so far.');
  await page.keyboard.press('Enter');
  await expect(note.locator('.message')).toHaveCount(2);
  await expect(note.locator('.message').nth(1)).toContainText('Mandiant is the only source so far.');
  await page.locator('nd-notes-panel').screenshot({ path: test.info().outputPath('notes-panel.png') });
  await page.screenshot({ path: test.info().outputPath('notes-page.png') });
  await expectSaved(page);
  stored = await readArticle(dataDir, id);
  expect(stored.notes![0].messages.map((message) => message.text)).toEqual([
    'Who else reports the unit? Second source please.',
    'Mandiant is the only source so far.',
  ]);

  // Resolve: the count leaves the list, the words lose their highlight, the file says resolved.
  await note.getByRole('button', { name: 'Resolve' }).click();
  await expect(note).toContainText('Resolved');
  await expectSaved(page);
  stored = await readArticle(dataDir, id);
  expect(stored.notes![0].resolved).toBe(true);
  await expect(row).not.toContainText('open note');
  await expect(body(page).locator('.note-anchor')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

  // Reopen brings it back.
  await note.getByRole('button', { name: 'Reopen' }).click();
  await expect(row).toContainText('1 open note');
  await expectSaved(page);
  expect((await readArticle(dataDir, id)).notes![0].resolved).toBe(false);
});

test('clicking a note selects its words; deleting them keeps the note as orphaned; the desk search finds note text', async ({
  page,
  dataDir,
}) => {
  const id = await openArticle(page, CHINA);
  await body(page).click();
  await page.getByRole('button', { name: 'Note', exact: true }).click();
  await expect(notesPanel(page).getByRole('status')).toHaveText('Select the words the note is about in the story, then press Note.');
  await selectWithKeyboard(page, 'Mandiant on Monday', 'Mandiant');
  await page.getByRole('button', { name: 'Note', exact: true }).click();
  await page.keyboard.type('Spell out what Mandiant is on first mention.');
  await page.keyboard.press('Enter');
  const note = notesPanel(page).getByRole('listitem', { name: /^Note by / });
  await expect(note).toHaveCount(1);

  await note.getByRole('button', { name: /Mandiant/ }).click();
  await expect(body(page)).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(body(page).locator('.note-anchor')).toHaveCount(0);
  await expect(
    notesPanel(page)
      .getByRole('list', { name: 'Orphaned — their words were deleted' })
      .getByRole('listitem', { name: /^Note by / }),
  ).toContainText('Spell out what Mandiant is');
  await expectSaved(page);
  expect((await readArticle(dataDir, id)).notes).toHaveLength(1);

  const search = page.getByRole('searchbox', { name: /Search/ });
  await search.fill('first mention spell');
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { name: CHINA })).toBeVisible();
});

test('the keyboard moves between notes: ↓ and ↑ in the panel, Ctrl+Alt+N and Ctrl+Alt+Shift+N in the text', async ({ page, desk }) => {
  const [row] = await desk.services.articles.list({ query: 'China refutes cyberattack' });
  const at = '2026-11-29T10:00:00.000Z';
  const thread = (id: string, text: string) => ({ id, resolved: false, messages: [{ author: 'Ines Duarte', at, text }] });
  await desk.services.articles.update(row.id, {
    body: doc(
      p('China ', note('note-first', 'on Wednesday'), ' refuted allegations.'),
      p(note('note-second', 'Foreign Ministry'), ' spoke.'),
    ),
    notes: [thread('note-second', 'Full name?'), thread('note-first', 'Which Wednesday?')],
  });
  await openArticle(page, CHINA);
  const cards = notesPanel(page).getByRole('listitem', { name: /^Note by / });
  // In document order, whatever order they were stored in.
  await expect(cards.nth(0)).toContainText('Which Wednesday?');
  await expect(cards.nth(1)).toContainText('Full name?');

  await cards
    .nth(0)
    .getByRole('button', { name: /on Wednesday/ })
    .focus();
  await page.keyboard.press('ArrowDown');
  await expect(cards.nth(1).getByRole('button', { name: /Foreign Ministry/ })).toBeFocused();
  await expect(cards.nth(1)).toHaveClass(/active/);
  await page.keyboard.press('ArrowUp');
  await expect(cards.nth(0).getByRole('button', { name: /on Wednesday/ })).toBeFocused();

  await body(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Alt+N');
  await expect.poll(() => selectedText(page)).toBe('on Wednesday');
  await page.keyboard.press('Control+Alt+N');
  await expect.poll(() => selectedText(page)).toBe('Foreign Ministry');
  await page.keyboard.press('Control+Alt+Shift+N');
  await expect.poll(() => selectedText(page)).toBe('on Wednesday');
});

/** The text the body's selection covers. */
function selectedText(page: Page): Promise<string> {
  return page.locator('nd-editor').evaluate((element) => {
    const selection =
      (element.shadowRoot as unknown as { getSelection?: () => Selection | null }).getSelection?.() ?? document.getSelection();
    return selection?.toString() ?? '';
  });
}
