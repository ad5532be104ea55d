/** Opens desks on fresh temp folders for a test and closes them all afterwards. */
import { afterEach } from 'vitest';

import { type Desk, openDesk, type OpenDeskOptions } from '../../src/main/open-desk';
import { useTempFolders } from './temp-folders';

export function useDesks() {
  const newFolder = useTempFolders();
  const opened: Desk[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((desk) => desk.close()));
  });
  return {
    newFolder,
    /** Opens a desk (on a new folder unless `dataDir` is given); it is closed after the test. */
    async open(options: Partial<OpenDeskOptions> = {}): Promise<Desk> {
      const desk = await openDesk({ ...options, dataDir: options.dataDir ?? (await newFolder()) });
      opened.push(desk);
      return desk;
    },
  };
}
