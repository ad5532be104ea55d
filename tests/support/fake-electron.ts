/**
 * A fake `electron` module for unit tests of the main-process glue.
 *
 * The real package downloads its binary on first `require`, which this machine
 * cannot do, so tests `vi.mock('electron', () => import('./fake-electron'))`.
 * The fakes record what the code under test did (options, handlers, listeners)
 * and let a test fire the events Electron would fire. `resetFakeElectron()`
 * clears all of it between tests.
 */
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** Just enough of Node's EventEmitter: on/once/off and an emit that returns listener results. */
export class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  once(name: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(name, wrapped);
      return listener(...args);
    };
    return this.on(name, wrapped);
  }

  removeListener(name: string, listener: Listener): this {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((each) => each !== listener),
    );
    return this;
  }

  off(name: string, listener: Listener): this {
    return this.removeListener(name, listener);
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }

  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }

  emit(name: string, ...args: unknown[]): unknown[] {
    return [...(this.listeners.get(name) ?? [])].map((listener) => listener(...args));
  }
}

/** An Electron event: records preventDefault, carries the event's fields (e.g. `url`). */
export class FakeEvent {
  defaultPrevented = false;
  [field: string]: unknown;

  constructor(fields: Record<string, unknown> = {}) {
    Object.assign(this, fields);
  }

  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends FakeEmitter {
  readonly session = new FakeSession();
  windowOpenHandler: WindowOpenHandler | undefined;
  destroyed = false;
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  /** Electron reloads asynchronously; a test fires 'did-start-loading' and 'did-finish-load' itself. */
  readonly reload = vi.fn();

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** The page finished loading, as Electron reports it. */
  finishLoad(): void {
    this.emit('did-finish-load', new FakeEvent());
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  /** What loadURL/loadFile answer for windows made from now on; a test may make pages fail to load. */
  static loadOutcome: () => Promise<void> = () => Promise.resolve();

  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  loadedUrl: string | undefined;
  loadedFile: string | undefined;
  visible = false;
  minimized = false;
  maximized = false;
  destroyed = false;
  /** Where the window is; starts at the options' position and size. */
  bounds: { x: number; y: number; width: number; height: number };

  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
    this.emit('maximize');
  });

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    const number = (key: string, fallback: number): number => (typeof options[key] === 'number' ? (options[key] as number) : fallback);
    this.bounds = { x: number('x', 100), y: number('y', 100), width: number('width', 800), height: number('height', 600) };
    FakeBrowserWindow.instances.push(this);
  }

  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  /** The user moving or resizing the window, as Electron reports it. */
  moveTo(bounds: { x: number; y: number; width: number; height: number }): void {
    this.bounds = { ...bounds };
    this.emit('move');
    this.emit('resize');
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return FakeBrowserWindow.loadOutcome();
  }

  loadFile(filePath: string): Promise<void> {
    this.loadedFile = filePath;
    return FakeBrowserWindow.loadOutcome();
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** What Electron does when the user closes the window. */
  close(): void {
    this.emit('close', new FakeEvent());
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends FakeEmitter {
  hasSingleInstanceLock = true;
  isPackaged = false;
  appPath = '/fake/app';
  userDataPath = '/fake/user-data';
  private ready = false;

  readonly requestSingleInstanceLock = vi.fn(() => this.hasSingleInstanceLock);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly addRecentDocument = vi.fn<(path: string) => void>();
  readonly clearRecentDocuments = vi.fn();

  whenReady(): Promise<void> {
    this.ready = true;
    return Promise.resolve();
  }

  isReady(): boolean {
    return this.ready;
  }

  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`The fake app knows only userData, not ${name}.`);
    return this.userDataPath;
  }

  getAppPath(): string {
    return this.appPath;
  }

  getVersion(): string {
    return '0.1.0-test';
  }
}

type InvokeHandler = (event: unknown, payload: unknown) => unknown;

class FakeIpcMain extends FakeEmitter {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    // Electron throws on a second handler for one channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

export interface FakeMenu {
  template: unknown[];
}

export const app = new FakeApp();
export const ipcMain = new FakeIpcMain();
export const BrowserWindow = FakeBrowserWindow;
export const dialog = {
  showErrorBox: vi.fn<(title: string, content: string) => void>(),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
};
export const shell = {
  openExternal: vi.fn(async (_url: string): Promise<void> => undefined),
  openPath: vi.fn(async (_path: string): Promise<string> => ''),
};

export interface FakeDisplay {
  id: number;
  workArea: { x: number; y: number; width: number; height: number };
}

/** The displays attached; a test may plug and unplug them. One 1920×1080 display by default. */
export const screen = {
  displays: [] as FakeDisplay[],
  getAllDisplays: vi.fn((): FakeDisplay[] => screen.displays),
  getPrimaryDisplay: vi.fn((): FakeDisplay => screen.displays[0]),
};

const DEFAULT_DISPLAY: FakeDisplay = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
screen.displays = [DEFAULT_DISPLAY];
export const Menu = {
  applicationMenu: null as FakeMenu | null,
  buildFromTemplate: vi.fn((template: unknown[]): FakeMenu => ({ template })),
  setApplicationMenu: vi.fn((menu: FakeMenu | null) => {
    Menu.applicationMenu = menu;
  }),
};

/** The preload's side: what it exposed to the page, and the renderer end of IPC. */
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

class FakeIpcRenderer extends FakeEmitter {
  readonly invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined);
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
}

export const ipcRenderer = new FakeIpcRenderer();

/** Forgets every window, handler, listener and call recorded so far. */
export function resetFakeElectron(): void {
  FakeBrowserWindow.instances.length = 0;
  FakeBrowserWindow.loadOutcome = () => Promise.resolve();
  Object.assign(app, { hasSingleInstanceLock: true, isPackaged: false, appPath: '/fake/app', userDataPath: '/fake/user-data' });
  app.removeAllListeners();
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  screen.displays = [DEFAULT_DISPLAY];
  ipcRenderer.removeAllListeners();
  contextBridge.exposed.clear();
  Menu.applicationMenu = null;
  vi.clearAllMocks();
}
