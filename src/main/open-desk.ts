/**
 * openDesk: opens a data folder as a working desk — store, services, handlers —
 * seeding a new empty folder from the app's `data/` briefings.
 */
import { createDeskHandlers, type DeskHandlerOptions, type DeskHandlers } from './desk-handlers';
import { createDeskServices, type DeskServices } from './desk-services';
import { type Clock, type DeskPorts, systemClock } from './ports';
import { seedFromFolder } from './services/first-run-seed';
import { ArticleStore } from './store/article-store';

export interface OpenDeskOptions {
  dataDir: string;
  /** Folder of `.txt` briefings that seed a new, empty data folder. */
  seedDir?: string;
  clock?: Clock;
  version?: string;
  /** Which frames may call the handlers; by default none may (the CLI does not use them). */
  isTrustedSender?: DeskHandlerOptions['isTrustedSender'];
  onUnexpectedError?: DeskHandlerOptions['onUnexpectedError'];
  /** Folder dialog and export-progress sink (Electron's in the app). */
  ports?: DeskPorts;
}

export interface Desk {
  dataDir: string;
  store: ArticleStore;
  services: DeskServices;
  handlers: DeskHandlers;
  /** Flushes the index and releases the folder. */
  close(): Promise<void>;
}

/** Throws DeskError('store-locked') when another process has the folder open. */
export async function openDesk(options: OpenDeskOptions): Promise<Desk> {
  const clock = options.clock ?? systemClock;
  const store = await ArticleStore.open({ dataDir: options.dataDir, clock });
  let services: DeskServices | undefined;
  try {
    services = createDeskServices(store, clock, options.version ?? '0.0.0', options.ports);
    if (store.isNew && options.seedDir) {
      await seedFromFolder(options.seedDir, services.briefings);
      await store.flush();
    }
    const handlers = createDeskHandlers(services, {
      isTrustedSender: options.isTrustedSender ?? (() => false),
      onUnexpectedError: options.onUnexpectedError,
    });
    const opened = services;
    const close = async () => {
      await opened.close();
      await store.close();
    };
    return { dataDir: options.dataDir, store, services, handlers, close };
  } catch (error) {
    await services?.close();
    await store.close();
    throw error;
  }
}
