/**
 * Markdown and HTML coming in: files dropped on the window, and HTML or huge
 * text pasted into the body. Structure is kept; scripts and handlers never run
 * or reach the page; a paste too large to take is refused and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from '../harness/desk-test';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

/** Drops one file on the window as the OS would. */
async function dropFile(page: Page, name: string, contents: string, type: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, contents, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], name, { type }));
      return transfer;
    },
    { name, contents, type },
  );
  await page.locator('nd-app').dispatchEvent('dragenter', { dataTransfer });
  await page.locator('nd-app').dispatchEvent('drop', { dataTransfer });
}

/** Pastes into the body as the clipboard would: a paste event whose DataTransfer holds these types. */
async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.getByRole('textbox', { name: 'Body' }).evaluate((element, data) => {
    const clipboardData = new DataTransfer();
    for (const [type, value] of Object.entries(data)) clipboardData.setData(type, value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
  }, data);
}

const MARKDOWN = `# Council approves river crossing

**KORVIN** - The council voted 7 to 2 on Tuesday to build the crossing.

## What happens next

- Surveys start in May
- Tenders close in *September*

> "This is the day the valley has waited for," the mayor said.
`;

const HOSTILE_HTML = `<!doctype html><html><head><title>Port strike ends</title><script>window.__pwned = true</script></head>
<body><h1>Port strike ends after nine days</h1>
<p>HARBOR - Dock workers <strong>returned</strong> on Monday.<img src=x onerror="window.__pwned = true"></p>
<h2>The deal</h2><ul><li>Pay rises 4%</li><li>Night shifts capped</li></ul>
<p><a href="javascript:window.__pwned = true" onclick="window.__pwned = true">Read the deal</a></p></body></html>`;

test('a dropped Markdown file becomes an article with its headings, list, quote and bold kept', async ({ page, articlesOnDisk }) => {
  const before = (await articlesOnDisk()).length;
  await dropFile(page, 'river-crossing.md', MARKDOWN, 'text/markdown');

  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Council approves river crossing');
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('h2')).toHaveText('What happens next');
  await expect(body.locator('ul > li')).toHaveText(['Surveys start in May', 'Tenders close in September']);
  await expect(body.locator('ul em')).toHaveText('September');
  await expect(body.locator('blockquote')).toContainText('the day the valley has waited for');
  expect((await articlesOnDisk()).length).toBe(before + 1);
});

test('a dropped HTML file is imported with its structure and none of its scripts or handlers', async ({ page, articlesOnDisk }) => {
  const before = (await articlesOnDisk()).length;
  await dropFile(page, 'port-strike.html', HOSTILE_HTML, 'text/html');

  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Port strike ends after nine days');
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('strong')).toHaveText('returned');
  await expect(body.locator('h2')).toHaveText('The deal');
  await expect(body.locator('li')).toHaveCount(2);
  await expect(body.locator('script, img, [onclick], [onerror]')).toHaveCount(0);
  await expect(body.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect((await articlesOnDisk()).length).toBe(before + 1);
});

test('a Markdown file chosen with Import… is imported like a dropped one', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles({ name: 'river-crossing.md', mimeType: 'text/markdown', buffer: Buffer.from(MARKDOWN) });
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Council approves river crossing');
});

test('hostile HTML pasted into the body keeps its text and loses its scripts and handlers', async ({ page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Body' }).click();
  await paste(page, {
    'text/plain': 'Dock workers returned. Read the deal',
    'text/html':
      '<p style="color:red" class="x" onclick="window.__pwned = true">Dock workers <b>returned</b>.<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true"></p>' +
      '<iframe src="https://evil.example"></iframe><p><a href="javascript:window.__pwned = true">Read the deal</a></p>',
  });

  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body).toContainText('Dock workers returned.');
  await expect(body).toContainText('Read the deal');
  await expect(body.locator('strong')).toHaveText('returned');
  await expect(body.locator('script, img, iframe, [onclick], [onerror], [style], a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator('nd-editor')).toHaveAttribute('data-save-state', 'saved');
});

test('a 5 MB paste is refused with a notice and leaves the body as it was', async ({ page }) => {
  await page.getByRole('option').first().click();
  const body = page.getByRole('textbox', { name: 'Body' });
  const before = await body.innerHTML();
  await body.click();
  await paste(page, { 'text/plain': 'x'.repeat(5 * 1024 * 1024) });

  await expect(page.getByRole('status').filter({ hasText: 'That paste is 5.2 MB — too large to paste at once.' })).toContainText(
    'Import it as a file instead (Import…), or paste it in parts.',
  );
  expect(await body.innerHTML()).toBe(before);
  await expect(page.locator('nd-editor')).not.toHaveAttribute('data-save-state', 'pending');
});

test('a 200 KB paste still goes into the body', async ({ page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Body' }).click();
  const text = 'The tide came in over the quay. '.repeat(6_400); // ≈ 200 KB
  await paste(page, { 'text/plain': text });
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('The tide came in over the quay.');
  expect((await page.getByRole('textbox', { name: 'Body' }).textContent())?.length).toBeGreaterThan(200_000);
  await expect(page.locator('nd-editor')).toHaveAttribute('data-save-state', 'saved');
});

test('a NITF file from a wire imports with its headline, byline and dateline; dropping it again warns of a duplicate', async ({
  page,
  articlesOnDisk,
}) => {
  const xml = readFileSync(resolve('tests/fixtures/wire/levee-repairs.xml'), 'utf8');
  const drop = async () => {
    const dataTransfer = await page.evaluateHandle((contents) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], 'levee-repairs.xml', { type: 'application/xml' }));
      return transfer;
    }, xml);
    await page.locator('nd-app').dispatchEvent('dragenter', { dataTransfer });
    await page.locator('nd-app').dispatchEvent('drop', { dataTransfer });
  };
  await drop();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Levee repairs fall behind schedule');
  await expect(page.getByLabel('Byline', { exact: true })).toHaveValue('By Ana Ruiz, Korvin Courier');
  await expect(page.getByLabel('Dateline', { exact: true })).toHaveValue('KORVIN, Nov 28');

  await drop();
  await expect(page.getByRole('status').filter({ hasText: 'The desk already has this story' })).toBeVisible();
  const copies = (await articlesOnDisk()).filter((article) => article.headline === 'Levee repairs fall behind schedule');
  expect(copies).toHaveLength(2);
});
