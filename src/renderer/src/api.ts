import type { JianbaoApi } from '../../shared/api';
import { createClient, type Transport } from '../../shared/client';
import { createHttpTransport } from './http-transport';
import { takeDoorToken } from './door-token';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent when the page is served to a browser. */
    jianbaoIpc?: Transport;
  }
}

/** Electron's preload bridge where there is one, else the HTTP door of `jianbao serve`. */
export function pickTransport(): Transport {
  return window.jianbaoIpc ?? createHttpTransport({ token: takeDoorToken({ location: window.location, history: window.history, storage: window.sessionStorage }) });
}

/** The API the app talks to. Views get it through ApiProvider, so tests can hand in a fake. */
export const api: JianbaoApi = createClient(pickTransport());
