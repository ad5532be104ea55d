/**
 * The benchmark's `window.desk`: the real createDeskClient over a Playwright
 * binding, as the browser tests' page bridge, but accounting for what the
 * harness itself costs. Main's handler runs in Node and its answer crosses
 * DevTools as a JSON string, which real Electron IPC does not do; for every
 * call the bridge records how long the handler ran, the round trip, and how
 * long parsing the reply took on the page's main thread, so the benchmark can
 * take the harness's transfer cost out of the desk figures.
 */
import type { DeskChannel } from '../../src/shared/ipc/api';
import { createDeskClient } from '../../src/shared/ipc/desk-client';
import type { DeskEvents } from '../../src/shared/ipc/desk-events';

export interface BridgeCall {
  channel: DeskChannel;
  startedAt: number;
  endedAt: number;
  /** Time the handler ran in Node. */
  handlerMs: number;
  /** Page main-thread time spent parsing the reply's JSON. */
  parseMs: number;
}

declare global {
  interface Window {
    __benchInvoke(channel: DeskChannel, request: unknown): Promise<{ json: string; handlerMs: number }>;
    __benchCalls: BridgeCall[];
  }
}

window.__benchCalls = [];

async function invoke(channel: DeskChannel, request: unknown): Promise<unknown> {
  const startedAt = performance.now();
  const { json, handlerMs } = await window.__benchInvoke(channel, request);
  const parseStart = performance.now();
  const value: unknown = JSON.parse(json);
  const endedAt = performance.now();
  window.__benchCalls.push({ channel, startedAt, endedAt, handlerMs, parseMs: endedAt - parseStart });
  return value;
}

const deskEvents: DeskEvents = { onExportProgress: () => () => undefined };
Object.defineProperty(window, 'deskEvents', { value: Object.freeze(deskEvents), writable: false, configurable: false });
Object.defineProperty(window, 'desk', { value: createDeskClient(invoke), writable: false, configurable: false });
