import { describe, expect, it, vi } from 'vitest';

import {
  type CrashRecoveryOptions,
  MAX_RELOADS,
  type RecoverableContents,
  recoverFromCrashes as recover,
} from '../../../src/main/crash-recovery';
import { FakeEvent, FakeWebContents } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

/** The fake's `on` takes any listener; Electron's types name the event's details. */
function recoverFromCrashes(contents: FakeWebContents, options: CrashRecoveryOptions): void {
  recover(contents as unknown as RecoverableContents, options);
}

describe('crash recovery', () => {
  function crash(contents: FakeWebContents, reason = 'crashed'): void {
    contents.emit('render-process-gone', new FakeEvent(), { reason, exitCode: 1 });
  }

  it(`stops reloading a page that died ${MAX_RELOADS} times within a minute and says so`, () => {
    const contents = new FakeWebContents();
    const onGiveUp = vi.fn();
    let now = 0;
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    recoverFromCrashes(contents, { log, opener: { open: vi.fn() }, openArticleId: () => null, onGiveUp, now: () => now });
    for (let crashes = 0; crashes < MAX_RELOADS; crashes++) crash(contents);
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS);
    crash(contents);
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS);
    expect(onGiveUp).toHaveBeenCalledOnce();
    now = 61_000;
    crash(contents);
    expect(contents.reload).toHaveBeenCalledTimes(MAX_RELOADS + 1);
  });

  it('does not reload a page that ended cleanly', () => {
    const contents = new FakeWebContents();
    recoverFromCrashes(contents, {
      log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
      opener: { open: vi.fn() },
      openArticleId: () => 'a',
      onGiveUp: vi.fn(),
    });
    crash(contents, 'clean-exit');
    expect(contents.reload).not.toHaveBeenCalled();
  });
});
