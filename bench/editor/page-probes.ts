/**
 * Measuring tools that run inside the benchmark's pages (bundled by esbuild,
 * added as an init script to the Newsdesk page and the bare page alike, so both
 * are measured by the same code). Exposed as `window.__benchProbe`.
 *
 * How a keystroke is timed: the editor is focused with the cursor placed; for
 * each key, `performance.now()` is read, a `keydown` KeyboardEvent is dispatched
 * at the editable element (keymaps and window shortcut listeners run), then
 * `document.execCommand('insertText')` inserts the letter as typing does (the
 * browser fires beforeinput/input and mutates the DOM; ProseMirror reads the
 * mutation in a MutationObserver microtask and dispatches its transaction, and
 * every `update`/`transaction` handler, Lit update and plugin view update runs
 * in the microtasks that follow). The clock stops when a MessageChannel message
 * posted right after the insertion arrives: a task, so every microtask queued
 * by the key has run by then. Layout and paint of the frame are not included.
 * Keys are spaced by a quiet gap (a person typing), so work deferred to a pause
 * runs between keys, not inside a measured one.
 */

declare global {
  interface Window {
    __benchProbe: BenchProbe;
  }
}

/** What the probe needs of a Tiptap editor (the Newsdesk page's and the bare page's are different bundles). */
export interface ProbedEditor {
  state: { doc: { childCount: number; child(index: number): { nodeSize: number } } };
  commands: { setTextSelection(position: number): boolean };
  view: { focus(): void; dom: HTMLElement };
}

export interface BenchProbe {
  /** In the Newsdesk page: the open article's body editor (nd-editor's), if any. */
  appEditor(): ProbedEditor | null;
  /** In the Newsdesk page: the article list's shadow root. */
  listRoot(): ShadowRoot | null;
  /** Puts the cursor a few letters into the middle block of the document and focuses the editor. */
  placeCursorMidway(editor: ProbedEditor): void;
  typeKeys(editable: HTMLElement, count: number, gapMs: number): Promise<number[]>;
  nextTask(): Promise<void>;
  nextFrame(): Promise<number>;
  /** Scrolls `scroller` down by `step` px each frame for `frames` frames; the frame durations in ms. */
  scrollFrames(scroller: HTMLElement, frames: number, step: number): Promise<number[]>;
  /** Starts recording main-thread stalls (gaps between back-to-back tasks); `stop` returns them. */
  watchStalls(): { stop(): { start: number; end: number }[] };
  /** Resolves once `condition` holds at a frame, with the time that frame was rendered. */
  untilDrawn(condition: () => boolean, timeoutMs?: number): Promise<number>;
}

const LETTERS = 'etaoinshrdlucmfwyp';

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/** Resolves after the next frame is rendered (a task posted from its animation-frame callback), with the time then. */
function nextFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

function frameStart(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame((time) => resolve(time)));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const probe: BenchProbe = {
  nextTask,
  nextFrame,

  appEditor() {
    const element = document.querySelector('nd-app')?.shadowRoot?.querySelector('nd-editor') as unknown as {
      editor: ProbedEditor | null;
    } | null;
    return element?.editor ?? null;
  },

  listRoot() {
    return document.querySelector('nd-app')?.shadowRoot?.querySelector('nd-article-list')?.shadowRoot ?? null;
  },

  placeCursorMidway(editor) {
    const { doc } = editor.state;
    let position = 0;
    for (let index = 0; index < Math.floor(doc.childCount / 2); index += 1) position += doc.child(index).nodeSize;
    editor.commands.setTextSelection(position + 6);
    editor.view.focus();
  },

  async typeKeys(editable, count, gapMs) {
    const samples: number[] = [];
    for (let index = 0; index < count; index += 1) {
      await sleep(gapMs);
      const key = LETTERS[index % LETTERS.length];
      const start = performance.now();
      editable.dispatchEvent(
        new KeyboardEvent('keydown', { key, code: `Key${key.toUpperCase()}`, bubbles: true, composed: true, cancelable: true }),
      );
      document.execCommand('insertText', false, key);
      await nextTask();
      samples.push(performance.now() - start);
    }
    return samples;
  },

  async scrollFrames(scroller, frames, step) {
    const durations: number[] = [];
    let previous = await frameStart();
    for (let frame = 0; frame < frames; frame += 1) {
      const bottom = scroller.scrollHeight - scroller.clientHeight;
      scroller.scrollTop = scroller.scrollTop + step > bottom ? 0 : scroller.scrollTop + step;
      const time = await frameStart();
      durations.push(time - previous);
      previous = time;
    }
    return durations;
  },

  watchStalls() {
    const stalls: { start: number; end: number }[] = [];
    let running = true;
    let last = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - last > 4) stalls.push({ start: last, end: now });
      last = now;
      if (running) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
    return {
      stop: () => {
        running = false;
        return stalls;
      },
    };
  },

  async untilDrawn(condition, timeoutMs = 60_000) {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      if (performance.now() > deadline) throw new Error('The page never showed what the benchmark waited for.');
      const checked = condition();
      const drawn = await nextFrame();
      if (checked) return drawn;
    }
  },
};

window.__benchProbe = probe;
