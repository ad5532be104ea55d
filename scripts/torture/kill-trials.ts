/**
 * SIGKILL trials: a child process (torture-child.ts, bundled once with
 * esbuild so each start is quick) saves, imports or exports on one data
 * folder and is killed at a random moment; then the folder is checked the way
 * the next Newsdesk start would meet it. One folder is used for every trial, so
 * each trial also opens what the previous kill left behind.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { buildSync } from 'esbuild';
import * as v from 'valibot';

import { ArticleStore } from '../../src/main/store/article-store';
import { type Article, ArticleSchema, summarize } from '../../src/shared/article';
import { emptyFigures, type TortureFigures, versionOf } from './torture-protocol';

export interface KillTrialOptions {
  trials: number;
  /** Seeds the choice of work and kill moments, so a failing run can be repeated. */
  seed?: number;
  onTrial?: (figures: TortureFigures) => void;
}

/** A small seeded generator (mulberry32): trials repeat exactly for one seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Bundles the child into out/torture/ (node_modules stay external and resolve from the repository). */
function bundleChild(): string {
  // .js files under the repository are ES modules (package.json "type": "module").
  const outfile = resolve('out/torture/torture-child.js');
  buildSync({
    entryPoints: [resolve('scripts/torture/torture-child.ts')],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: dirname(outfile),
    logLevel: 'error',
  });
  return outfile;
}

interface ChildRun {
  lines: string[];
  stderr: string;
}

/** Starts the child, waits for READY, lets it work for `workMs`, kills it with SIGKILL and returns what it printed. */
function runAndKill(child: string, args: string[], workMs: number): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const process_ = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    process_.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (!timer && stdout.includes('READY\n')) timer = setTimeout(() => process_.kill('SIGKILL'), workMs);
    });
    process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    process_.on('error', fail);
    process_.on('exit', () => {
      clearTimeout(timer);
      // Only whole lines count: a line cut by the kill was never acknowledged.
      done({ lines: stdout.split('\n').slice(0, -1), stderr });
    });
  });
}

async function articleFiles(dataDir: string): Promise<{ articles: Map<string, Article>; torn: number }> {
  const folder = join(dataDir, 'articles');
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
  const articles = new Map<string, Article>();
  let torn = 0;
  for (const name of names) {
    try {
      const parsed = v.safeParse(ArticleSchema, JSON.parse(await readFile(join(folder, name), 'utf8')));
      if (parsed.success) articles.set(parsed.output.id, parsed.output);
      else torn++;
    } catch {
      torn++;
    }
  }
  return { articles, torn };
}

function mismatches(rows: Record<string, unknown>, articles: Map<string, Article>): number {
  let count = Object.keys(rows).filter((id) => !articles.has(id)).length;
  for (const [id, article] of articles) if (JSON.stringify(rows[id]) !== JSON.stringify(summarize(article))) count++;
  return count;
}

/** Whether a visible exported file is whole. */
function exportIsWhole(name: string, text: string): boolean {
  if (name.endsWith('.html')) return text.trimEnd().endsWith('</html>');
  if (name.endsWith('.md')) return /^---\n[^]*?\n---\n/.test(text);
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export async function runKillTrials({ trials, seed = 1, onTrial }: KillTrialOptions): Promise<TortureFigures> {
  const child = bundleChild();
  const next = random(seed);
  const root = await mkdtemp(join(tmpdir(), 'newsdesk-torture-'));
  const dataDir = join(root, 'desk');
  const exportDir = join(root, 'export');
  const figures = emptyFigures();
  const acknowledged = new Map<string, number>();
  try {
    for (let trial = 1; trial <= trials; trial++) {
      const roll = next();
      const workMs = Math.floor(10 + next() * 250);
      let run: ChildRun;
      let batch: { prefix: string; size: number } | undefined;
      if (roll < 0.7) {
        run = await runAndKill(child, ['saves', dataDir], workMs);
        for (const line of run.lines) {
          const [word, id, version] = line.split(' ');
          if (word !== 'ACK') continue;
          figures.acknowledgedSaves++;
          acknowledged.set(id, Math.max(acknowledged.get(id) ?? 0, Number(version)));
        }
      } else if (roll < 0.85) {
        const files = join(root, `batch-${trial}`);
        await mkdir(files, { recursive: true });
        batch = { prefix: `Batch ${trial} story`, size: 6 };
        const paths: string[] = [];
        for (let index = 0; index < batch.size; index++) {
          const path = join(files, `story-${index}.txt`);
          await writeFile(path, `${batch.prefix} ${index}\nPORTVALE - Paragraph ${'of the story '.repeat(40)}.\nAnother paragraph.\n`);
          paths.push(path);
        }
        run = await runAndKill(child, ['import', dataDir, ...paths], workMs);
      } else {
        run = await runAndKill(child, ['export', dataDir, exportDir], workMs);
      }
      if (run.stderr.trim() !== '') figures.escapedExceptions++;

      const { articles, torn } = await articleFiles(dataDir);
      figures.torn += torn;
      for (const [id, version] of acknowledged) {
        const onDisk = articles.get(id);
        if (!onDisk || versionOf(onDisk.headline) < version) figures.lost++;
      }
      if (batch) {
        const imported = [...articles.values()].filter((article) => article.headline.startsWith(batch!.prefix)).length;
        const done = run.lines.includes('DONE');
        if ((imported !== 0 && imported !== batch.size) || (done && imported !== batch.size)) figures.partialImports++;
      }
      for (const name of (await readdir(exportDir).catch(() => [] as string[])).filter((file) => !file.startsWith('.'))) {
        if (!exportIsWhole(name, await readFile(join(exportDir, name), 'utf8'))) figures.partialExports++;
      }
      try {
        const store = await ArticleStore.open({ dataDir });
        const rows = Object.fromEntries(store.summaries().map((row) => [row.id, row]));
        figures.indexMismatches += mismatches(rows, (await articleFiles(dataDir)).articles);
        await store.close();
        const index = JSON.parse(await readFile(join(dataDir, 'desk.json'), 'utf8')) as { articles: Record<string, unknown> };
        figures.indexMismatches += mismatches(index.articles, (await articleFiles(dataDir)).articles);
      } catch (error) {
        figures.escapedExceptions++;
        process.stderr.write(`trial ${trial}: ${(error as Error).stack ?? String(error)}\n`);
      }
      figures.trials = trial;
      onTrial?.(figures);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return figures;
}
