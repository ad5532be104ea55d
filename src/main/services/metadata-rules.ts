/**
 * What the desk's newsroom metadata demands of a save (see shared/metadata/):
 * - bylines and the byline string stay one: people sent → the string is theirs;
 *   a string typed → people from it, keeping each one's role;
 * - a slugline is unique on the desk (ignoring case; the trash aside);
 * - a story under embargo cannot be published, nor a published one embargoed;
 * - corrections are added to a story that has been published (a new article,
 *   an import, may bring its earlier ones);
 * - keywords and subjects are kept once each.
 * Breaking a rule throws a DeskError saying what to do; nothing is written.
 */
import type { Article, ArticleFields, ArticleSummary } from '../../shared/article';
import { DeskError } from '../../shared/errors';
import { bylinesFromText, formatByline } from '../../shared/metadata/bylines';
import { describeEmbargo, isEmbargoed } from '../../shared/metadata/embargo';
import { sluglineKey } from '../../shared/metadata/slugline';

export interface MetadataRuleContext {
  now: Date;
  /** Every summary on the desk (trash included). */
  summaries(): readonly ArticleSummary[];
}

function headlineOf(article: { headline: string }): string {
  return `“${article.headline.trim() || 'Untitled'}”`;
}

/** Drops repeats (ignoring case), keeping the first spelling. */
function once(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `next` (the article with `sent` applied) made to follow the rules, or a DeskError. `before` is undefined for a new article. */
export function applyMetadataRules(next: Article, sent: ArticleFields, before: Article | undefined, context: MetadataRuleContext): Article {
  const article: Article = { ...next };
  if (sent.bylines !== undefined) article.byline = formatByline(sent.bylines);
  else if (sent.byline !== undefined) article.bylines = bylinesFromText(sent.byline, before?.bylines ?? []);
  if (article.keywords) article.keywords = once(article.keywords);
  if (article.subjects) article.subjects = once(article.subjects);
  if (article.slugline === '') delete article.slugline;
  if (article.embargo === null) delete article.embargo;

  if (sent.slugline) {
    const key = sluglineKey(sent.slugline);
    const holder = context
      .summaries()
      .find((row) => row.id !== article.id && !row.deletedAt && row.slugline && sluglineKey(row.slugline) === key);
    if (holder) {
      throw new DeskError(
        'invalid-request',
        `The slugline ${sent.slugline} is already used by ${headlineOf(holder)}. Sluglines are unique on the desk: choose another (add a word or a number).`,
      );
    }
  }

  const embargoed = isEmbargoed(article.embargo, context.now);
  if (embargoed && article.status === 'published' && (sent.status === 'published' || sent.embargo)) {
    throw new DeskError(
      'invalid-request',
      sent.status === 'published'
        ? `${headlineOf(article)} is under embargo until ${describeEmbargo(article.embargo!)} and cannot be published before then. Lift the embargo or wait until it ends.`
        : `${headlineOf(article)} is already published, so it cannot be put under embargo. Set it back to Ready first.`,
    );
  }

  if (article.status === 'published' && !article.firstPublishedAt) article.firstPublishedAt = context.now.toISOString();
  const addsCorrections = (sent.corrections?.length ?? 0) > (before?.corrections?.length ?? 0);
  if (before && addsCorrections && !article.firstPublishedAt) {
    throw new DeskError(
      'invalid-request',
      `${headlineOf(article)} has not been published, so it takes no corrections. Fix the text itself, or publish the story first.`,
    );
  }
  return article;
}
