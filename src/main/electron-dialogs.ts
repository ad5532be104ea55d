/**
 * The dialogs port backed by Electron's native dialogs (the app); tests and
 * the CLI use doubles or none.
 */
import { type BrowserWindow, dialog } from 'electron';

import type { DialogsPort } from './ports';

export function createElectronDialogs(currentWindow: () => BrowserWindow | undefined): DialogsPort {
  return {
    async chooseFolder() {
      const options: Electron.OpenDialogOptions = {
        title: 'Export articles to…',
        buttonLabel: 'Export here',
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      };
      const window = currentWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
  };
}
