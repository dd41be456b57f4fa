import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { apiMethodNames, channelOf } from '../shared/api';
import { appIndexUrl, appSchemePrivileges } from './app-protocol';
import { createAppUrlCheck } from './app-url';
import { createSenderCheck, registerIpc } from './ipc';
import { createLocalUrlCheck, lockDownApp, lockDownSession, type LockdownPolicy } from './lockdown';
import { mainWindowOptions } from './window-options';

// Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item,
// over what the main process configures. The CSP is held in tests/unit/content-security-policy,
// the custom protocol in app-protocol*.test.ts, openExternal in open-external.test.ts and the
// fuses in tests/unit/packaging.test.ts. That index.ts wires each of them in is shown by running it:
// main-process.test.ts.

/** A web contents as Electron emits its events: handlers registered with `on`, one open handler. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  /** Emits a navigation event the way Electron does; returns whether it was stopped. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let stopped = false;
    this.emit(event, { url, preventDefault: () => (stopped = true) }, url);
    return stopped;
  }
}

function lockedDownContents() {
  const offered: string[] = [];
  const policy: LockdownPolicy = { isAppUrl: createAppUrlCheck(appIndexUrl), offerExternal: (url) => offered.push(url) };
  const app = new EventEmitter();
  lockDownApp(app as never, policy);
  const contents = new FakeContents();
  app.emit('web-contents-created', {}, contents);
  return { contents, offered };
}

describe('Electron security checklist', () => {
  it('runs the renderer isolated, sandboxed, without Node and with web security', () => {
    const { webPreferences } = mainWindowOptions('/app/preload/index.cjs');
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('gives the app protocol no privilege beyond a secure standard origin', () => {
    expect(appSchemePrivileges).toMatchObject({ standard: true, secure: true, bypassCSP: false, corsEnabled: false, allowServiceWorkers: false });
  });

  it('keeps a page on our renderer: navigation elsewhere is stopped', () => {
    const { contents, offered } = lockedDownContents();
    expect(contents.navigate('will-navigate', `${appIndexUrl}#/article/a-1`)).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'jianbao-app://app/originals/x.pdf', 'jianbao-app://evil/index.html', 'data:text/html,hi', 'javascript:alert(1)']) {
      expect(contents.navigate('will-navigate', url), url).toBe(true);
      expect(contents.navigate('will-redirect', url), url).toBe(true);
    }
    // Only the web links are offered to the system browser (after the user confirms).
    expect(offered).toEqual(['https://evil.example/', 'https://evil.example/']);
  });

  it('opens no new window, and offers only http(s) links to the system browser', () => {
    const { contents, offered } = lockedDownContents();
    for (const url of ['https://www.cppcc.gov.cn/', appIndexUrl, 'file:///C:/Windows/System32/calc.exe', 'about:blank']) {
      expect(contents.openHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    expect(offered).toEqual(['https://www.cppcc.gov.cn/']);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = lockedDownContents();
    let stopped = false;
    contents.emit('will-attach-webview', { preventDefault: () => (stopped = true) }, {}, {});
    expect(stopped).toBe(true);
  });

  function lockedDownSession(isLocalUrl: (url: string) => boolean = () => true) {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    lockDownSession(
      {
        setPermissionRequestHandler: (handler) => (handlers.request = handler as never),
        setPermissionCheckHandler: (handler) => (handlers.check = handler as never),
        setDevicePermissionHandler: (handler) => (handlers.device = handler as never),
        webRequest: { onBeforeRequest: ((handler: never) => (handlers.beforeRequest = handler)) as never },
      },
      isLocalUrl,
    );
    return handlers;
  }

  it('denies every permission request, permission check and device', () => {
    const handlers = lockedDownSession();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = [];
      (handlers.request as (c: null, p: string, cb: (granted: boolean) => void) => void)(null, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect((handlers.check as (c: null, p: string) => boolean)(null, permission), permission).toBe(false);
    }
    expect((handlers.device as () => boolean)()).toBe(false);
  });

  it.each([
    ['production', undefined, ['https://cdn.example/pdf.js', 'http://127.0.0.1:5173/', 'file:///etc/passwd', 'ws://localhost:5173/', 'ftp://example.org/']],
    ['development', 'http://localhost:5173', ['https://cdn.example/pdf.js', 'http://localhost:5174/', 'http://127.0.0.1:5173/', 'file:///etc/passwd']],
  ])('lets no request leave the machine in %s', (_mode, devServerUrl, refused) => {
    const handlers = lockedDownSession(createLocalUrlCheck('jianbao-app', devServerUrl));
    const cancels = (url: string) => {
      const answers: { cancel?: boolean }[] = [];
      (handlers.beforeRequest as (d: { url: string }, cb: (r: { cancel?: boolean }) => void) => void)({ url }, (r) => answers.push(r));
      return answers[0]?.cancel;
    };
    const allowed = ['jianbao-app://app/index.html', `jianbao-app://app/originals/${'ab'.repeat(32)}.pdf`, 'data:image/png;base64,AAAA', 'blob:jianbao-app://app/1', 'devtools://devtools/bundled/inspector.html'];
    if (devServerUrl) allowed.push('http://localhost:5173/src/main.tsx', 'ws://localhost:5173/');
    for (const url of allowed) expect(cancels(url), url).toBe(false);
    for (const url of refused) expect(cancels(url), url).toBe(true);
  });

  it('checks the sender of every IPC message: only the top frame of our renderer reaches the core', async () => {
    const handlers = new Map<string, (event: unknown, args: unknown) => Promise<unknown>>();
    let reached = 0;
    registerIpc(
      { handle: (channel: string, handler: never) => handlers.set(channel, handler), removeHandler: () => undefined } as never,
      async () => {
        reached += 1;
        return { ok: true, value: null };
      },
      createSenderCheck(createAppUrlCheck(appIndexUrl)),
    );
    expect(handlers.size).toBe(apiMethodNames.length);
    const foreign = [
      { url: 'https://evil.example/', parent: null },
      { url: 'jianbao-app://evil/index.html', parent: null },
      { url: `jianbao-app://app/originals/${'ab'.repeat(32)}.pdf`, parent: null },
      { url: appIndexUrl, parent: {} },
    ];
    for (const method of apiMethodNames) {
      const handler = handlers.get(channelOf(method));
      for (const senderFrame of foreign) {
        expect(await handler?.({ senderFrame }, {}), `${method} from ${senderFrame.url}`).toMatchObject({ ok: false });
      }
    }
    expect(reached).toBe(0);
    await handlers.get(channelOf('getInfo'))?.({ senderFrame: { url: `${appIndexUrl}#/search`, parent: null } }, {});
    expect(reached).toBe(1);
  });
});
