/**
 * Timestamps as the desk stores them: UTC ISO 8601 with milliseconds, exactly
 * as `Date.prototype.toISOString` writes them ("2026-11-26T09:30:00.000Z").
 * One fixed shape keeps validation cheap on every open of a large store.
 */
import * as v from 'valibot';

const UTC_ISO_TIMESTAMP = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

export const TimestampSchema = v.pipe(v.string(), v.regex(UTC_ISO_TIMESTAMP, 'Expected a UTC timestamp such as 2026-11-26T09:30:00.000Z.'));
