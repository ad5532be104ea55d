/**
 * Pure helpers for editing an article's related links in the renderer: labels,
 * web addresses, reordering, and telling a stored copy from a newer local edit.
 */
import { isUnresolved, MAX_URL_LENGTH, type RelatedLink, type Relation } from '../../shared/related-link';

export const RELATION_LABELS: Record<Relation, string> = {
  'see-also': 'See also',
  'follow-up': 'Follow-up',
  background: 'Background',
  previous: 'Previous',
};

/** What a link points at: a stored article, a web page, or nothing yet. */
export type LinkKind = 'article' | 'external' | 'unresolved';

export function kindOf(link: RelatedLink): LinkKind {
  if (link.articleId) return 'article';
  if (link.url) return 'external';
  return 'unresolved';
}

/** The http(s) address typed or pasted as `text`, normalized; null for anything else. */
export function webAddress(text: string): string | null {
  const trimmed = text.trim();
  if (!/^https?:\/\/\S+$/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    // Normalising percent-encodes non-ASCII text, which can make an address too long to store.
    return url.hostname && url.href.length <= MAX_URL_LENGTH ? url.href : null;
  } catch {
    return null;
  }
}

/** "example.com" for "https://www.example.com/story": the host a person recognizes. */
export function hostOf(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return address;
  }
}

/** The links with the one at `index` moved by `delta` places; null when it cannot move that way. */
export function moveLink(links: readonly RelatedLink[], index: number, delta: -1 | 1): RelatedLink[] | null {
  const target = index + delta;
  if (index < 0 || index >= links.length || target < 0 || target >= links.length) return null;
  const moved = [...links];
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}

/**
 * True when `stored` is `local` as main saved it: the same links in the same
 * order, where main may only have resolved links that were unresolved. A
 * stored copy that is not a refinement predates a newer local edit.
 */
export function refines(stored: readonly RelatedLink[], local: readonly RelatedLink[]): boolean {
  if (stored.length !== local.length) return false;
  return stored.every((link, index) => {
    const mine = local[index];
    if (link.headline !== mine.headline.trim() || link.relation !== mine.relation || (link.url ?? null) !== (mine.url ?? null))
      return false;
    return (link.articleId ?? null) === (mine.articleId ?? null) || isUnresolved(mine);
  });
}
