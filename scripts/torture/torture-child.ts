/**
 * The process the kill trials SIGKILL: it works on a data folder until it is
 * killed, printing `READY` once the store is open and one line per
 * acknowledged piece of work (written synchronously, so a printed line is
 * always work that completed):
 *
 *     saves  DATA_DIR            `ACK <id> <version>` after each article save resolves
 *     import DATA_DIR FILE...    `DONE` after `desk import` of the files returned 0
 *     export DATA_DIR OUT_DIR    `EXPORTED <n>` after each full export of the desk
 */
import { writeSync } from 'node:fs';

import { systemClock } from '../../src/main/ports';
import { noDialogs } from '../../src/main/ports';
import { createArticleService } from '../../src/main/services/articles';
import { createRelatedService } from '../../src/main/services/related';
import { createRevisionService } from '../../src/main/services/revisions';
import { ArticleStore } from '../../src/main/store/article-store';
import { RevisionStore } from '../../src/main/store/revision-store';
import { paragraphsToBody } from '../../src/shared/body-text';
import { versionOf } from './torture-protocol';

const [mode, dataDir, ...rest] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);
const ARTICLES = 5;

async function openServices() {
  const store = await ArticleStore.open({ dataDir });
  const related = createRelatedService(store);
  const revisions = createRevisionService(new RevisionStore(dataDir, systemClock, store.warnings), systemClock);
  const articles = createArticleService(store, systemClock, [related.hooks, revisions.hooks]);
  revisions.connect(articles);
  return { store, articles };
}

async function saves(): Promise<void> {
  let { store, articles } = await openServices();
  say('READY');
  for (let round = 0; ; round++) {
    const live = store.summaries().filter((row) => row.headline.startsWith('Torture story'));
    if (live.length < ARTICLES) {
      const created = await articles.create({ headline: `Torture story ${live.length} v1`, body: paragraphsToBody(['First version.']) });
      say(`ACK ${created.id} 1`);
      continue;
    }
    const target = live[Math.floor(Math.random() * live.length)];
    const version = versionOf(target.headline) + 1;
    const words = Array.from({ length: 20 + Math.floor(Math.random() * 400) }, (_, index) => `word${(index * version) % 97}`).join(' ');
    await articles.update(target.id, {
      headline: target.headline.replace(/ v\d+$/, ` v${version}`),
      body: paragraphsToBody([words, `Version ${version}.`]),
    });
    say(`ACK ${target.id} ${version}`);
    // Now and then close and reopen, so kills land during opens and closes too.
    if (round % 25 === 24) {
      await store.close();
      ({ store, articles } = await openServices());
    }
  }
}

// Import and export load their modules only in their own mode, so a saves trial starts quickly.
async function importFiles(): Promise<void> {
  const { runDeskCommand } = await import('../../src/cli/run-desk-command');
  say('READY');
  const code = await runDeskCommand(['import', ...rest, '--data-dir', dataDir], {
    stdout: () => undefined,
    stderr: (text) => process.stderr.write(text),
    env: {},
  });
  if (code === 0) say('DONE');
}

async function exportDesk(): Promise<void> {
  const { createBatchExportService, folderTarget } = await import('../../src/main/services/batch-export');
  const store = await ArticleStore.open({ dataDir });
  const exports = createBatchExportService(store, noDialogs);
  say('READY');
  for (let round = 1; ; round++) {
    await exports.exportTo(folderTarget(rest[0]), { all: true, formats: ['html', 'md', 'ninjs'] });
    say(`EXPORTED ${round}`);
  }
}

const modes: Record<string, () => Promise<void>> = { saves, import: importFiles, export: exportDesk };
await modes[mode]();
