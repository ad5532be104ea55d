/** `desk list [--data-dir DIR] [--json]`: the desk's articles, last changed first (trash left out). */
import type { CommandContext } from './command-context';
import { openCommandDesk } from './open-command-desk';

export interface ListedArticleJson {
  id: string;
  headline: string;
  status: string;
  updatedAt: string;
  wordCount: number;
}

export async function listCommand(context: CommandContext): Promise<number> {
  const desk = await openCommandDesk(context);
  let rows: ListedArticleJson[];
  try {
    rows = (await desk.services.articles.list()).map(({ id, headline, status, updatedAt, wordCount }) => ({
      id,
      headline,
      status,
      updatedAt,
      wordCount,
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
  for (const row of rows) {
    context.print(
      `${row.id}  ${row.status.padEnd(9)}  ${String(row.wordCount).padStart(5)} words  ${row.updatedAt}  ${row.headline || '(untitled)'}`,
    );
  }
  return 0;
}
