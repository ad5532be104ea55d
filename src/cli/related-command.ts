/**
 * `desk related ID [--data-dir DIR] [--json]`: an article's related stories, in
 * order, and the articles that link to it.
 */
import type { CommandContext } from './command-context';
import { openCommandDesk } from './open-command-desk';

export interface RelatedJson {
  related: { headline: string; articleId: string | null; url: string | null; relation: string }[];
  linkedFrom: { id: string; headline: string }[];
}

export async function relatedCommand(ids: string[], context: CommandContext): Promise<number> {
  if (ids.length !== 1) return context.usageError('desk related needs exactly one article ID (see desk list).');
  const desk = await openCommandDesk(context);
  let result: RelatedJson;
  try {
    const article = await desk.services.articles.get(ids[0]);
    result = {
      // A stored article's link shows that article's current headline.
      related: article.related.map(({ headline, articleId, url, relation }) => ({
        headline: (articleId && desk.store.summary(articleId)?.headline) || headline,
        articleId,
        url,
        relation,
      })),
      linkedFrom: desk.services.related.linkedFrom(article.id),
    };
  } finally {
    await desk.close();
  }
  if (context.options.json) {
    context.print(JSON.stringify(result, null, 2));
    return 0;
  }
  if (result.related.length === 0) context.print('No related stories.');
  result.related.forEach((link, index) => {
    const target = link.articleId ? `article ${link.articleId}` : (link.url ?? 'unresolved');
    context.print(`${index + 1}. ${link.headline}  [${link.relation}; ${target}]`);
  });
  context.print(result.linkedFrom.length === 0 ? 'Linked from: nothing.' : 'Linked from:');
  for (const origin of result.linkedFrom) context.print(`  ${origin.id}  ${origin.headline}`);
  return 0;
}
