/**
 * The index's change journal, `desk.journal` beside `desk.json`: one line per
 * article row that changed (`{"id","row"}`, `row: null` when it went), appended
 * and fsynced by each coalesced index flush. A save then costs a few hundred
 * bytes of index I/O however large the desk is, instead of rewriting every
 * summary in desk.json (23 MB at 100,000 articles).
 *
 * desk.json stays the snapshot: a close, a speaker change, or a journal past
 * COMPACT_AFTER_LINES rewrites it and empties the journal (the store runs those
 * one at a time, so no line is appended between the two). Opening replays the
 * journal onto the snapshot; replaying a line the snapshot already holds
 * changes nothing, so a crash between the snapshot and emptying the journal is
 * harmless. A last line cut short by a crash is ignored (its article file is
 * still re-read by the crash repair).
 */
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { writeFileDurably } from './atomic-json-file';

/** Journal lines after which the next flush rewrites the snapshot instead. */
export const COMPACT_AFTER_LINES = 5_000;

export class IndexJournal {
  readonly path: string;
  #lines = 0;
  readonly #pending = new Set<string>();

  constructor(dataDir: string) {
    this.path = join(dataDir, 'desk.journal');
  }

  /** Lines in the journal file now. */
  get lines(): number {
    return this.#lines;
  }

  /** Remembers that the row of `id` changed (it is written by the next append). */
  note(id: string): void {
    this.#pending.add(id);
  }

  /** Applies the journal to `rows`. Returns how many lines it applied. */
  async replay(rows: Record<string, unknown>): Promise<number> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    let applied = 0;
    // Only whole lines: the text after the last newline is a line a crash cut short.
    for (const line of text.slice(0, text.lastIndexOf('\n') + 1).split('\n')) {
      if (line === '') continue;
      let entry: { id?: unknown; row?: unknown };
      try {
        entry = JSON.parse(line) as { id?: unknown; row?: unknown };
      } catch {
        continue;
      }
      if (typeof entry.id !== 'string') continue;
      if (entry.row === null) delete rows[entry.id];
      else rows[entry.id] = entry.row;
      applied++;
    }
    this.#lines = applied;
    return applied;
  }

  /** Appends one line per noted row — its value in `rows` now, or its removal — and fsyncs. */
  async append(rows: Record<string, unknown>): Promise<void> {
    if (this.#pending.size === 0) return;
    const ids = [...this.#pending];
    this.#pending.clear();
    const text = ids.map((id) => `${JSON.stringify({ id, row: Object.hasOwn(rows, id) ? rows[id] : null })}\n`).join('');
    const file = await open(this.path, 'a');
    try {
      await file.writeFile(text, 'utf8');
      await file.sync();
    } catch (error) {
      // The rows are written again by the next append or snapshot.
      for (const id of ids) this.#pending.add(id);
      throw error;
    } finally {
      await file.close();
    }
    this.#lines += ids.length;
  }

  /** Empties the journal once a snapshot holds everything in it. */
  async clear(): Promise<void> {
    this.#pending.clear();
    if (this.#lines === 0) return;
    await writeFileDurably(this.path, '');
    this.#lines = 0;
  }
}
