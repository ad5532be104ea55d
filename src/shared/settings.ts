/**
 * The desk's settings for the person at this machine: who is editing (the
 * display name that revisions, suggestions, notes and presence carry), the
 * language new stories are written in, and the desk's time zone (embargoes and
 * times are shown in it).
 *
 * Stored in `<data>/settings.json`. A file written by an older version, or with
 * a field missing, reads as the defaults for what it lacks.
 */
import * as v from 'valibot';

/** The longest display name, in characters. */
export const MAX_DISPLAY_NAME = 80;

export const DisplayNameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'A display name cannot be empty.'),
  v.maxLength(MAX_DISPLAY_NAME, `A display name is at most ${MAX_DISPLAY_NAME} characters.`),
  v.check((name) => !/\p{Cc}/u.test(name), 'A display name cannot hold control characters.'),
);

/** True for a well-formed BCP 47 language tag ("en-GB", "de", "zh-Hant-TW"). */
export function isLanguageTag(tag: string): boolean {
  try {
    return tag.length <= 35 && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** True for a time zone this machine knows by its IANA name ("Europe/London", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const LanguageTagSchema = v.pipe(
  v.string(),
  v.trim(),
  v.check(isLanguageTag, 'A language is a BCP 47 tag such as "en-GB" or "fr".'),
  v.transform((tag) => Intl.getCanonicalLocales(tag)[0] ?? tag),
);

export const TimeZoneSchema = v.pipe(
  v.string(),
  v.trim(),
  v.check(isTimeZone, 'A time zone is an IANA name such as "Europe/London" or "America/New_York".'),
);

export const DeskSettingsSchema = v.object({
  /** Who is editing; null until the person has said (the app asks once). */
  displayName: v.nullable(DisplayNameSchema),
  language: LanguageTagSchema,
  timeZone: TimeZoneSchema,
});
export type DeskSettings = v.InferOutput<typeof DeskSettingsSchema>;

/** A change to some of the settings (what `settings:update` accepts). */
export const DeskSettingsPatchSchema = v.partial(DeskSettingsSchema);
export type DeskSettingsPatch = v.InferInput<typeof DeskSettingsPatchSchema>;

export const DEFAULT_LANGUAGE = 'en-GB';

/** The settings of a desk nobody has set up yet, in the machine's own time zone. */
export function defaultSettings(machineTimeZone: string): DeskSettings {
  return { displayName: null, language: DEFAULT_LANGUAGE, timeZone: isTimeZone(machineTimeZone) ? machineTimeZone : 'UTC' };
}
