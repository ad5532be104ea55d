/**
 * A desk of many stories for browser tests of the long list: writes `count`
 * small articles and the index straight into a data folder (setup only, as
 * the store would have written them). Story n changed n minutes after the
 * first, so the list (last change first) shows story count-1 on top.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { DESK_SCHEMA_VERSION } from '../../src/main/store/desk-index';
import { type Article, summarize } from '../../src/shared/article';
import { countBodyWords, paragraphsToBody } from '../../src/shared/body-text';

/** The headline of story `n`. */
export function storyHeadline(n: number): string {
  return `Story number ${n} from the wire`;
}

function story(n: number): Article {
  const body = paragraphsToBody([`Paragraph of story ${n}, filed by the night desk.`]);
  const time = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return {
    id: `story-${String(n).padStart(6, '0')}`,
    slug: `story-number-${n}`,
    headline: storyHeadline(n),
    dateline: 'PORTVALE',
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

export async function writeManyArticles(dataDir: string, count: number): Promise<void> {
  await mkdir(join(dataDir, 'articles'), { recursive: true });
  const rows: Record<string, ReturnType<typeof summarize>> = {};
  for (let n = 0; n < count; n++) {
    const article = story(n);
    await writeFile(join(dataDir, 'articles', `${article.id}.json`), JSON.stringify(article));
    rows[article.id] = summarize(article);
  }
  await writeFile(join(dataDir, 'desk.json'), JSON.stringify({ schemaVersion: DESK_SCHEMA_VERSION, articles: rows }));
}
