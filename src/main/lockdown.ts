import type { App, Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { externalWebLink } from './open-external';

/**
 * What the app allows its web contents, in one place: nothing but our renderer. Plain
 * functions over Electron's objects, tested with fakes; index.ts calls `lockDownApp` and
 * `lockDownSession` once.
 */
export interface LockdownPolicy {
  /** whether a URL is our renderer (see app-url.ts) */
  isAppUrl: (url: string) => boolean;
  /** asks the user, then opens an http(s) link in the system browser (openExternalSafely) */
  offerExternal: (url: string) => void;
}

/** Every permission a page may request (camera, notifications, geolocation …) is refused. */
export function denyPermissionRequest(_contents: WebContents | null, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** Every permission check (clipboard, fullscreen, storage access …) answers no. */
export function denyPermissionCheck(): boolean {
  return false;
}

/**
 * Whether the app's web contents may load a URL at all: the app's own protocol, data held in
 * the page (data:, blob:, about:), the developer tools, and during development the
 * electron-vite dev server (its page and its hot-reload socket). Nothing else, so no request
 * leaves the machine even if a page tried (the CSP already stops it in the page).
 */
export function createLocalUrlCheck(appScheme: string, devServerUrl?: string): (url: string) => boolean {
  const local = new Set([`${appScheme}:`, 'data:', 'blob:', 'about:', 'devtools:']);
  const dev = devServerUrl ? new URL(devServerUrl) : null;
  return (candidate) => {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return false;
    }
    if (local.has(url.protocol)) return true;
    return dev !== null && ['http:', 'ws:'].includes(url.protocol) && url.host === dev.host;
  };
}

type LockedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/**
 * Refuses every permission (requests, checks, USB/HID/serial devices) and cancels every
 * request to a URL that `isLocalUrl` does not allow.
 */
export function lockDownSession(session: LockedSession, isLocalUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalUrl(details.url) }));
}

/**
 * The `will-navigate` / `will-redirect` listener: a page may only go to our renderer. Any
 * other navigation is stopped; an http(s) link is offered to the system browser instead.
 */
export function createNavigationGuard(policy: LockdownPolicy): (event: Pick<Event, 'preventDefault'>, url: string) => void {
  return (event, url) => {
    if (policy.isAppUrl(url)) return;
    event.preventDefault();
    if (externalWebLink(url) !== null) policy.offerExternal(url);
  };
}

/** The window-open handler: no new window, ever; an http(s) link is offered to the browser. */
export function createWindowOpenHandler(policy: LockdownPolicy): (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse {
  return ({ url }) => {
    if (externalWebLink(url) !== null) policy.offerExternal(url);
    return { action: 'deny' };
  };
}

/** Locks down one web contents: navigation, redirects, new windows and <webview>. */
export function lockDownWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, policy: LockdownPolicy): void {
  const guard = createNavigationGuard(policy);
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(createWindowOpenHandler(policy));
}

/** Locks down every web contents the app will ever create, before it loads anything. */
export function lockDownApp(app: Pick<App, 'on'>, policy: LockdownPolicy): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, policy));
}
