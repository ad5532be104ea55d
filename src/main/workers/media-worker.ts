/** The media worker thread's entry: decodes, checks, hashes, writes and reads the metadata of pictures (picture-intake.ts) off the main event loop. */
import { takeInPicture } from '../media/picture-intake';
import { serveTasks } from './task-protocol';

serveTasks(takeInPicture);
