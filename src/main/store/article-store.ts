/**
 * The article store: the one place that writes a data folder.
 *
 *     <data>/desk.json            index: schema version + article summaries (lowdb)
 *     <data>/articles/<id>.json   one article each
 *     <data>/corrupt/             files that failed to parse or validate
 *     <data>/desk.lock            held while a process owns the folder
 *     <data>/session.json         present while open; found on open = last run crashed
 *
 * Saving an article writes its file durably before resolving; the index
 * update is coalesced and appended to `desk.journal` (a few hundred bytes, see
 * index-journal.ts); desk.json itself is rewritten on close, on speaker changes
 * and when the journal grows long. A crash between the article write and the
 * index is repaired on the next open: when the session marker is still there,
 * every article file is re-read and the index rebuilt from them.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { type Low } from 'lowdb';
import * as v from 'valibot';

import { type Article, type ArticleSummary, summarize } from '../../shared/article';
import { DeskError } from '../../shared/errors';
import { type Speaker, SpeakerSchema } from '../../shared/speaker';
import { type Clock, systemClock } from '../ports';
import { syncFolder, writeFileDurably } from './atomic-json-file';
import type { DeskIndex } from './desk-index';
import { lockDataFolder, type ReleaseLock } from './folder-lock';
import type { IndexJournal } from './index-journal';
import { IndexWriter } from './index-writer';
import { KeyedQueue } from './keyed-queue';
import { readDeskFolder } from './read-desk-folder';
import { readValidArticle, reconcileIndex } from './reconcile-index';
import { commitStagedBatch } from './staged-batch';
import { ownValue, storable } from './store-records';

/** What the person is told when the last process to open the folder crashed and its lock was taken over. */
export const RECOVERING_MESSAGE =
  'Newsdesk did not close cleanly; recovering. The article list is being checked against every article file.';

export interface OpenStoreOptions {
  dataDir: string;
  clock?: Clock;
  /** How long the folder lock may go unrefreshed before another process may take it (tests shorten it). */
  lockStaleMs?: number;
}

export class ArticleStore {
  readonly dataDir: string;
  /** True when the folder held no desk before this open (the caller seeds it). */
  readonly isNew: boolean;
  /** What the person should know about this open: quarantined files, repairs. */
  readonly warnings: string[];

  readonly #index: Low<DeskIndex>;
  readonly #journal: IndexJournal;
  readonly #indexWriter: IndexWriter;
  readonly #clock: Clock;
  readonly #releaseLock: ReleaseLock;
  readonly #articleQueue = new KeyedQueue();
  readonly #lock: { readonly lost: boolean };
  #closed = false;

  private constructor(
    dataDir: string,
    index: Low<DeskIndex>,
    clock: Clock,
    releaseLock: ReleaseLock,
    isNew: boolean,
    warnings: string[],
    lock: { readonly lost: boolean },
    journal: IndexJournal,
  ) {
    this.#journal = journal;
    this.#lock = lock;
    this.dataDir = dataDir;
    this.#index = index;
    this.#clock = clock;
    this.#releaseLock = releaseLock;
    this.isNew = isNew;
    this.warnings = warnings;
    this.#indexWriter = new IndexWriter({ index, journal, lock, warnings, closing: () => this.#closed });
  }

  /** Opens (creating if needed) and locks a data folder. Throws DeskError('store-locked') if another process has it. */
  static async open({ dataDir, clock = systemClock, lockStaleMs }: OpenStoreOptions): Promise<ArticleStore> {
    const articlesFolder = join(dataDir, 'articles');
    await mkdir(articlesFolder, { recursive: true });
    const lock = { lost: false };
    const folderLock = await lockDataFolder(dataDir, () => (lock.lost = true), lockStaleMs);
    const releaseLock = folderLock.release;
    try {
      const warnings: string[] = [];
      if (folderLock.tookOverFrom.length > 0) warnings.push(RECOVERING_MESSAGE);
      const folder = await readDeskFolder(dataDir, clock, warnings);
      const { index, journal, crashed, articleIds, stagedSpeakers, loaded, replayed } = folder;
      if (crashed && folderLock.tookOverFrom.length === 0)
        warnings.push('Newsdesk did not close cleanly last time; the article list was checked against every article file.');
      const isNew = !loaded && articleIds.length === 0 && replayed === 0;
      const store = new ArticleStore(dataDir, index, clock, releaseLock, isNew, warnings, lock, journal);
      for (const speaker of stagedSpeakers) index.data.speakers[speaker.id] ??= speaker;
      const readArticle = (id: string) => readValidArticle(store.#articlePath(id), dataDir, clock, warnings);
      const repaired =
        (await reconcileIndex(index.data.articles, articleIds, crashed || !loaded, readArticle)) ||
        stagedSpeakers.length > 0 ||
        replayed > 0;
      await folder.marking;
      if (repaired) await store.flush();
      return store;
    } catch (error) {
      await releaseLock();
      throw error;
    }
  }

  /** Every summary, trash included, in no particular order. */
  summaries(): ArticleSummary[] {
    return Object.values(this.#index.data.articles);
  }

  summary(id: string): ArticleSummary | undefined {
    return ownValue(this.#index.data.articles, id);
  }

  /** Reads and validates one article. A file that fails is quarantined and reported as not found. */
  async read(id: string): Promise<Article> {
    const article = await readValidArticle(this.#articlePath(id), this.dataDir, this.#clock, this.warnings);
    if (!article) {
      this.#forget(id);
      throw new DeskError('not-found', `No article with id ${id} is in the desk. It may have been deleted; refresh the list.`);
    }
    return article;
  }

  /**
   * Reads an article, lets `change` make the next version, and writes it — with
   * no other `modify` or `write` of that article in between. `change` returning
   * the same object writes nothing. Resolves to [before, after].
   */
  modify(id: string, change: (article: Article) => Article | Promise<Article>): Promise<[Article, Article]> {
    this.#assertOpen();
    return this.#articleQueue.run(id, async () => {
      const before = await this.read(id);
      const after = await change(before);
      if (after !== before) await this.#write(after);
      return [before, after];
    });
  }

  /** Writes an article durably (a new one, or a whole replacement) and updates its index row (coalesced). */
  write(article: Article): Promise<void> {
    this.#assertOpen();
    return this.#articleQueue.run(article.id, () => this.#write(article));
  }

  /** Runs inside the article's queue; close() waits for every queued one before its last flush. */
  async #write(article: Article): Promise<void> {
    const valid = storable(article);
    await writeFileDurably(this.#articlePath(valid.id), JSON.stringify(valid));
    this.#index.data.articles[valid.id] = summarize(valid);
    this.#indexWriter.changed(valid.id);
  }

  /**
   * Deletes an article for good: its file and its revisions, then its index row. A crash between the two is
   * repaired on the next open (a row whose file is gone is dropped). Only the articles service calls it, for
   * stories already in the trash.
   */
  purge(id: string): Promise<void> {
    this.#assertOpen();
    return this.#articleQueue.run(id, async () => {
      await rm(this.#articlePath(id), { force: true });
      await rm(join(this.dataDir, 'revisions', `${id}.json`), { force: true });
      await rm(join(this.dataDir, 'revisions', id), { recursive: true, force: true });
      await syncFolder(join(this.dataDir, 'articles'));
      this.#forget(id);
    });
  }

  /**
   * Writes new articles and new registry speakers as one step: after a crash
   * either all of them are in the desk or none (see staged-batch.ts). Durable when it resolves.
   */
  async writeBatch(articles: readonly Article[], speakers: readonly Speaker[] = []): Promise<void> {
    this.#assertOpen();
    const validArticles = articles.map(storable);
    const validSpeakers = speakers.map((speaker) => v.parse(SpeakerSchema, speaker));
    await commitStagedBatch(this.dataDir, validArticles, validSpeakers, async () => {
      for (const article of validArticles) {
        this.#index.data.articles[article.id] = summarize(article);
        this.#journal.note(article.id); // written by the batch's own writeRows() below
      }
      if (validSpeakers.length === 0) return this.#indexWriter.writeRows();
      for (const speaker of validSpeakers) this.#index.data.speakers[speaker.id] = speaker;
      await this.flush();
    });
  }

  /** The speaker registry. */
  speakers(): Speaker[] {
    return Object.values(this.#index.data.speakers);
  }

  speaker(id: string): Speaker | undefined {
    return ownValue(this.#index.data.speakers, id);
  }

  /** Adds or replaces a registry speaker; durable when it resolves (articles may refer to it next). */
  async writeSpeaker(speaker: Speaker): Promise<void> {
    this.#assertOpen();
    const valid = v.parse(SpeakerSchema, speaker);
    this.#index.data.speakers[valid.id] = valid;
    await this.flush();
  }

  /** Replaces `fromId` by `survivor` in the registry and remembers the move (see mergedInto). */
  async mergeSpeaker(fromId: string, survivor: Speaker): Promise<void> {
    this.#assertOpen();
    const valid = v.parse(SpeakerSchema, survivor);
    const merged = this.#index.data.mergedSpeakers;
    for (const [gone, into] of Object.entries(merged)) if (into === fromId) merged[gone] = valid.id;
    merged[fromId] = valid.id;
    delete this.#index.data.speakers[fromId];
    this.#index.data.speakers[valid.id] = valid;
    await this.flush();
  }

  /** The speaker a merged-away speaker id now lives on, if it was merged. */
  mergedInto(id: string): string | undefined {
    return ownValue(this.#index.data.mergedSpeakers, id);
  }

  /** Writes the whole index (desk.json) now. */
  flush(): Promise<void> {
    return this.#indexWriter.flush();
  }

  /** True once another process took the folder's lock over: this store no longer writes anything. */
  get lockLost(): boolean {
    return this.#lock.lost;
  }

  /** Resolves once the coalesced index write scheduled so far has run (or was skipped). */
  indexSettled(): Promise<void> {
    return this.#indexWriter.settled();
  }

  /**
   * Refuses new writes, waits for the ones already queued (a last autosave during
   * quit), flushes the index, clears the session marker and releases the folder. Idempotent.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#articleQueue.idle();
    // The session marker, the lock and its owner file now belong to the process that took the folder over.
    if (this.#lock.lost) return;
    await this.flush();
    await rm(join(this.dataDir, 'session.json'), { force: true });
    await this.#releaseLock();
  }

  #articlePath(id: string): string {
    return join(this.dataDir, 'articles', `${id}.json`);
  }

  #assertOpen(): void {
    if (this.#closed) throw new DeskError('internal', 'The desk store is closed. Restart Newsdesk to keep working.');
    if (this.#lock.lost) {
      throw new DeskError(
        'store-locked',
        `Another Newsdesk process took over ${this.dataDir} while this one was unresponsive, so this window stopped saving to avoid two writers. Copy any unsaved text, close this window and reopen Newsdesk.`,
      );
    }
  }

  #forget(id: string): void {
    if (Object.hasOwn(this.#index.data.articles, id)) {
      delete this.#index.data.articles[id];
      this.#indexWriter.changed(id);
    }
  }
}
