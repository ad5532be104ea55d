/** Reading a file named on the command line, with an error that names it and says why. */
import { open } from 'node:fs/promises';

import { DeskError } from '../shared/errors';
import { type DecodedText, decodeImportBytes } from '../shared/import/decode-text';
import { importTooLargeMessage, MAX_IMPORT_BYTES, MAX_IMPORT_CHARACTERS } from '../shared/import/import-limits';

/**
 * The file's text (UTF-8, or UTF-16 with a byte order mark) and warnings about
 * bytes that could not be decoded. Throws DeskError naming the file when it
 * cannot be read or is over the import cap the app also applies (checked
 * before the whole file is read).
 */
export async function readInputFile(file: string): Promise<DecodedText> {
  let bytes: Uint8Array;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_IMPORT_BYTES) throw new DeskError('invalid-request', importTooLargeMessage(file));
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof DeskError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new DeskError('not-a-briefing', `Cannot read "${file}": ${reason}.`);
  }
  const decoded = decodeImportBytes(bytes, file);
  if (decoded.text.length > MAX_IMPORT_CHARACTERS) throw new DeskError('invalid-request', importTooLargeMessage(file));
  return decoded;
}
