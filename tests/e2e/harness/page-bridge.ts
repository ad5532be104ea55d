/**
 * Runs inside the page, before the renderer: builds `window.desk` with the
 * real createDeskClient over the `__deskInvoke` binding the harness exposes,
 * just as the preload builds it over ipcRenderer.invoke. Bundled by esbuild.
 */
import type { BatchExportProgress } from '../../../src/shared/export/batch-export-contract';
import type { DeskChannel } from '../../../src/shared/ipc/api';
import { createDeskClient } from '../../../src/shared/ipc/desk-client';
import type { DeskEvents } from '../../../src/shared/ipc/desk-events';

declare global {
  interface Window {
    __deskInvoke(channel: DeskChannel, request: unknown): Promise<unknown>;
    /** The harness calls this (page.evaluate) where main would send `export:progress`. */
    __deskEmitExportProgress(progress: BatchExportProgress): void;
  }
}

const exportProgressListeners = new Set<(progress: BatchExportProgress) => void>();
const deskEvents: DeskEvents = {
  onExportProgress(listener) {
    exportProgressListeners.add(listener);
    return () => exportProgressListeners.delete(listener);
  },
};
Object.defineProperty(window, 'deskEvents', { value: Object.freeze(deskEvents), writable: false, configurable: false });
window.__deskEmitExportProgress = (progress) => exportProgressListeners.forEach((listener) => listener(progress));

Object.defineProperty(window, 'desk', {
  value: createDeskClient((channel, request) => window.__deskInvoke(channel, request)),
  writable: false,
  configurable: false,
});
