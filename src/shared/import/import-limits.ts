/**
 * How large a file the desk imports: one cap for every format, checked by the
 * IPC schema (the app) and by `desk import` (the CLI) before anything is parsed.
 */

/** The most characters one imported file may hold (about 2 MB of text: a 300,000-word story). */
export const MAX_IMPORT_CHARACTERS = 2_000_000;

/** The most bytes the CLI reads from one file before decoding (UTF-8 takes at most 4 per character). */
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARACTERS * 4;

/** What the person is told about a file over the cap. */
export function importTooLargeMessage(fileName?: string): string {
  const name = fileName ? `"${fileName}"` : 'That file';
  return `${name} is over ${MAX_IMPORT_CHARACTERS.toLocaleString('en')} characters, too large to import at once. Split it into smaller files and import those.`;
}

/** How long parsing one file may take before it is stopped (a linear parser needs a few seconds for the largest file). */
export const IMPORT_TIME_LIMIT_MS = 60_000;
