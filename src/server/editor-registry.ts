/**
 * Who may connect: the editors file's entries, looked up by the SHA-256 of the
 * token a client presents. The server never holds a token itself.
 */
import { createHash } from 'node:crypto';

import type { Editor } from '../shared/sync/editors-file';

export class EditorRegistry {
  readonly #byTokenHash: Map<string, Editor>;

  constructor(editors: readonly Editor[]) {
    this.#byTokenHash = new Map(editors.map((editor) => [editor.tokenSha256.toLowerCase(), editor]));
  }

  /** The editor whose token this is, or undefined for an unknown token. */
  editorOfToken(token: string): Editor | undefined {
    return this.#byTokenHash.get(createHash('sha256').update(token, 'utf8').digest('hex'));
  }
}
