/**
 * Moving through the article list by keyboard: which row a key goes to from
 * row `index` of `total` when a page shows `page` rows (the list clamps it).
 */

/** The row ArrowDown/Up, PageDown/Up, Home or End goes to; null for any other key. */
export function rowForKey(key: string, index: number, total: number, page: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return index + 1;
    case 'ArrowUp':
      return index - 1;
    case 'PageDown':
      return index + page;
    case 'PageUp':
      return index - page;
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return null;
  }
}
