/**
 * The ports: what only the hosting process can provide, injected into the
 * store and the services. Electron provides the real ones (a window's dialogs,
 * its events); the CLI and the tests pass doubles or nothing.
 */
import { DeskError } from '../shared/errors';
import type { BatchExportProgress } from '../shared/export/batch-export-contract';

/** The time source of every timestamp the store and services write. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The native folder picker (Electron's dialog in the app; a double in tests). */
export interface DialogsPort {
  /** The chosen folder, or null when the person cancelled. */
  chooseFolder(): Promise<string | null>;
}

/** A dialogs port for processes without a window (the CLI, tests): choosing a folder is refused. */
export const noDialogs: DialogsPort = {
  async chooseFolder() {
    throw new DeskError('invalid-request', 'This process has no folder dialog. Give the export folder directly (desk export --out DIR).');
  },
};

/** The desktop around the app (Electron's shell in the app; a double in tests). */
export interface ShellPort {
  /** Opens an http(s) page in the person's browser. */
  openWebPage(url: string): Promise<void>;
  /** Shows a folder in the system's file manager. */
  showFolder(folder: string): Promise<void>;
}

/** A shell port for processes without a desktop (the CLI, unit tests): every request is refused. */
export const noShell: ShellPort = {
  async openWebPage() {
    throw new DeskError('invalid-request', 'This process cannot open a browser. Copy the address instead.');
  },
  async showFolder() {
    throw new DeskError('invalid-request', 'This process cannot show folders.');
  },
};

/** What only the hosting process can provide (Electron's dialogs and window events); the CLI and tests pass doubles or nothing. */
export interface DeskPorts {
  dialogs?: DialogsPort;
  shell?: ShellPort;
  /** Progress of an export started from the window; main sends it to the renderer as the `export:progress` event. */
  onExportProgress?: (progress: BatchExportProgress) => void;
}
