/** Small text formatters for the desk's chrome: times, counts, status names. */
import type { ArticleStatus } from '../../shared/article';

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const dayAndMonth = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' });
// One formatter, made once: Number#toLocaleString builds a new one on every call, which shows on a long list.
const numbers = new Intl.NumberFormat('en');

/** A count with thousands separators: "20,000". */
export function formatNumber(value: number): string {
  return numbers.format(value);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", then a date ("4 Mar"). */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const elapsed = now - time;
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 2 * DAY) return relative.format(-1, 'day');
  return dayAndMonth.format(time);
}

/** "Mar 4, 2026, 10:15 AM": for tooltips beside a relative time. */
export function absoluteTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : absolute.format(time);
}

/** “Headline” in curly quotes, or “Untitled article”: an article named in a notice. */
export function quoted(headline: string): string {
  return `“${headline.trim() || 'Untitled article'}”`;
}

/** "1 word", "250 words". */
export function wordCountLabel(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'word' : 'words'}`;
}

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  editing: 'Editing',
  ready: 'Ready',
  published: 'Published',
};

/** "Ctrl" on Windows and Linux, "⌘" on macOS: for shortcut hints. */
export const MOD_KEY_LABEL = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
