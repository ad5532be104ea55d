/**
 * Electron's security checklist, on the real app: what the fake Electron of the
 * unit tests can only take on trust. Skipped, with the reason printed, where the
 * Electron binary is absent (launch-desk.ts).
 */
import { join } from 'node:path';

import { type DeskPage, electronInstalled, expect, REPOSITORY_ROOT, SKIP_REASON, test } from './launch-desk';

test.skip(!electronInstalled, SKIP_REASON);

test.describe('the desk window', () => {
  test('refuses to navigate away from its page', async ({ launchDesk }) => {
    const { app, page } = await launchDesk();
    const prevented = app.evaluate(
      ({ BrowserWindow }) =>
        new Promise<boolean>((resolve) => {
          // Registered after the app's guard, so by the next turn the guard has decided.
          BrowserWindow.getAllWindows()[0].webContents.once('will-navigate', (event) =>
            setImmediate(() => resolve(event.defaultPrevented)),
          );
        }),
    );
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    expect(await prevented).toBe(true);
    expect(page.url()).toMatch(/^file:.*\/out\/renderer\/index\.html/);
    expect(await page.evaluate(() => typeof (window as unknown as DeskPage).desk.listArticles)).toBe('function');
  });

  test('opens no window for window.open, whatever the address', async ({ launchDesk }) => {
    const { app, page } = await launchDesk();
    expect(
      await page.evaluate(() => [window.open('https://example.com/'), window.open(location.href)].every((opened) => opened === null)),
    ).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('is refused every permission it asks for', async ({ launchDesk }) => {
    const { page } = await launchDesk();
    const answers = await page.evaluate(async () => ({
      notifications: await Notification.requestPermission(),
      geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
      microphone: await navigator.mediaDevices.getUserMedia({ audio: true }).then(
        () => 'granted',
        (error: Error) => error.name,
      ),
    }));
    expect(answers).toEqual({ notifications: 'denied', geolocation: 'denied', microphone: 'NotAllowedError' });
  });

  test('answers the desk only to its own page: another page with the same preload is refused', async ({ launchDesk }) => {
    const { app } = await launchDesk();
    const otherWindow = app.waitForEvent('window');
    await app.evaluate(
      ({ BrowserWindow }, preload) => {
        const window = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } });
        void window.loadURL('data:text/html,<title>Not the desk</title>');
      },
      join(REPOSITORY_ROOT, 'out', 'preload', 'index.cjs'),
    );
    const other = await otherWindow;
    await other.waitForLoadState();
    const answer = await other.evaluate(() =>
      (window as unknown as DeskPage).desk.listArticles({}).then(
        (articles) => `answered with ${articles.length} articles`,
        (error: Error) => error.message,
      ),
    );
    expect(answer).toContain('only the Newsdesk window may use the desk');
  });
});
