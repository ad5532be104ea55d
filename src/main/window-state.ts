/**
 * The desk window's place on screen, remembered between starts.
 *
 * Saved as JSON (written durably: temp file, fsync, rename) in the app's
 * userData folder whenever the window stops moving or resizing and when it
 * closes. Restored only onto a display that still exists: bounds that no
 * longer overlap any display's work area (a monitor unplugged, a smaller
 * screen) fall back to the default size, centred on the primary display.
 */
import { readFile } from 'node:fs/promises';

import * as v from 'valibot';

import { writeFileDurably } from './store/atomic-json-file';

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MINIMUM_WINDOW_SIZE = { width: 900, height: 600 } as const;

/** How much of the window must lie on a display for it to count as visible there (title bar reachable). */
const VISIBLE_MARGIN = 64;

const BoundsSchema = v.object({
  x: v.pipe(v.number(), v.integer()),
  y: v.pipe(v.number(), v.integer()),
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type Bounds = v.InferOutput<typeof BoundsSchema>;

export const WindowStateSchema = v.object({
  /** The window's normal (not maximized) bounds. */
  bounds: BoundsSchema,
  maximized: v.boolean(),
  /** The article open when the state was saved, and in which data folder (another folder has other ids). */
  openArticle: v.optional(v.nullable(v.object({ dataDir: v.string(), articleId: v.string() }))),
});
export type WindowState = v.InferOutput<typeof WindowStateSchema>;

/** What the window is given at creation: a position only when the saved one is on a display. */
export interface WindowPlacement {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

/** A display's usable area, as `screen.getAllDisplays()[n].workArea` gives it. */
export interface DisplayArea {
  workArea: Bounds;
}

/** Reads the saved state; null when there is none or it is unreadable (the window then opens at its default). */
export async function readWindowState(path: string): Promise<WindowState | null> {
  try {
    const parsed = v.safeParse(WindowStateSchema, JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

export async function writeWindowState(path: string, state: WindowState): Promise<void> {
  await writeFileDurably(path, `${JSON.stringify(state, null, 2)}\n`);
}

function overlap(bounds: Bounds, area: Bounds): { width: number; height: number } {
  return {
    width: Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x),
    height: Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y),
  };
}

/**
 * Where to open the window: the saved bounds when enough of them lie on one
 * of `displays` (shrunk to fit that display if it has become smaller), else
 * the default size with no position (Electron centres it).
 */
export function placeWindow(saved: WindowState | null, displays: readonly DisplayArea[]): WindowPlacement {
  if (!saved) return { ...DEFAULT_WINDOW_SIZE, maximized: false };
  const { bounds } = saved;
  const display = displays.find(({ workArea }) => {
    const shared = overlap(bounds, workArea);
    return (
      shared.width >= Math.min(VISIBLE_MARGIN, bounds.width) &&
      shared.height >= Math.min(VISIBLE_MARGIN, bounds.height) &&
      bounds.y >= workArea.y
    );
  });
  if (!display) return { ...DEFAULT_WINDOW_SIZE, maximized: saved.maximized };
  const area = display.workArea;
  const width = Math.max(MINIMUM_WINDOW_SIZE.width, Math.min(bounds.width, area.width));
  const height = Math.max(MINIMUM_WINDOW_SIZE.height, Math.min(bounds.height, area.height));
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - Math.min(width, area.width));
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - Math.min(height, area.height));
  return { width, height, x, y, maximized: saved.maximized };
}

/** The parts of a BrowserWindow the tracker reads (a fake in tests). */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Bounds;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

/** How long the window must stay still before its place is written. */
export const WINDOW_STATE_SAVE_DELAY_MS = 500;

/**
 * Writes `window`'s state to `path` once it has stopped moving or resizing,
 * and at once when it is maximized, restored or closed. Writes run one after
 * another; a failed write is reported to `onError` and never stops the app.
 * `openArticle` is read at each write. Returns a function that writes the
 * current state now (when the open article changes).
 */
export function rememberWindowState(
  window: TrackedWindow,
  path: string,
  options: { openArticle: () => WindowState['openArticle']; onError: (error: unknown) => void },
): () => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let last: WindowState | undefined;

  const saveNow = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (!window.isDestroyed()) last = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    if (!last) return writing;
    const state: WindowState = { ...last, openArticle: options.openArticle() ?? null };
    writing = writing.then(() => writeWindowState(path, state)).catch(options.onError);
    return writing;
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), WINDOW_STATE_SAVE_DELAY_MS);
  };

  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', () => void saveNow());
  window.on('unmaximize', () => void saveNow());
  window.on('close', () => void saveNow());
  return saveNow;
}
