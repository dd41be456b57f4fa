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

/** Refuses every permission: requests, checks and USB/HID/serial devices. */
export function lockDownSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
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
