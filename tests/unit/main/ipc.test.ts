import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { DeskHandler, DeskHandlers } from '../../../src/main/desk-handlers';
import { type DeskIpcMain, registerDeskHandlers } from '../../../src/main/ipc';
import { DESK_CHANNELS, type DeskChannel, type DeskResult } from '../../../src/shared/ipc/api';
import { ipcMain, resetFakeElectron } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

/** The fake's handlers take any event; the real signature wants Electron's. */
const electronIpcMain = ipcMain as unknown as DeskIpcMain;

/** Handlers that echo what they were given, so a test can see what crossed. */
function echoingHandlers(): DeskHandlers {
  const handlers = {} as DeskHandlers;
  for (const channel of DESK_CHANNELS) {
    handlers[channel] = vi.fn<DeskHandler>(async (payload, sender) => ({ ok: true, value: { channel, payload, sender } }));
  }
  return handlers;
}

/** Calls a registered channel the way Electron does for `ipcRenderer.invoke`. */
function invoke(channel: DeskChannel, payload: unknown, senderFrame: { url: string } | null): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`Nothing is registered on "${channel}".`);
  return Promise.resolve(handler({ senderFrame }, payload));
}

beforeEach(() => resetFakeElectron());

describe('registerDeskHandlers', () => {
  it('registers a handler on ipcMain for every DeskApi channel', () => {
    registerDeskHandlers(electronIpcMain, echoingHandlers());
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...DESK_CHANNELS].sort());
  });

  it('hands each handler the payload and the URL of the frame that sent it', async () => {
    const handlers = echoingHandlers();
    registerDeskHandlers(electronIpcMain, handlers);
    const answer = await invoke('articles:get', { id: 'abc123' }, { url: 'file:///app/out/renderer/index.html' });
    expect(answer).toEqual({
      ok: true,
      value: { channel: 'articles:get', payload: { id: 'abc123' }, sender: { url: 'file:///app/out/renderer/index.html' } },
    });
    expect(handlers['articles:get']).toHaveBeenCalledTimes(1);
    expect(handlers['articles:list']).not.toHaveBeenCalled();
  });

  it('names the sender with an empty URL when its frame has gone, so no sender policy trusts it', async () => {
    registerDeskHandlers(electronIpcMain, echoingHandlers());
    const answer = (await invoke('desk:info', {}, null)) as DeskResult<{ sender: { url: string } }>;
    expect(answer.ok && answer.value.sender).toEqual({ url: '' });
  });

  it('turns a handler that throws into an internal DeskResult instead of a bare IPC error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers = echoingHandlers();
    handlers['articles:create'] = async () => {
      throw new Error('disk on fire');
    };
    registerDeskHandlers(electronIpcMain, handlers);
    const answer = (await invoke('articles:create', {}, { url: 'file:///x' })) as DeskResult<unknown>;
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.code).toBe('internal');
    expect(!answer.ok && answer.error.message).toMatch(/saved work is on disk/);
  });

  it('refuses to start when a channel has no handler', () => {
    const handlers: Partial<DeskHandlers> = echoingHandlers();
    delete handlers['articles:restore'];
    expect(() => registerDeskHandlers(electronIpcMain, handlers as DeskHandlers)).toThrow(/articles:restore/);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('returns a function that removes every channel it registered', () => {
    const unregister = registerDeskHandlers(electronIpcMain, echoingHandlers());
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
    // Registering again works only if every old handler is gone (ipcMain.handle throws on a duplicate).
    expect(() => registerDeskHandlers(electronIpcMain, echoingHandlers())).not.toThrow();
  });
});
