/**
 * How much of the formatting toolbar fits: given the width the toolbar has,
 * the number of leading entries (buttons and group separators, in toolbar
 * order) it can show, keeping room for the "More formatting" button when
 * anything is left over. Pure arithmetic over fixed sizes, so it is the same
 * on every draw and testable without a browser.
 */

/** A button's width with its gap, a separator's width with its gaps, the More button's width with its gap, in CSS pixels. */
const TOOL_WIDTH = 32;
const SEPARATOR_WIDTH = 11;
const MORE_WIDTH = 34;

/** How many of `entries` (null for a separator) fit in `available` pixels. */
export function visibleToolCount(entries: readonly (object | null)[], available: number): number {
  const widthOf = (entry: object | null) => (entry === null ? SEPARATOR_WIDTH : TOOL_WIDTH);
  const total = entries.reduce((sum, entry) => sum + widthOf(entry), 0);
  if (total <= available) return entries.length;
  let used = MORE_WIDTH;
  let count = 0;
  for (const entry of entries) {
    if (used + widthOf(entry) > available) break;
    used += widthOf(entry);
    count += 1;
  }
  // Never end the visible part on a separator: it would separate nothing from the More button.
  while (count > 0 && entries[count - 1] === null) count -= 1;
  return count;
}
