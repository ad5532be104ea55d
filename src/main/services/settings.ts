/**
 * The settings service: reads and changes `<data>/settings.json` (see
 * shared/settings.ts). Reading never fails: a missing file gives the defaults,
 * a field that no longer validates falls back to its default, and a file that
 * is not JSON is moved to corrupt/ with a store warning. Changes are validated
 * as a whole and written durably before they are answered.
 */
import { join } from 'node:path';

import * as v from 'valibot';

import { DeskError } from '../../shared/errors';
import { defaultSettings, type DeskSettings, DeskSettingsPatchSchema, DeskSettingsSchema } from '../../shared/settings';
import { describeIssues } from '../../shared/validation-issues';
import type { Clock } from '../ports';
import { AtomicJsonFile } from '../store/atomic-json-file';
import { quarantineFile } from '../store/quarantine';

export type SettingsService = ReturnType<typeof createSettingsService>;

export interface SettingsOptions {
  /** Where warnings about a settings file moved to corrupt/ go (the store's warnings). */
  warnings: string[];
  /** The machine's IANA time zone, the default desk zone; the process's own by default. */
  machineTimeZone?: string;
}

/** Keeps each field of `data` that is still valid; the default for the rest. */
function readable(data: unknown, defaults: DeskSettings): DeskSettings {
  const stored = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const settings = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof DeskSettings)[]) {
    const field = v.safeParse(DeskSettingsSchema.entries[key], stored[key]);
    if (field.success) Object.assign(settings, { [key]: field.output });
  }
  return settings;
}

export function createSettingsService(dataDir: string, clock: Clock, options: SettingsOptions) {
  const file = new AtomicJsonFile<DeskSettings>(join(dataDir, 'settings.json'));
  const defaults = defaultSettings(options.machineTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  let current: Promise<DeskSettings> | undefined;
  /** Updates run one after another, each on the settings the previous one left. */
  let updates: Promise<unknown> = Promise.resolve();

  async function load(): Promise<DeskSettings> {
    try {
      return readable(await file.read(), defaults);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      options.warnings.push(await quarantineFile(dataDir, file.path, 'it is not valid JSON', clock.now()));
      return { ...defaults };
    }
  }

  return {
    /** The settings as they are now. */
    read(): Promise<DeskSettings> {
      current ??= load();
      return current;
    },

    /** Changes the fields in `patch` (validated); answers the settings as stored. */
    update(patch: unknown): Promise<DeskSettings> {
      const parsed = v.safeParse(DeskSettingsPatchSchema, patch);
      if (!parsed.success) {
        return Promise.reject(new DeskError('invalid-request', `Those settings were not saved: ${describeIssues(parsed.issues)}`));
      }
      const changes = Object.fromEntries(Object.entries(parsed.output).filter(([, value]) => value !== undefined));
      const stored = updates.then(async () => {
        const next: DeskSettings = { ...(await this.read()), ...changes };
        await file.write(next);
        current = Promise.resolve(next);
        return next;
      });
      updates = stored.catch(() => undefined);
      return stored;
    },

    /** Who is editing, for records that carry an author (revisions, suggestions, notes); null until set. */
    async displayName(): Promise<string | null> {
      return (await this.read()).displayName;
    },
  };
}
