/**
 * Runs inside the page, before the renderer: builds `window.desk` with the
 * real createDeskClient over the `__deskInvoke` binding the harness exposes,
 * just as the preload builds it over ipcRenderer.invoke. Bundled by esbuild.
 */
import { createDeskClient } from '../../../src/shared/desk-client';
import type { DeskChannel } from '../../../src/shared/api';

declare global {
  interface Window {
    __deskInvoke(channel: DeskChannel, request: unknown): Promise<unknown>;
  }
}

Object.defineProperty(window, 'desk', {
  value: createDeskClient((channel, request) => window.__deskInvoke(channel, request)),
  writable: false,
  configurable: false,
});
