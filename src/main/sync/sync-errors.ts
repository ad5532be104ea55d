/** Why a sync with the desk server could not run at all (as opposed to one article failing). */

/** The server refused this editor's token; `reason` is the server's own words. */
export class SyncRefused extends Error {
  constructor(readonly reason: string) {
    super(`The desk server refused the token: ${reason}`);
    this.name = 'SyncRefused';
  }
}

/** The server could not be reached (not running, wrong address, network down). */
export class ServerUnreachable extends Error {
  constructor(url: string, detail: string) {
    super(`Cannot reach the desk server at ${url} (${detail}). Check the address and that \`desk serve\` is running, then try again.`);
    this.name = 'ServerUnreachable';
  }
}
