/**
 * The shell port backed by Electron's shell (the app); tests and the CLI use
 * doubles or none. The web address was checked by the service before it gets here.
 */
import { shell } from 'electron';

import { DeskError } from '../shared/errors';
import type { ShellPort } from './ports';

export function createElectronShell(): ShellPort {
  return {
    // Reviewed: only an http(s) address the outside-links service parsed and checked reaches here, after the
    // person saw it and agreed (related/open-web-page.ts); file:, javascript: and custom schemes never do.
    openWebPage: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
    async showFolder(folder) {
      const failure = await shell.openPath(folder);
      if (failure) throw new DeskError('invalid-request', `Couldn't show ${folder}: ${failure}`);
    },
  };
}
