import { describe, expect, it, vi } from 'vitest';

import { type DeskEvents, EXPORT_PROGRESS_EVENT } from '../../../src/shared/ipc/desk-events';
import type { DeskCommands, MenuCommand } from '../../../src/shared/ipc/menu-commands';
import { DESK_COMMAND_CHANNEL, OPEN_ARTICLE_CHANNEL, VIEW_STATE_CHANNEL } from '../../../src/shared/ipc/menu-commands';
import type * as FakeElectronModule from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

type FakeElectron = typeof FakeElectronModule;

interface LoadedPreload {
  exposed: Map<string, unknown>;
  electron: FakeElectron;
  /** Main sending a menu command, as `webContents.send` arrives in the preload. */
  sendFromMain: (command: unknown) => void;
}

/** Runs the preload in a fresh module registry, with a fresh fake Electron. */
async function loadPreload(): Promise<LoadedPreload> {
  vi.resetModules();
  // Whatever 'electron' resolved to for the preload (vitest caches the mock's factory result).
  const electron = (await import('electron')) as unknown as FakeElectron;
  electron.resetFakeElectron();
  await import('../../../src/preload/index');
  const sendFromMain = (command: unknown): void => {
    electron.ipcRenderer.emit(DESK_COMMAND_CHANNEL, new electron.FakeEvent({ sender: electron.ipcRenderer }), command);
  };
  return { exposed: electron.contextBridge.exposed, electron, sendFromMain };
}

async function loadDeskCommands(): Promise<LoadedPreload & { commands: DeskCommands }> {
  const loaded = await loadPreload();
  return { ...loaded, commands: loaded.exposed.get('deskCommands') as DeskCommands };
}

describe('the preload', () => {
  it('exposes exactly window.desk, window.deskCommands and window.deskEvents', async () => {
    const { exposed } = await loadPreload();
    expect([...exposed.keys()].sort()).toEqual(['desk', 'deskCommands', 'deskEvents']);
  });

  it('passes valid export progress to the page and drops anything else', async () => {
    const { exposed, electron } = await loadPreload();
    const events = exposed.get('deskEvents') as DeskEvents;
    const listener = vi.fn();
    const unsubscribe = events.onExportProgress(listener);
    const send = (payload: unknown) =>
      electron.ipcRenderer.emit(EXPORT_PROGRESS_EVENT, new electron.FakeEvent({ sender: electron.ipcRenderer }), payload);
    send({ done: 1, total: 4, file: 'harbor.html' });
    send({ done: 'all', total: 4, file: 'x' });
    send('<script>');
    unsubscribe();
    send({ done: 2, total: 4, file: 'flood.html' });
    expect(listener.mock.calls).toEqual([[{ done: 1, total: 4, file: 'harbor.html' }]]);
  });

  it('gives window.desk a method per DeskApi call that invokes its channel', async () => {
    const { exposed, electron } = await loadPreload();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { dataDir: '/d', version: '1', storeWarnings: [] } });
    const desk = exposed.get('desk') as { info: (request: object) => Promise<unknown> };
    await expect(desk.info({})).resolves.toEqual({ dataDir: '/d', version: '1', storeWarnings: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('desk:info', {});
  });

  it('passes each menu command to the listener, and only the command', async () => {
    const { commands, sendFromMain } = await loadDeskCommands();
    const listener = vi.fn<(command: MenuCommand) => void>();
    commands.onCommand(listener);
    sendFromMain('save');
    sendFromMain('next-article');
    expect(listener.mock.calls).toEqual([['save'], ['next-article']]);
  });

  it('drops command names it does not know before the page sees them', async () => {
    const { commands, sendFromMain } = await loadDeskCommands();
    const listener = vi.fn();
    commands.onCommand(listener);
    sendFromMain('format-disk');
    sendFromMain({ command: 'save' });
    sendFromMain(undefined);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops calling a listener once its unsubscribe function has run', async () => {
    const { commands, sendFromMain, electron } = await loadDeskCommands();
    const kept = vi.fn();
    const dropped = vi.fn();
    commands.onCommand(kept);
    const unsubscribe = commands.onCommand(dropped);
    unsubscribe();
    sendFromMain('focus-search');
    expect(dropped).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledExactlyOnceWith('focus-search');
    expect(electron.ipcRenderer.listenerCount(DESK_COMMAND_CHANNEL)).toBe(1);
  });
});

describe('the shell side of window.deskCommands', () => {
  it('passes each article main asks to open, and drops malformed requests', async () => {
    const { commands, electron } = await loadDeskCommands();
    const listener = vi.fn();
    commands.onOpenArticle(listener);
    const send = (payload: unknown) =>
      electron.ipcRenderer.emit(OPEN_ARTICLE_CHANNEL, new electron.FakeEvent({ sender: electron.ipcRenderer }), payload);
    send({ id: 'abc123' });
    send({ id: '../escape' });
    send({ id: 'abc123', extra: true });
    send('abc123');
    expect(listener.mock.calls).toEqual([[{ id: 'abc123' }]]);
  });

  it('sends a valid view state to main on its one-way channel, and nothing for an invalid one', async () => {
    const { commands, electron } = await loadDeskCommands();
    commands.reportViewState({ articleId: 'abc123' });
    commands.reportViewState({ articleId: null });
    commands.reportViewState({ articleId: 42 } as never);
    expect(electron.ipcRenderer.send.mock.calls).toEqual([
      [VIEW_STATE_CHANNEL, { articleId: 'abc123' }],
      [VIEW_STATE_CHANNEL, { articleId: null }],
    ]);
  });
});
