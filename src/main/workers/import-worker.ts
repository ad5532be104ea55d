/** The import worker thread's entry: parses files (see parse-import.ts) off the main process's event loop. */
import { parseImportFile } from '../import/parse-import';
import { serveTasks } from './task-protocol';

serveTasks(parseImportFile);
