/**
 * Row window: which rows of a fixed-height list are worth drawing for a scroll
 * position, and where a row must scroll to be seen. Pure arithmetic.
 */

export interface RowWindow {
  /** First row drawn. */
  start: number;
  /** One past the last row drawn. */
  end: number;
}

export interface RowGeometry {
  /** Height of a row plus the gap after it, in px. */
  stride: number;
  /** Space above the first row inside the scroller, in px. */
  top: number;
}

/** Rows drawn beyond each edge of the viewport, so a fast scroll shows no gap. */
export const OVERSCAN = 6;

/** The rows that intersect the viewport (plus OVERSCAN each side), clamped to the list. */
export function rowWindow(scrollTop: number, viewportHeight: number, total: number, geometry: RowGeometry): RowWindow {
  const first = Math.floor((scrollTop - geometry.top) / geometry.stride);
  const last = Math.ceil((scrollTop - geometry.top + viewportHeight) / geometry.stride);
  return { start: Math.max(0, Math.min(total, first - OVERSCAN)), end: Math.max(0, Math.min(total, last + OVERSCAN)) };
}

/** The scroll position that shows row `index` whole, moving as little as possible from `scrollTop`. */
export function scrollToShow(index: number, scrollTop: number, viewportHeight: number, geometry: RowGeometry): number {
  const rowTop = geometry.top + index * geometry.stride;
  const rowBottom = rowTop + geometry.stride;
  if (rowTop < scrollTop) return Math.max(0, rowTop - geometry.top);
  if (rowBottom > scrollTop + viewportHeight) return rowBottom - viewportHeight + geometry.top;
  return scrollTop;
}

/** How many whole rows fit the viewport (PageDown moves this many). */
export function rowsPerPage(viewportHeight: number, geometry: RowGeometry): number {
  return Math.max(1, Math.floor(viewportHeight / geometry.stride) - 1);
}
