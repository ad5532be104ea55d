/** The spelling worker thread's entry: spell checks and suggestions (see spelling/spell-checker.ts) off the main event loop. */
import { createSpellChecker } from '../spelling/spell-checker';
import { serveTasks } from './task-protocol';

serveTasks(createSpellChecker());
