import { beforeEach, describe, expect, it, vi } from 'vitest';

import { createElectronShell } from '../../../src/main/electron-shell';
import { createOutsideLinksService } from '../../../src/main/services/outside-links';
import { resetFakeElectron, shell } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

describe('opening things outside Newsdesk', () => {
  beforeEach(() => resetFakeElectron());

  it('opens an http(s) page in the browser through Electron’s shell, normalised', async () => {
    await createOutsideLinksService(createElectronShell()).openWebPage('https://example.org/a b');
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/a%20b');
  });

  it('refuses anything that is not an http(s) page, with a reason, and opens nothing', async () => {
    const links = createOutsideLinksService(createElectronShell());
    await expect(links.openWebPage('file:///etc/passwd')).rejects.toThrow('Only http and https pages open in the browser.');
    await expect(links.openWebPage('javascript:alert(1)')).rejects.toThrow('Only http and https pages open in the browser.');
    await expect(links.openWebPage('not a url')).rejects.toThrow('is not a web address');
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('shows only the folder the last export from the window wrote to', async () => {
    const links = createOutsideLinksService(createElectronShell());
    await expect(links.showExportFolder()).rejects.toThrow('Nothing has been exported from this window yet.');
    links.exported('/home/ed/exports');
    links.exported(null); // a cancelled folder dialog changes nothing
    await links.showExportFolder();
    expect(shell.openPath).toHaveBeenCalledWith('/home/ed/exports');
  });

  it('says why when the file manager cannot show the folder', async () => {
    shell.openPath.mockResolvedValueOnce('Failed to open path');
    const links = createOutsideLinksService(createElectronShell());
    links.exported('/gone');
    await expect(links.showExportFolder()).rejects.toThrow("Couldn't show /gone: Failed to open path");
  });
});
