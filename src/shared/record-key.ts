/**
 * Ids become keys of plain JSON records (desk.json) and file names, so a few
 * are never allowed: names every object already has ("__proto__",
 * "constructor", "toString"…), which would read or replace built-in members.
 */
import * as v from 'valibot';

const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A URL- and file-name-safe id of 6–64 characters that is not a reserved name. */
export function idSchema(what: string) {
  return v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9_-]{6,64}$/, `${what} id is 6–64 letters, digits, "-" or "_".`),
    v.check((id) => !RESERVED.has(id), `That name is reserved and cannot be ${what.toLowerCase()} id.`),
  );
}
