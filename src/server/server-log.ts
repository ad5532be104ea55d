/**
 * The desk server's log: one line per connect, disconnect, refusal and store,
 * each naming the editor (or "unknown editor" before authentication).
 *
 *     2026-03-04T09:30:00.000Z connect "Desk editor one" article 3f2a… (2 on it)
 */
export type LogWrite = (line: string) => void;

export interface ServerLog {
  connect(editor: string, article: string, clients: number): void;
  disconnect(editor: string, article: string, clients: number): void;
  refuse(editor: string | undefined, what: string, reason: string): void;
  store(editor: string | undefined, article: string, detail: string): void;
  note(text: string): void;
}

export function createServerLog(write: LogWrite, now: () => Date = () => new Date()): ServerLog {
  const line = (text: string) => write(`${now().toISOString()} ${text}`);
  const who = (editor: string | undefined) => (editor ? JSON.stringify(editor) : 'unknown editor');
  return {
    connect: (editor, article, clients) => line(`connect ${who(editor)} article ${article} (${clients} on it)`),
    disconnect: (editor, article, clients) => line(`disconnect ${who(editor)} article ${article} (${clients} left on it)`),
    refuse: (editor, what, reason) => line(`refuse ${who(editor)} ${what}: ${reason}`),
    store: (editor, article, detail) => line(`store article ${article} last changed by ${who(editor)}: ${detail}`),
    note: (text) => line(text),
  };
}
