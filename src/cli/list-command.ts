/**
 * `desk list [--data-dir DIR] [--json]`: the desk's articles, last changed
 * first (trash left out), with their slugline, urgency and embargo.
 */
import { describeEmbargo, isEmbargoed } from '../shared/metadata/embargo';
import type { CommandContext } from './command-context';
import { openCommandDesk } from './open-command-desk';

export interface ListedArticleJson {
  id: string;
  headline: string;
  status: string;
  updatedAt: string;
  wordCount: number;
  slugline: string | null;
  urgency: number | null;
  /** The embargo's end (ISO 8601 with offset) and zone; null when it has none. */
  embargo: { until: string; timeZone: string } | null;
}

export async function listCommand(context: CommandContext): Promise<number> {
  const desk = await openCommandDesk(context);
  let rows: ListedArticleJson[];
  try {
    rows = (await desk.services.articles.list()).map(({ id, headline, status, updatedAt, wordCount, slugline, urgency, embargo }) => ({
      id,
      headline,
      status,
      updatedAt,
      wordCount,
      slugline: slugline ?? null,
      urgency: urgency ?? null,
      embargo: embargo ?? null,
    }));
  } finally {
    await desk.close();
  }
  if (context.options.json) {
    context.print(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (rows.length === 0) {
    context.print(`No articles in ${context.dataDir}. Import one with: desk import FILE --data-dir ${context.dataDir}`);
    return 0;
  }
  const now = new Date();
  for (const row of rows) {
    const slugline = row.slugline ? `[${row.slugline}] ` : '';
    const embargo = row.embargo && isEmbargoed(row.embargo, now) ? `  EMBARGOED until ${describeEmbargo(row.embargo)}` : '';
    context.print(
      `${row.id}  ${row.status.padEnd(9)}  ${String(row.wordCount).padStart(5)} words  ${row.updatedAt}  ${slugline}${row.headline || '(untitled)'}${embargo}`,
    );
  }
  return 0;
}
