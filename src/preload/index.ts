/**
 * The preload: exposes three named objects to the page and nothing else.
 *
 *   window.desk          the typed DeskApi client (requests to main)
 *   window.deskCommands  `onCommand(listener)`: menu commands from main
 *   window.deskEvents    `onExportProgress(listener)`: batch-export progress from main
 *
 * The page never sees ipcRenderer or an IPC event, only named functions. It is
 * bundled to one CommonJS file because a sandboxed preload cannot load modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createDeskClient } from '../shared/ipc/desk-client';
import * as v from 'valibot';
import { BatchExportProgressSchema, EXPORT_PROGRESS_EVENT, type DeskEvents } from '../shared/ipc/desk-events';
import { DESK_COMMAND_CHANNEL, isMenuCommand, type DeskCommands } from '../shared/ipc/menu-commands';

contextBridge.exposeInMainWorld(
  'desk',
  createDeskClient((channel, request) => ipcRenderer.invoke(channel, request)),
);

const deskCommands: DeskCommands = {
  onCommand(listener) {
    // The event is kept here: passing it on would hand the page `event.sender`, i.e. ipcRenderer.
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(DESK_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(DESK_COMMAND_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('deskCommands', deskCommands);

const deskEvents: DeskEvents = {
  onExportProgress(listener) {
    const forward = (_event: IpcRendererEvent, progress: unknown): void => {
      if (v.is(BatchExportProgressSchema, progress)) listener(progress);
    };
    ipcRenderer.on(EXPORT_PROGRESS_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(EXPORT_PROGRESS_EVENT, forward);
    };
  },
};

contextBridge.exposeInMainWorld('deskEvents', deskEvents);
