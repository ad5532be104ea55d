/**
 * Development or production: whether DevTools, Reload and a development
 * server's page are available.
 *
 * A packaged app is always production, whatever its environment says: an
 * environment variable is easy to set for someone else's process, and the page
 * these tools reach holds `window.desk`. An unpackaged app (a source checkout)
 * is in development under `npm run dev` (electron-vite sets ELECTRON_RENDERER_URL)
 * or when NEWSDESK_DEVELOPMENT=1 asks for it; `npm start` and the Electron
 * specs run the built app as production.
 */

/** The environment variable that turns the developer tools on in an unpackaged app. Packaged builds ignore it. */
export const DEVELOPMENT_VARIABLE = 'NEWSDESK_DEVELOPMENT';

export interface RunModeSources {
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** True when DevTools, Reload and the development server's page may be offered. */
export function isDevelopment({ isPackaged, env }: RunModeSources): boolean {
  if (isPackaged) return false;
  return env[DEVELOPMENT_VARIABLE] === '1' || Boolean(env.ELECTRON_RENDERER_URL);
}
