/**
 * What a merge must show for review. Yjs merges prose on its own, but two
 * editors changing the same quote offline converge to text nobody wrote
 * ("groundless" → "baseless" and "unfounded" become "unfoundedbaseless"), so:
 * - the headline, and the text or speaker of each direct quote and paraphrase,
 *   changed on both sides (even the same way) is a conflict;
 * - one changed only on the other side is listed as a change to review;
 * - prose outside quotes is never listed.
 *
 * Quotes are matched across the versions by kind and order in the body (the
 * third paraphrase is the third paraphrase); a quote added or removed shifts
 * the ones after it, which then show as changed.
 */
import type { NodeJson } from '../article';
import { speakerSpansOfBlocks, textBlocksOfJson } from '../speaker-spans';
import type { ArticleContent } from './article-content';

export interface MergeVersions {
  /** The last version both sides had. */
  base: ArticleContent;
  /** This desk's version before the merge. */
  mine: ArticleContent;
  /** The server's version before the merge. */
  theirs: ArticleContent;
  merged: ArticleContent;
}

export type ReviewedPart = 'headline' | 'direct quote' | 'paraphrase';

export interface MergeReviewItem {
  part: ReviewedPart;
  /** 1-based order among the parts of that kind ("the 2nd direct quote"); 1 for the headline. */
  ordinal: number;
  /** True when both sides changed it: a person must choose. */
  conflict: boolean;
  base: string;
  mine: string;
  theirs: string;
  merged: string;
}

interface Quoted {
  text: string;
  speakerId: string;
}

/** The items to review, headline first, then quotes in body order. Empty when the merge only touched prose. */
export function reviewMerge(versions: MergeVersions): MergeReviewItem[] {
  const items: MergeReviewItem[] = [];
  const headline = judge('headline', 1, {
    base: { text: versions.base.headline, speakerId: '' },
    mine: { text: versions.mine.headline, speakerId: '' },
    theirs: { text: versions.theirs.headline, speakerId: '' },
    merged: { text: versions.merged.headline, speakerId: '' },
  });
  if (headline) items.push(headline);
  for (const part of ['direct quote', 'paraphrase'] as const) {
    const kind = part === 'direct quote' ? 'direct' : 'paraphrase';
    const spans = {
      base: quotesOf(versions.base.body, kind),
      mine: quotesOf(versions.mine.body, kind),
      theirs: quotesOf(versions.theirs.body, kind),
      merged: quotesOf(versions.merged.body, kind),
    };
    const count = Math.max(...Object.values(spans).map((list) => list.length));
    for (let index = 0; index < count; index++) {
      const at = (list: Quoted[]): Quoted => list[index] ?? { text: '', speakerId: '' };
      const item = judge(part, index + 1, {
        base: at(spans.base),
        mine: at(spans.mine),
        theirs: at(spans.theirs),
        merged: at(spans.merged),
      });
      if (item) items.push(item);
    }
  }
  return items;
}

function judge(
  part: ReviewedPart,
  ordinal: number,
  versions: Record<'base' | 'mine' | 'theirs' | 'merged', Quoted>,
): MergeReviewItem | undefined {
  const same = (first: Quoted, second: Quoted) => first.text === second.text && first.speakerId === second.speakerId;
  const mineChanged = !same(versions.mine, versions.base);
  const theirsChanged = !same(versions.theirs, versions.base);
  const conflict = mineChanged && theirsChanged;
  if (!conflict && same(versions.merged, versions.mine)) return undefined;
  const { base, mine, theirs, merged } = versions;
  return { part, ordinal, conflict, base: base.text, mine: mine.text, theirs: theirs.text, merged: merged.text };
}

function quotesOf(body: NodeJson, kind: 'direct' | 'paraphrase'): Quoted[] {
  return speakerSpansOfBlocks(textBlocksOfJson(body))
    .filter((span) => span.kind === kind)
    .map(({ text, speakerId }) => ({ text, speakerId }));
}
