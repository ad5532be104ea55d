/**
 * Putting files into the page as a person would: dropped on the story's body
 * or pasted into it, through a real DataTransfer holding real File objects
 * (made in the page from bytes the test generated).
 */
import type { Locator, Page } from '@playwright/test';

export interface TestFile {
  name: string;
  type: string;
  bytes: Buffer;
}

/** The story's body editor. */
export const body = (page: Page): Locator => page.getByRole('textbox', { name: 'Body' });

/** Drops `files` on the body's first paragraph, at its end. */
export async function dropFiles(page: Page, files: TestFile[]): Promise<void> {
  const target = body(page).locator('p').first();
  const box = await target.boundingBox();
  if (!box) throw new Error('The body has no paragraph to drop on.');
  const payload = files.map((file) => ({ name: file.name, type: file.type, data: file.bytes.toString('base64') }));
  await target.evaluate(
    (element, { payload, x, y }) => {
      const transfer = new DataTransfer();
      for (const file of payload) {
        const bytes = Uint8Array.from(atob(file.data), (char) => char.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: file.type }));
      }
      const init = { dataTransfer: transfer, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true };
      element.dispatchEvent(new DragEvent('dragenter', init));
      element.dispatchEvent(new DragEvent('dragover', init));
      element.dispatchEvent(new DragEvent('drop', init));
    },
    { payload, x: box.x + box.width - 2, y: box.y + box.height / 2 },
  );
}

/** Pastes `files` into the body at the cursor, as a paste from the system clipboard delivers them. */
export async function pasteFiles(page: Page, files: TestFile[]): Promise<void> {
  const payload = files.map((file) => ({ name: file.name, type: file.type, data: file.bytes.toString('base64') }));
  await body(page).evaluate((element, payload) => {
    const transfer = new DataTransfer();
    for (const file of payload) {
      const bytes = Uint8Array.from(atob(file.data), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: file.type }));
    }
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true, composed: true }));
  }, payload);
}
