/**
 * Turning an imported file's bytes into text: UTF-8 (with or without a byte
 * order mark), or UTF-16 when the file starts with a UTF-16 byte order mark
 * (Windows Notepad's "Unicode"). Bytes that are not valid UTF-8 are replaced
 * by U+FFFD and reported with the lines they are on, so nothing is changed
 * silently. Pure (TextDecoder only): the CLI uses it, and the renderer can
 * decode a dropped file's bytes the same way.
 */

export interface DecodedText {
  text: string;
  /** What the person should check, e.g. which lines held invalid UTF-8. */
  warnings: string[];
}

/** How many line numbers a warning names before it says "and N more". */
const LINES_NAMED = 5;

export function decodeImportBytes(bytes: Uint8Array, fileName?: string): DecodedText {
  const name = fileName ? `"${fileName}"` : 'The file';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), warnings: [] };
  } catch {
    const lines = invalidLines(body);
    const named = lines.slice(0, LINES_NAMED).join(', ');
    const more = lines.length > LINES_NAMED ? ` and ${lines.length - LINES_NAMED} more` : '';
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body),
      warnings: [
        `${name} is not valid UTF-8 on line${lines.length === 1 ? '' : 's'} ${named}${more}: the bytes that could not be read were replaced with "\uFFFD". Check those lines, or save the file as UTF-8 and import it again.`,
      ],
    };
  }
}

/** The 1-based numbers of the lines (split at \n) holding bytes that are not valid UTF-8. */
function invalidLines(bytes: Uint8Array): number[] {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lines: number[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      strict.decode(bytes.subarray(start, end));
    } catch {
      lines.push(line);
    }
    start = end + 1;
  }
  return lines;
}
