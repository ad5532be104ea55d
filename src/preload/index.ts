/**
 * The preload: exposes three named objects to the page and nothing else.
 *
 *   window.desk          the typed DeskApi client (requests to main)
 *   window.deskCommands  `onCommand(listener)`: menu commands from main; `onOpenArticle(listener)`:
 *                        articles main asks the page to open; `reportViewState(state)`: what the page shows
 *   window.deskEvents    `onExportProgress(listener)`: batch-export progress from main
 *
 * The page never sees ipcRenderer or an IPC event, only named functions. It is
 * bundled to one CommonJS file because a sandboxed preload cannot load modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import * as v from 'valibot';

import { createDeskClient } from '../shared/ipc/desk-client';
import { BatchExportProgressSchema, type DeskEvents, EXPORT_PROGRESS_EVENT } from '../shared/ipc/desk-events';
import {
  DESK_COMMAND_CHANNEL,
  type DeskCommands,
  DeskViewStateSchema,
  isMenuCommand,
  OPEN_ARTICLE_CHANNEL,
  OpenArticleSchema,
  VIEW_STATE_CHANNEL,
} from '../shared/ipc/menu-commands';

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
  onOpenArticle(listener) {
    const forward = (_event: IpcRendererEvent, request: unknown): void => {
      if (v.is(OpenArticleSchema, request)) listener({ id: request.id });
    };
    ipcRenderer.on(OPEN_ARTICLE_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(OPEN_ARTICLE_CHANNEL, forward);
    };
  },
  reportViewState(state) {
    // Only the shape main accepts leaves the page (main checks it, and the sender, again).
    if (v.is(DeskViewStateSchema, state)) ipcRenderer.send(VIEW_STATE_CHANNEL, { articleId: state.articleId });
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
