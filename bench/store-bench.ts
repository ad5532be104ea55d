/**
 * Store benchmark: saving one article (200 autosaves of the same article) in
 * stores of 10, 1,000 and 10,000 articles (~6 KB bodies each) through the
 * articles service — revisions and link hooks included — against plain
 * single-file lowdb 7 (`JSONFile`) holding the same articles, in the same run;
 * and the time to open a 10,000-article store.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

import { openDesk } from '../src/main/open-desk';
import { ArticleStore } from '../src/main/store/article-store';
import { DESK_SCHEMA_VERSION } from '../src/main/store/desk-index';
import { IndexJournal } from '../src/main/store/index-journal';
import { type Article, summarize } from '../src/shared/article';
import { countBodyWords, paragraphsToBody } from '../src/shared/body-text';
import { percentile, timeIt } from './measure';

const WORDS =
  'the ministry said on wednesday that talks with regional partners would resume next week after a pause of several months'.split(' ');

const SUBJECTS = [
  'Minister',
  'Harbor authority',
  'Flood agency',
  'Central bank',
  'Court',
  'Union',
  'Council',
  'Army',
  'Parliament',
  'Airline',
  'Port',
  'Police',
];
const VERBS = ['rejects', 'defends', 'lifts', 'raises', 'delays', 'approves', 'questions', 'extends', 'cuts', 'reviews'];
const OBJECTS = [
  'budget leak claims',
  'dredging plan',
  'flood warnings',
  'interest rates',
  'election appeal',
  'pay offer',
  'housing rules',
  'border patrols',
  'fuel subsidies',
  'night flights',
  'container fees',
  'drone ban',
  'school reform',
  'water prices',
];

/** Varied, realistic headlines: 12 × 10 × 14 patterns, numbered past that. */
export function headlineNumber(n: number): string {
  const base = `${SUBJECTS[n % SUBJECTS.length]} ${VERBS[Math.floor(n / SUBJECTS.length) % VERBS.length]} ${OBJECTS[Math.floor(n / (SUBJECTS.length * VERBS.length)) % OBJECTS.length]}`;
  const round = Math.floor(n / (SUBJECTS.length * VERBS.length * OBJECTS.length));
  return round === 0 ? base : `${base} (${round + 1})`;
}

/** A ~6 KB article body: eight paragraphs of ~750 characters. */
export function articleNumber(n: number): Article {
  const paragraphs = Array.from(
    { length: 8 },
    (_, p) => Array.from({ length: 120 }, (_, w) => WORDS[(n * 7 + p * 13 + w) % WORDS.length]).join(' ') + '.',
  );
  const body = paragraphsToBody(paragraphs);
  const time = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return {
    id: `article-${String(n).padStart(6, '0')}`,
    slug: `story-${n}`,
    headline: headlineNumber(n),
    dateline: 'BEIJING',
    byline: 'Desk',
    status: 'draft',
    body,
    related: [],
    speakers: [],
    createdAt: time,
    updatedAt: time,
    wordCount: countBodyWords(body),
  };
}

/** Writes a store of `count` articles directly (setup only; not what is measured). */
export async function makeStoreFolder(count: number): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-'));
  await mkdir(join(dataDir, 'articles'));
  const rows: Record<string, ReturnType<typeof summarize>> = {};
  for (let n = 0; n < count; n++) {
    const article = articleNumber(n);
    await writeFile(join(dataDir, 'articles', `${article.id}.json`), JSON.stringify(article));
    rows[article.id] = summarize(article);
  }
  await writeFile(join(dataDir, 'desk.json'), JSON.stringify({ schemaVersion: DESK_SCHEMA_VERSION, articles: rows }));
  return dataDir;
}

async function measureDeskSaves(
  dataDir: string,
  count: number,
  saves: number,
): Promise<{ saves: number[]; snapshotWrites: number[]; journalAppends: number[] }> {
  const desk = await openDesk({ dataDir });
  const samples: number[] = [];
  // One article, saved again and again, as autosave does while an editor works on it
  // (its first save also takes the "before the first edit" revision).
  const id = articleNumber(Math.floor(count / 2)).id;
  for (let i = 0; i < saves; i++) {
    const body = paragraphsToBody([`Edit ${i}: `.concat(WORDS.join(' ').repeat(40))]);
    samples.push(await timeIt(() => desk.services.articles.update(id, { body })));
  }
  // What one coalesced index flush costs: rewriting desk.json (every flush before the journal; now only
  // on close, speaker changes and compaction) against appending the saved row to desk.journal (every flush now).
  const snapshotWrites: number[] = [];
  const journalAppends: number[] = [];
  const journal = new IndexJournal(dataDir);
  const rows = Object.fromEntries(desk.store.summaries().map((row) => [row.id, row]));
  for (let i = 0; i < 5; i++) {
    snapshotWrites.push(await timeIt(() => desk.store.flush()));
    journal.note(id);
    journalAppends.push(await timeIt(() => journal.append(rows)));
  }
  await journal.clear();
  await desk.close();
  return { saves: samples, snapshotWrites, journalAppends };
}

async function measureLowdbSaves(count: number, saves: number): Promise<number[]> {
  const folder = await mkdtemp(join(tmpdir(), 'newsdesk-bench-lowdb-'));
  const db = new Low(new JSONFile<{ articles: Article[] }>(join(folder, 'db.json')), { articles: [] });
  db.data.articles = Array.from({ length: count }, (_, n) => articleNumber(n));
  await db.write();
  const samples: number[] = [];
  for (let i = 0; i < saves; i++) {
    const index = (i * 7919) % count;
    db.data.articles[index] = { ...db.data.articles[index], body: paragraphsToBody([`Edit ${i}`]) };
    samples.push(await timeIt(() => db.write()));
  }
  await rm(folder, { recursive: true, force: true });
  return samples;
}

async function measureOpen(dataDir: string, opens: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < opens; i++) {
    let store: ArticleStore | undefined;
    samples.push(await timeIt(async () => (store = await ArticleStore.open({ dataDir }))));
    await store!.close();
  }
  return samples;
}

export interface StoreSizeResult {
  articles: number;
  saveP50Ms: number;
  saveP95Ms: number;
  /** One index flush as it is now: the saved row appended to desk.journal and fsynced (p50 of 5). */
  journalAppendMs: number;
  /** One index flush as it was: desk.json rewritten whole (now only on close, speaker changes, compaction; p50 of 5). */
  snapshotWriteMs: number;
  /** Opening the store after a clean close, to a usable list (p50 of 5). */
  openCleanMs: number;
  /** Single-file lowdb holding the same articles (left out above 10,000: a 600 MB file). */
  lowdbSaveP50Ms: number | null;
  /** lowdb p50 ÷ our p50: how many times faster our save is. */
  ratio: number | null;
}

export interface StoreBenchResult {
  sizes: StoreSizeResult[];
  openMs: number;
  openArticles: number;
  /** Save p50 at the largest size ÷ at the smallest (1 means independent of the desk's size). */
  saveGrowth: number;
}

export async function runStoreBench(sizes = [10, 1_000, 10_000]): Promise<StoreBenchResult> {
  const results: StoreSizeResult[] = [];
  for (const count of sizes) {
    const dataDir = await makeStoreFolder(count);
    const { saves: desk, snapshotWrites, journalAppends } = await measureDeskSaves(dataDir, count, 200);
    const lowdb = count <= 10_000 ? await measureLowdbSaves(count, count >= 10_000 ? 7 : 30) : null;
    const saveP50Ms = percentile(desk, 50);
    const lowdbSaveP50Ms = lowdb ? percentile(lowdb, 50) : null;
    results.push({
      articles: count,
      saveP50Ms,
      saveP95Ms: percentile(desk, 95),
      journalAppendMs: percentile(journalAppends, 50),
      snapshotWriteMs: percentile(snapshotWrites, 50),
      openCleanMs: percentile(await measureOpen(dataDir, 5), 50),
      lowdbSaveP50Ms,
      ratio: lowdbSaveP50Ms === null ? null : Math.round((lowdbSaveP50Ms / saveP50Ms) * 10) / 10,
    });
    await rm(dataDir, { recursive: true, force: true });
  }
  const largest = results[results.length - 1];
  const smallest = results[0];
  return {
    sizes: results,
    openMs: largest.openCleanMs,
    openArticles: largest.articles,
    saveGrowth: Math.round((largest.saveP50Ms / smallest.saveP50Ms) * 100) / 100,
  };
}
