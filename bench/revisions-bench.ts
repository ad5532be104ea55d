/**
 * Revisions benchmark: a 10,000-word article with 200 revisions. Opening its
 * revisions list (a freshly opened desk, nothing cached) and diffing two
 * revisions (neighbours, and the first against the last) through the real handlers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openDesk } from '../src/main/open-desk';
import { paragraphsToBody } from '../src/shared/body-text';
import { percentile, timeIt } from './measure';

const VOCABULARY =
  'the council said on monday that the harbor plan would go ahead despite objections from residents and fishing groups who fear for the estuary'.split(
    ' ',
  );

/** ~10,000 words in 100 paragraphs; `edit` changes a few words in one paragraph. */
function paragraphs(edit: number): string[] {
  return Array.from({ length: 100 }, (_, p) => {
    const words = Array.from({ length: 100 }, (_, w) => VOCABULARY[(p * 31 + w * 7) % VOCABULARY.length]);
    if (p === edit % 100) words.splice(10, 3, 'revised', `wording-${edit}`, 'here');
    return words.join(' ') + '.';
  });
}

export interface RevisionsBenchResult {
  words: number;
  revisions: number;
  listP50Ms: number;
  diffNeighboursP50Ms: number;
  diffFirstLastP50Ms: number;
}

export async function runRevisionsBench(revisionCount = 200, repeats = 7): Promise<RevisionsBenchResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-revisions-'));
  const setup = await openDesk({ dataDir });
  const article = await setup.services.articles.create({ headline: 'Long read', body: paragraphsToBody(paragraphs(0)) });
  for (let revision = 1; revision <= revisionCount; revision++) {
    await setup.services.articles.update(article.id, { body: paragraphsToBody(paragraphs(revision)) });
    await setup.services.revisions.saveVersion(article.id, `v${revision}`);
  }
  await setup.close();

  const list: number[] = [];
  const neighbours: number[] = [];
  const firstLast: number[] = [];
  const sender = { url: 'bench' };
  for (let repeat = 0; repeat < repeats; repeat++) {
    const desk = await openDesk({ dataDir, isTrustedSender: () => true });
    let revisions: { id: string }[] = [];
    list.push(
      await timeIt(async () => {
        const result = await desk.handlers['revisions:list']({ articleId: article.id }, sender);
        if (!result.ok) throw new Error(result.error.message);
        revisions = result.value as { id: string }[];
      }),
    );
    const middle = Math.floor(revisions.length / 2);
    neighbours.push(
      await timeIt(() =>
        desk.handlers['revisions:diff']({ articleId: article.id, fromId: revisions[middle + 1].id, toId: revisions[middle].id }, sender),
      ),
    );
    firstLast.push(
      await timeIt(() =>
        desk.handlers['revisions:diff']({ articleId: article.id, fromId: revisions.at(-1)!.id, toId: revisions[0].id }, sender),
      ),
    );
    await desk.close();
  }
  await rm(dataDir, { recursive: true, force: true });
  return {
    words: 10_000,
    revisions: revisionCount,
    listP50Ms: percentile(list, 50),
    diffNeighboursP50Ms: percentile(neighbours, 50),
    diffFirstLastP50Ms: percentile(firstLast, 50),
  };
}
