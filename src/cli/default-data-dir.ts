/**
 * The folder the app uses when none is given: Electron's userData for an app
 * named "newsdesk", plus "desk". The CLI computes the same place without Electron.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'newsdesk';

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME, 'desk');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME, 'desk');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME, 'desk');
}
