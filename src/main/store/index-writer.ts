/**
 * IndexWriter: every write of the desk index, one at a time. A changed row is
 * noted and, INDEX_FLUSH_DELAY_MS later, appended to the journal with the
 * other rows changed meanwhile ('rows'; the journal compacts itself into a
 * snapshot once long); `flush` rewrites desk.json now ('snapshot'). Nothing is
 * written once the store lost its folder lock: another process owns
 * desk.json then, and this one's must not overwrite it.
 */
import type { Low } from 'lowdb';

import type { DeskIndex } from './desk-index';
import { COMPACT_AFTER_LINES, type IndexJournal } from './index-journal';

/** How long index updates are gathered before one write. */
export const INDEX_FLUSH_DELAY_MS = 150;

export interface IndexWriterOptions {
  index: Low<DeskIndex>;
  journal: IndexJournal;
  lock: { readonly lost: boolean };
  /** Where a failed background write is reported. */
  warnings: string[];
  /** True once the store is closing: its close() writes the last index itself. */
  closing: () => boolean;
}

export class IndexWriter {
  #writes: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #scheduled: Promise<void> = Promise.resolve();
  #settle: () => void = () => undefined;

  constructor(private readonly options: IndexWriterOptions) {}

  /** The row of `id` changed (or went): it is written with the next coalesced write. */
  changed(id: string): void {
    this.options.journal.note(id);
    this.#schedule();
  }

  /** Appends the rows noted so far now (a batch that must be durable when it resolves). */
  writeRows(): Promise<void> {
    return this.#write('rows');
  }

  /** Writes the whole index (desk.json) now. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    try {
      await this.#write('snapshot');
    } finally {
      this.#settle();
    }
  }

  /** Resolves once the coalesced write scheduled so far has run (or was skipped). */
  settled(): Promise<void> {
    return this.#scheduled;
  }

  #write(kind: 'rows' | 'snapshot'): Promise<void> {
    const { index, journal, lock } = this.options;
    const run = async () => {
      if (lock.lost) return;
      if (kind === 'rows' && journal.lines < COMPACT_AFTER_LINES) return journal.append(index.data.articles);
      await index.write();
      await journal.clear();
    };
    const result = this.#writes.then(run, run);
    this.#writes = result.catch(() => undefined);
    return result;
  }

  #schedule(): void {
    // Once closing, close() itself writes the last index; no timer may outlive the lock.
    if (this.#timer || this.options.closing()) return;
    this.#scheduled = new Promise((resolve) => (this.#settle = resolve));
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#write('rows')
        .catch((error: Error) => this.options.warnings.push(`The article list could not be saved: ${error.message}`))
        .finally(() => this.#settle());
    }, INDEX_FLUSH_DELAY_MS);
  }
}
