/**
 * Time zones as the desk shows them: an IANA name with its offset from UTC at
 * a given moment ("Europe/London (UTC+01:00)" in summer). Pure Intl, no DOM.
 */

/** The offset of `zone` from UTC at `at`, as "UTC+05:30", "UTC−03:00" or "UTC". */
export function timeZoneOffsetLabel(zone: string, at: Date): string {
  const minutes = timeZoneOffsetMinutes(zone, at);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const whole = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/** Minutes `zone` is ahead of UTC at `at` (negative west of Greenwich). */
export function timeZoneOffsetMinutes(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'));
  const utc = Math.floor(at.getTime() / 60_000) * 60_000;
  return Math.round((wall - utc) / 60_000);
}
