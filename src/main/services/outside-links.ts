/**
 * Leaving Newsdesk on purpose: a related story's web page opened in the
 * person's browser, and the folder the last export from the window wrote to
 * shown in the file manager. The renderer names only a web address, which is
 * checked again here; a folder is never named by the renderer at all.
 */
import { DeskError } from '../../shared/errors';
import type { ShellPort } from '../ports';

export interface OutsideLinksService {
  openWebPage(url: string): Promise<void>;
  /** Remembers where an export from the window went, for `showExportFolder`. */
  exported(folder: string | null): void;
  /** Shows the folder of the last export from the window. */
  showExportFolder(): Promise<void>;
}

export function createOutsideLinksService(shell: ShellPort): OutsideLinksService {
  let lastExportFolder: string | null = null;
  return {
    async openWebPage(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new DeskError('invalid-request', `“${url}” is not a web address, so it was not opened.`);
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new DeskError('invalid-request', 'Only http and https pages open in the browser.');
      }
      await shell.openWebPage(parsed.href);
    },
    exported(folder) {
      if (folder) lastExportFolder = folder;
    },
    async showExportFolder() {
      if (!lastExportFolder) throw new DeskError('invalid-request', 'Nothing has been exported from this window yet.');
      await shell.showFolder(lastExportFolder);
    },
  };
}
