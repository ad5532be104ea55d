/** Reading a file named on the command line, with an error that names it and says why. */
import { readFile } from 'node:fs/promises';
import { DeskError } from '../shared/errors';

/** The file's text (UTF-8). Throws DeskError('not-a-briefing') naming the file when it cannot be read. */
export async function readInputFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new DeskError('not-a-briefing', `Cannot read "${file}": ${reason}.`);
  }
}
