/**
 * Embargoes: a moment before which a story may not be published, with the
 * time zone it was set in. `until` is ISO 8601 with an explicit offset
 * ("2026-12-01T09:00:00+01:00"); `timeZone` is the IANA zone the desk shows
 * it in ("Europe/Paris"), so a person sees the wall-clock time and its offset.
 */
import * as v from 'valibot';

import { isTimeZone } from '../settings';

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export const EmbargoUntilSchema = v.pipe(
  v.string(),
  v.trim(),
  v.regex(ISO_WITH_OFFSET, 'An embargo is a date and time with its offset, such as 2026-12-01T09:00:00+01:00.'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'That embargo date does not exist.'),
);

export const EmbargoSchema = v.object({
  until: EmbargoUntilSchema,
  timeZone: v.pipe(v.string(), v.check(isTimeZone, 'An embargo time zone is an IANA zone such as Europe/London.')),
});
export type Embargo = v.InferOutput<typeof EmbargoSchema>;

/** True while the embargo has not yet lifted at `now`. */
export function isEmbargoed(embargo: Embargo | null | undefined, now: Date): boolean {
  return !!embargo && Date.parse(embargo.until) > now.getTime();
}

/** The zone's offset from UTC at `instant`, in minutes (east positive). */
export function zoneOffsetMinutes(timeZone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** "+01:00", "-05:00", "+05:45", "+00:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The wall-clock date and time ("2026-12-01T09:00") of `instant` in `timeZone`, as a datetime-local input holds it. */
export function wallClock(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(timeZone, instant) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * The embargo for a wall-clock time ("2026-12-01T09:00") in `timeZone`: the
 * offset is the zone's at that moment (for a time a clock change skips or
 * repeats, the offset before the change).
 */
export function embargoAt(local: string, timeZone: string): Embargo {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new RangeError(`Not a date and time: ${local}`);
  const asUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]));
  // The offset at the guessed instant, then once more at the corrected one (enough for any real zone).
  let offset = zoneOffsetMinutes(timeZone, new Date(asUtc));
  offset = zoneOffsetMinutes(timeZone, new Date(asUtc - offset * 60_000));
  return { until: `${local}:00${formatOffset(offset)}`, timeZone };
}

/** "1 Dec 2026, 09:00 Europe/Paris (+01:00)": the embargo as the desk shows it. */
export function describeEmbargo(embargo: Embargo): string {
  const instant = new Date(embargo.until);
  const when = new Intl.DateTimeFormat('en-GB', {
    timeZone: embargo.timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return `${when} ${embargo.timeZone} (${formatOffset(zoneOffsetMinutes(embargo.timeZone, instant))})`;
}

/** The zone an embargo from a file without one is shown in: the offset's own fixed zone, or UTC. */
export function zoneForOffset(until: string): string {
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(until)?.[1] ?? 'Z';
  if (offset === 'Z' || offset === '+00:00' || offset === '-00:00') return 'UTC';
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  // Etc/GMT zones have the sign the other way round and whole hours only.
  return minutes === 0 && isTimeZone(`Etc/GMT${offset[0] === '+' ? '-' : '+'}${hours}`)
    ? `Etc/GMT${offset[0] === '+' ? '-' : '+'}${hours}`
    : 'UTC';
}
