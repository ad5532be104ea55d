/**
 * What opening a locked data folder reads, overlapped where the reads are
 * independent: the index snapshot (desk.json) with its journal replayed, the
 * article file names, whether the last session crashed, and import batches a
 * crash left staged (rolled forward first, so the listing sees all of them).
 * Also starts writing this session's marker, and sweeps temp files after a crash.
 */
import { join } from 'node:path';

import { Low } from 'lowdb';

import type { Speaker } from '../../shared/speaker';
import type { Clock } from '../ports';
import { AtomicJsonFile, writeFileDurably } from './atomic-json-file';
import { type DeskIndex, emptyDeskIndex } from './desk-index';
import { IndexJournal } from './index-journal';
import { loadIndex } from './load-index';
import { recoverStagedBatches } from './staged-batch';
import { listArticleFileIds, readSessionMarker, sweepLeftoverTemporaries } from './store-folder';

export interface DeskFolder {
  index: Low<DeskIndex>;
  journal: IndexJournal;
  /** False when there was no readable desk.json. */
  loaded: boolean;
  /** Journal lines replayed onto the snapshot (only a crash leaves any). */
  replayed: number;
  crashed: boolean;
  articleIds: string[];
  /** Speakers of import batches rolled forward, for the registry. */
  stagedSpeakers: Speaker[];
  /** This session's marker being written; await it before the store is used. */
  marking: Promise<void>;
}

export async function readDeskFolder(dataDir: string, clock: Clock, warnings: string[]): Promise<DeskFolder> {
  const index = new Low(new AtomicJsonFile<DeskIndex>(join(dataDir, 'desk.json')), emptyDeskIndex());
  // The reads are independent; overlapping them keeps opening a large desk fast.
  const loading = loadIndex(dataDir, index, clock, warnings);
  loading.catch(() => undefined);
  const stagedSpeakers = await recoverStagedBatches(dataDir);
  const [crashed, articleIds] = await Promise.all([readSessionMarker(dataDir), listArticleFileIds(join(dataDir, 'articles'))]);
  const marking = writeFileDurably(
    join(dataDir, 'session.json'),
    JSON.stringify({ pid: process.pid, openedAt: clock.now().toISOString() }),
  );
  marking.catch(() => undefined);
  const loaded = await loading;
  const journal = new IndexJournal(dataDir);
  const replayed = await journal.replay(index.data.articles);
  if (crashed) await sweepLeftoverTemporaries(dataDir);
  return { index, journal, loaded, replayed, crashed, articleIds, stagedSpeakers, marking };
}
