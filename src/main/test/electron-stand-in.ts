import { EventEmitter } from 'node:events';
import type * as Electron from 'electron';

/**
 * A stand-in for the `electron` module, for running the real main process (`src/main/index.ts`)
 * under plain Node in tests: no Electron binary can be downloaded here. Each object implements a
 * `Pick` of Electron's own type, so that a change of Electron's API that the main process would
 * feel fails to typecheck here too; what it does is what Electron documents, reduced to what a
 * test can observe (handlers registered, windows made, events emitted).
 *
 * Built on Electron's types the way Hypothesis fakes pdf.js's viewer on pdf.js's types
 * (`src/annotator/anchoring/test/fake-pdf-viewer-application.ts`).
 */

type Listener = (...args: never[]) => unknown;

/** Emits like Electron's EventEmitter-based objects; typed loosely inside, tightly at `implements`. */
class StandInEmitter extends EventEmitter {
  /** Calls the listeners of `event` with `args`, as Electron does. */
  fire(event: string, ...args: unknown[]): boolean {
    return this.emit(event, ...args);
  }
}

/** An Electron-style event: `preventDefault()` is remembered. */
export interface StandInEvent {
  isDefaultPrevented: boolean;
  preventDefault: () => void;
  url?: string;
}

export function standInEvent(extra: { url?: string } = {}): StandInEvent {
  const event: StandInEvent = {
    ...extra,
    isDefaultPrevented: false,
    preventDefault: () => {
      event.isDefaultPrevented = true;
    },
  };
  return event;
}

export class StandInApp
  extends StandInEmitter
  implements Pick<Electron.App, 'whenReady' | 'enableSandbox' | 'quit' | 'getPath' | 'isPackaged' | 'on' | 'once'>
{
  isPackaged = false;
  isSandboxEnabled = false;
  /** whether the app was ready when `enableSandbox` was called (Electron requires before) */
  wasReadyAtSandbox: boolean | null = null;
  isReady = false;
  /** set once a quit went through (no `before-quit` listener prevented it) */
  hasQuit = false;
  quitAttempts = 0;
  private resolveReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** The test's "app is ready": Electron emits `ready` and resolves `whenReady()`. */
  becomeReady(): void {
    this.isReady = true;
    this.fire('ready', standInEvent(), {});
    this.resolveReady();
  }

  enableSandbox(): void {
    this.isSandboxEnabled = true;
    this.wasReadyAtSandbox = this.isReady;
  }

  /** As Electron: `before-quit` first; a listener's preventDefault() cancels this quit. */
  quit(): void {
    this.quitAttempts += 1;
    const event = standInEvent();
    this.fire('before-quit', event);
    if (!event.isDefaultPrevented) this.hasQuit = true;
  }

  getPath(_name: Parameters<Electron.App['getPath']>[0]): string {
    return '/nonexistent-home';
  }

  // Electron's overloads return the Electron object itself; so does this one, as that type.
  override on(event: string, listener: Listener): this & Electron.App {
    return super.on(event, listener as (...args: unknown[]) => void) as this & Electron.App;
  }

  // Electron's overloads return the Electron object itself; so does this one, as that type.
  override once(event: string, listener: Listener): this & Electron.App {
    return super.once(event, listener as (...args: unknown[]) => void) as this & Electron.App;
  }
}

export class StandInWebFrame implements Pick<Electron.WebFrameMain, 'url' | 'parent'> {
  constructor(
    readonly url: string,
    readonly parent: Electron.WebFrameMain | null = null,
  ) {}
}

export class StandInWebContents extends StandInEmitter implements Pick<Electron.WebContents, 'on' | 'setWindowOpenHandler' | 'send' | 'isDestroyed'> {
  openHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  isGone = false;

  // Electron's overloads return the Electron object itself; so does this one, as that type.
  override on(event: string, listener: Listener): this & Electron.WebContents {
    return super.on(event, listener as (...args: unknown[]) => void) as this & Electron.WebContents;
  }

  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.openHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  isDestroyed(): boolean {
    return this.isGone;
  }

  /** A navigation as Electron announces it; returns whether a listener stopped it. */
  navigate(kind: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = standInEvent({ url });
    this.fire(kind, event, url);
    return event.isDefaultPrevented;
  }

  /** `window.open(url)` in the page: what the open handler answers. */
  openWindow(url: string): Electron.WindowOpenHandlerResponse | null {
    return this.openHandler?.({ url } as Electron.HandlerDetails) ?? null;
  }
}

/** What the stand-in's windows share: the app (to announce web contents) and the protocols. */
interface WindowWorld {
  app: StandInApp;
  protocol: StandInProtocol;
  windows: StandInBrowserWindow[];
}

export class StandInBrowserWindow
  extends StandInEmitter
  implements Pick<Electron.BrowserWindow, 'loadURL' | 'show' | 'on' | 'once' | 'isVisible'>
{
  static world: WindowWorld | null = null;
  readonly webContents = new StandInWebContents();
  readonly options: Electron.BrowserWindowConstructorOptions;
  readonly loaded: { url: string; status: number; contentType: string | null }[] = [];
  private isShown = false;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    const world = StandInBrowserWindow.world;
    if (!world) throw new Error('electron stand-in: no world for windows');
    this.options = options;
    world.windows.push(this);
    // Electron announces every new web contents to the app before it loads anything.
    world.app.fire('web-contents-created', standInEvent(), this.webContents);
  }

  /** Loads through the registered protocol handler, as Electron does for a custom scheme. */
  async loadURL(url: string): Promise<void> {
    const world = StandInBrowserWindow.world!;
    const response = await world.protocol.request(url);
    this.loaded.push({ url, status: response.status, contentType: response.headers.get('content-type') });
    if (!response.ok) throw new Error(`ERR_FAILED (${response.status}) loading '${url}'`);
    this.fire('ready-to-show', standInEvent());
  }

  show(): void {
    this.isShown = true;
  }

  isVisible(): boolean {
    return this.isShown;
  }

  // Electron's overloads return the Electron object itself; so does this one, as that type.
  override on(event: string, listener: Listener): this & Electron.BrowserWindow {
    return super.on(event, listener as (...args: unknown[]) => void) as this & Electron.BrowserWindow;
  }

  // Electron's overloads return the Electron object itself; so does this one, as that type.
  override once(event: string, listener: Listener): this & Electron.BrowserWindow {
    return super.once(event, listener as (...args: unknown[]) => void) as this & Electron.BrowserWindow;
  }
}

type ProtocolHandler = Parameters<Electron.Protocol['handle']>[1];

export class StandInProtocol implements Pick<Electron.Protocol, 'handle' | 'registerSchemesAsPrivileged'> {
  readonly privileged: Electron.CustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();

  registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
    this.privileged.push(...customSchemes);
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    this.handlers.set(scheme, handler);
  }

  /** A GET to `url` as the renderer would make it: unhandled schemes fail as in Electron. */
  async request(url: string): Promise<Response> {
    const scheme = new URL(url).protocol.replace(/:$/, '');
    const handler = this.handlers.get(scheme);
    if (!handler) return new Response(null, { status: 404 });
    return handler(new Request(url));
  }
}

type InvokeHandler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export class StandInIpcMain extends StandInEmitter implements Pick<Electron.IpcMain, 'handle' | 'removeHandler'> {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, listener: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** `ipcRenderer.invoke(channel, args)` from a frame: rejects when no handler is registered. */
  async invoke(channel: string, senderFrame: StandInWebFrame, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame } as unknown as Electron.IpcMainInvokeEvent, ...args);
  }
}

type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];
type DevicePermissionHandler = Parameters<Electron.Session['setDevicePermissionHandler']>[0];
type BeforeRequestListener = (details: Electron.OnBeforeRequestListenerDetails, callback: (response: Electron.CallbackResponse) => void) => void;

export class StandInSession
  implements Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>
{
  permissionRequest: PermissionRequestHandler = null;
  permissionCheck: PermissionCheckHandler = null;
  devicePermission: DevicePermissionHandler = null;
  beforeRequest: BeforeRequestListener | null = null;
  readonly webRequest: Pick<Electron.WebRequest, 'onBeforeRequest'> = {
    onBeforeRequest: ((...args: unknown[]) => {
      this.beforeRequest = (args.length === 1 ? args[0] : args[1]) as BeforeRequestListener | null;
    }) as Electron.WebRequest['onBeforeRequest'],
  };

  /** the session's event listeners (will-download), by event */
  readonly listeners = new Map<string, ((...args: never[]) => void)[]>();

  on(event: string, listener: (...args: never[]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequest = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheck = handler;
  }

  setDevicePermissionHandler(handler: DevicePermissionHandler): void {
    this.devicePermission = handler;
  }

  /** Whether a permission request is granted; Electron grants when no handler is set. */
  requestPermission(permission: string): Promise<boolean> {
    const handler = this.permissionRequest;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler({} as Electron.WebContents, permission as never, resolve, {} as never));
  }

  /** Whether a permission check passes; Electron passes when no handler is set. */
  checkPermission(permission: string): boolean {
    return this.permissionCheck?.(null, permission as never, 'jianbao-app://app', {} as never) ?? true;
  }

  /** Whether a request to `url` goes out; Electron lets it when no listener is set. */
  isRequestAllowed(url: string): boolean {
    let cancel = false;
    this.beforeRequest?.({ url } as Electron.OnBeforeRequestListenerDetails, (response) => (cancel = response.cancel === true));
    return !cancel;
  }
}

export class StandInDialog implements Pick<Electron.Dialog, 'showErrorBox'> {
  readonly errors: { title: string; content: string }[] = [];
  readonly messages: Electron.MessageBoxOptions[] = [];
  /** the button the user "clicks" in the next message box */
  nextResponse = 0;

  showErrorBox(title: string, content: string): void {
    this.errors.push({ title, content });
  }

  showMessageBox(...args: [Electron.BaseWindow, Electron.MessageBoxOptions] | [Electron.MessageBoxOptions]): Promise<Electron.MessageBoxReturnValue> {
    this.messages.push(args.length === 2 ? args[1] : args[0]);
    return Promise.resolve({ response: this.nextResponse, checkboxChecked: false });
  }
}

export class StandInShell implements Pick<Electron.Shell, 'openExternal'> {
  readonly opened: string[] = [];

  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  }
}

/** A fresh stand-in module: what `import … from 'electron'` gives the main process in a test. */
export function createElectronStandIn() {
  const app = new StandInApp();
  const protocol = new StandInProtocol();
  const windows: StandInBrowserWindow[] = [];
  StandInBrowserWindow.world = { app, protocol, windows };
  const defaultSession = new StandInSession();
  return {
    app,
    BrowserWindow: StandInBrowserWindow,
    dialog: new StandInDialog(),
    ipcMain: new StandInIpcMain(),
    protocol,
    session: { defaultSession },
    shell: new StandInShell(),
    /** every window made so far, for the test to look at */
    windows,
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
