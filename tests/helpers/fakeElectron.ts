import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** An Electron event as listeners receive it: preventDefault is recorded. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(): FakeEvent {
  const event = { defaultPrevented: false, preventDefault: () => void (event.defaultPrevented = true) };
  return event;
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => void (this.windowOpenHandler = handler));
  readonly printToPDF = vi.fn(async (_options: object) => Buffer.from('%PDF-1.7 bản in thử'));
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => {});

  /** Emits `name` with a fresh event; returns the event to see whether a listener prevented it. */
  dispatch(name: string, ...args: unknown[]): FakeEvent {
    const event = fakeEvent();
    this.emit(name, event, ...args);
    return event;
  }
}

/** A stand-in utility process: it says what the test tells it to, and records kill(). */
export class FakeUtilityProcess extends EventEmitter {
  readonly kill = vi.fn(() => true);
  readonly modulePath: string;
  readonly options: { env?: Record<string, string | undefined> };
  constructor(modulePath: string, options: { env?: Record<string, string | undefined> }) {
    super();
    this.modulePath = modulePath;
    this.options = options;
  }
}

type IpcListener = (event: object, ...args: unknown[]) => unknown;

/**
 * The `electron` module as a recording fake, for vi.mock('electron', …): what the desktop glue
 * constructs, registers and calls is kept so that tests can inspect it and drive it (fire
 * events, call handlers). One instance per test file; `reset()` between tests. Dialogs and the
 * server child are scripted per test with mockResolvedValueOnce / mockImplementationOnce.
 */
export function createFakeElectron() {
  const windows: FakeBrowserWindow[] = [];
  const ipcListeners = new Map<string, IpcListener>();
  const ipcHandlers = new Map<string, IpcListener>();
  let onReady: Promise<unknown> = Promise.resolve();

  class FakeBrowserWindow extends EventEmitter {
    static readonly fromWebContents = vi.fn((contents: unknown) => windows.find((w) => w.webContents === contents) ?? null);
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async (_url: string) => {});
    readonly show = vi.fn();
    readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
    constructor(options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
      super();
      this.options = options;
      windows.push(this);
    }
  }

  // The window's cookies, by origin and name, as `cookies.set/get/remove` keep them.
  const jar = new Map<string, { name: string; value: string }>();
  const jarKey = (url: string, name: string) => `${new URL(url).origin} ${name}`;
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setCertificateVerifyProc: vi.fn(),
      cookies: {
        set: vi.fn(async (cookie: { url: string; name: string; value: string }) => void jar.set(jarKey(cookie.url, cookie.name), { name: cookie.name, value: cookie.value })),
        get: vi.fn(async ({ url, name }: { url: string; name: string }) => [jar.get(jarKey(url, name))].filter((found) => found !== undefined)),
        remove: vi.fn(async (url: string, name: string) => void jar.delete(jarKey(url, name))),
      },
    },
  };
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    focus: vi.fn(),
    getPath: vi.fn((name: string) => `/home/người dùng/${name}`),
    getVersion: vi.fn(() => '0.1.0'),
    getLocale: vi.fn(() => 'vi'),
    /** A thenable whose `then` keeps the work main.ts chains on it, so tests can await that work. */
    whenReady: vi.fn(() => ({ then: (work: () => unknown) => (onReady = Promise.resolve().then(work)) })),
  });
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session,
    shell: { openExternal: vi.fn(async (_url: string) => {}), openPath: vi.fn(async (_path: string) => '') },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: {
      on: vi.fn((channel: string, listener: IpcListener) => void ipcListeners.set(channel, listener)),
      handle: vi.fn((channel: string, listener: IpcListener) => void ipcHandlers.set(channel, listener)),
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() },
    utilityProcess: { fork: vi.fn((modulePath: string, _args: string[], options: object) => new FakeUtilityProcess(modulePath, options)) },
  };

  return {
    electron,
    windows,
    ipcListeners,
    ipcHandlers,
    /** The work chained on app.whenReady(), once Electron is "ready". */
    ready: () => onReady,
    reset() {
      windows.length = 0;
      jar.clear();
      ipcListeners.clear();
      ipcHandlers.clear();
      onReady = Promise.resolve();
      app.removeAllListeners();
      vi.resetAllMocks(); // back to the implementations above, and no scripted answers left over
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
