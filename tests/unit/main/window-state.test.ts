import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { isDevelopment } from '../../../src/main/run-mode';
import {
  placeWindow,
  readWindowState,
  rememberWindowState,
  WINDOW_STATE_SAVE_DELAY_MS,
  type WindowState,
} from '../../../src/main/window-state';
import { FakeBrowserWindow } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

const LAPTOP = { workArea: { x: 0, y: 0, width: 1440, height: 900 } };
const MONITOR = { workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };

function saved(bounds: WindowState['bounds'], maximized = false): WindowState {
  return { bounds, maximized };
}

describe('placing the window', () => {
  it('opens at the saved place when it lies on a display', () => {
    expect(placeWindow(saved({ x: 1600, y: 100, width: 1400, height: 900 }, true), [LAPTOP, MONITOR])).toEqual({
      x: 1600,
      y: 100,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('opens at the default size, centred, when the saved place is on no display any more', () => {
    expect(placeWindow(saved({ x: 1600, y: 100, width: 1400, height: 900 }), [LAPTOP])).toEqual({
      width: 1280,
      height: 820,
      maximized: false,
    });
  });

  it('shrinks and moves a window that no longer fits its display, never below the minimum size', () => {
    expect(placeWindow(saved({ x: 400, y: 300, width: 2400, height: 1300 }), [LAPTOP])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 900,
      maximized: false,
    });
  });

  it('opens at the default size when nothing was saved', () => {
    expect(placeWindow(null, [LAPTOP])).toEqual({ width: 1280, height: 820, maximized: false });
  });
});

describe('the saved window state', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'newsdesk-window-state-'));
  });
  afterEach(async () => {
    vi.useRealTimers();
    await rm(folder, { recursive: true, force: true });
  });

  it('is read as nothing when the file is missing, not JSON or the wrong shape', async () => {
    const path = join(folder, 'window-state.json');
    expect(await readWindowState(path)).toBeNull();
    await writeFile(path, '{"bounds": ');
    expect(await readWindowState(path)).toBeNull();
    await writeFile(path, JSON.stringify({ bounds: { x: 'left' }, maximized: false }));
    expect(await readWindowState(path)).toBeNull();
  });

  it('is written once the window has stayed still, with its normal bounds and the open article', async () => {
    vi.useFakeTimers();
    const path = join(folder, 'window-state.json');
    const window = new FakeBrowserWindow({ x: 10, y: 20, width: 1000, height: 700 });
    rememberWindowState(window, path, {
      openArticle: () => ({ dataDir: '/desk', articleId: 'abc123' }),
      onError: (error) => expect.fail(String(error)),
    });
    window.moveTo({ x: 30, y: 40, width: 1000, height: 700 });
    window.moveTo({ x: 50, y: 60, width: 1000, height: 700 });
    await vi.advanceTimersByTimeAsync(WINDOW_STATE_SAVE_DELAY_MS - 1);
    expect(await readWindowState(path)).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    vi.useRealTimers();
    await vi.waitFor(async () => expect(await readWindowState(path)).not.toBeNull());
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      bounds: { x: 50, y: 60, width: 1000, height: 700 },
      maximized: false,
      openArticle: { dataDir: '/desk', articleId: 'abc123' },
    });
  });
});

describe('development tools', () => {
  it('are off in a packaged app whatever the environment says', () => {
    expect(isDevelopment({ isPackaged: true, env: { NEWSDESK_DEVELOPMENT: '1', ELECTRON_RENDERER_URL: 'http://localhost:5173' } })).toBe(
      false,
    );
  });

  it('are on in an unpackaged app only under the dev server or when NEWSDESK_DEVELOPMENT=1 asks', () => {
    expect(isDevelopment({ isPackaged: false, env: {} })).toBe(false);
    expect(isDevelopment({ isPackaged: false, env: { NEWSDESK_DEVELOPMENT: '1' } })).toBe(true);
    expect(isDevelopment({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } })).toBe(true);
  });
});
