/**
 * `npm run bench [-- --json]`: runs every benchmark once and prints the
 * results (JSON with --json). Ratios compare numbers measured in this one run.
 */
import { parseArgs } from 'node:util';

import { runAttributionBench } from './attribution-bench';
import { measureCommonMarkStability } from './commonmark-stability';
import { runExportBench } from './export-bench';
import { runRelatedSearchBench } from './related-bench';
import { runRevisionsBench } from './revisions-bench';
import { runStoreBench } from './store-bench';
import { runSubjectSearchBench } from './subject-search-bench';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, sizes: { type: 'string' }, 'store-only': { type: 'boolean' } } });
const json = values.json ?? false;
// `--sizes 1000,10000,100000` measures the store at those desk sizes; `--store-only` skips the other benchmarks.
const store = await runStoreBench(values.sizes ? values.sizes.split(',').map(Number) : undefined);
const storeOnly = values['store-only'] ?? false;
const relatedSearch = storeOnly ? null : await runRelatedSearchBench();
const revisions = storeOnly ? null : await runRevisionsBench();
const exportSpeed = storeOnly ? null : await runExportBench();
const commonMark = storeOnly ? null : measureCommonMarkStability();
const attribution = storeOnly ? null : await runAttributionBench();
const subjectSearch = storeOnly ? null : await runSubjectSearchBench();
const report = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  store,
  relatedSearch,
  revisions,
  exportSpeed,
  commonMark,
  attribution,
  subjectSearch,
};

if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  for (const size of store.sizes) {
    const lowdb = size.lowdbSaveP50Ms === null ? '' : `; single-file lowdb p50 ${size.lowdbSaveP50Ms} ms (${size.ratio}× slower)`;
    process.stdout.write(
      `${String(size.articles).padStart(6)} articles: save p50 ${size.saveP50Ms} ms, p95 ${size.saveP95Ms} ms, index flush ${size.journalAppendMs} ms (journal; desk.json rewrite ${size.snapshotWriteMs} ms), clean open ${size.openCleanMs} ms${lowdb}\n`,
    );
  }
  process.stdout.write(`save p50 at ${store.openArticles} ÷ at ${store.sizes[0].articles} articles: ${store.saveGrowth}\n`);
}
if (!json && subjectSearch) {
  process.stdout.write(
    `subject search over ${subjectSearch.topics} Media Topics: first ${subjectSearch.firstSearchMs} ms, then p50 ${subjectSearch.searchP50Ms} ms, p95 ${subjectSearch.searchP95Ms} ms (target ${subjectSearch.targetP95Ms} ms)\n`,
  );
}
if (!json && relatedSearch && revisions && exportSpeed && commonMark && attribution) {
  process.stdout.write(
    `related picker over ${relatedSearch.articles} headlines: first search ${relatedSearch.firstSearchRightAfterOpenMs} ms, then p50 ${relatedSearch.searchP50Ms} ms, p95 ${relatedSearch.searchP95Ms} ms\n`,
  );
  process.stdout.write(
    `revisions of a ${revisions.words}-word article × ${revisions.revisions}: list ${revisions.listP50Ms} ms, diff neighbours ${revisions.diffNeighboursP50Ms} ms, diff first↔last ${revisions.diffFirstLastP50Ms} ms (p50)\n`,
  );
  process.stdout.write(
    `export 20k/80k words: Markdown ${exportSpeed.markdown20kMs}/${exportSpeed.markdown80kMs} ms (×${exportSpeed.markdownRatio}), HTML ${exportSpeed.html20kMs}/${exportSpeed.html80kMs} ms (×${exportSpeed.htmlRatio})\n`,
  );
  process.stdout.write(
    `attribution of ${attribution.words1k} words: first run ${attribution.firstRun1kMs} ms, then p50 ${attribution.p50Of1kMs} ms, p95 ${attribution.p95Of1kMs} ms; ${attribution.words20k} words p50 ${attribution.p50Of20kMs} ms\n`,
  );
  process.stdout.write(
    `CommonMark stability: ${commonMark.stable}/${commonMark.representable} representable spec examples (${commonMark.percent} %) of ${commonMark.examples}\n`,
  );
}
