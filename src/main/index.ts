/**
 * The Electron main process entry: the only file that starts Electron.
 * Everything it does is in app-lifecycle.ts, which is tested with a fake Electron.
 */
import { startDeskApp } from './app-lifecycle';

void startDeskApp();
