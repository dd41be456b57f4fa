import { isApiMethodName, isSaveMethod, type ApiEventName } from '../../shared/api';
import type { Transport } from '../../shared/client';
import { isWireResult, type WireResult } from '../../shared/errors';

/** The part of the DOM `EventSource` the transport uses, so tests can hand in a fake. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  removeEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}

export interface HttpTransportOptions {
  /** Prefix of the API's URLs; '' (the default) means the origin the page came from. */
  baseUrl?: string;
  /** Defaults to the global `fetch`. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** The door's secret, sent as `Authorization: Bearer`; without it the server's cookie must do. */
  token?: string | null;
  /** Defaults to `new EventSource(url)`. */
  openEventSource?: (url: string) => EventSourceLike;
}

export const unreachableMessage = '无法连接到剪报服务 / Cannot reach the Jianbao service';

/** Saves shorter than this (characters; a CJK one is 3 bytes) go as keepalive requests. */
const keepaliveLimit = 6_000;

/**
 * The browser door (`jianbao serve`): `POST /api/<method>` with the JSON argument object as
 * body, answered by a JSON WireResult whatever the HTTP status; events arrive as Server-Sent
 * Events from `GET /api/events`, `event: <name>` + `data: <json>`.
 */
export function createHttpTransport(options: HttpTransportOptions = {}): Transport {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const openEventSource = options.openEventSource ?? ((url) => new EventSource(url));
  const events = createEventHub(`${baseUrl}/api/events`, openEventSource);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;

  return {
    async invoke(method, args) {
      let response: Response;
      const body = JSON.stringify(args ?? {});
      try {
        response = await doFetch(`${baseUrl}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers,
          body,
          // A save made as the page goes away (a comment flushed on pagehide) still reaches the
          // server. The browser lets keepalive requests in flight carry 64 KB in all, so only
          // small saves go so; reads never need to.
          keepalive: isApiMethodName(method) && isSaveMethod(method) && body.length < keepaliveLimit,
        });
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: unreachableMessage } };
      }
      return readWireResult(response);
    },
    subscribe: events.subscribe,
  };
}

async function readWireResult(response: Response): Promise<WireResult> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isWireResult(body)) return body;
  return {
    ok: false,
    error: {
      code: 'INTERNAL',
      message: `剪报服务的响应无效 / Malformed response from the Jianbao service (HTTP ${response.status})`,
    },
  };
}

type Callback = (payload: unknown) => void;

/**
 * One EventSource shared by every subscriber, opened on the first subscription and closed
 * when the last one goes. While the connection is down events are missed, so when it comes
 * back the library is announced as changed and views re-fetch.
 */
function createEventHub(url: string, openEventSource: (url: string) => EventSourceLike) {
  const callbacks = new Map<ApiEventName, Set<Callback>>();
  const forwarders = new Map<ApiEventName, (event: { data?: unknown }) => void>();
  let source: EventSourceLike | null = null;
  let hasLostConnection = false;

  const deliver = (event: ApiEventName, payload: unknown) => {
    for (const callback of [...(callbacks.get(event) ?? [])]) callback(payload);
  };
  const onError = () => {
    hasLostConnection = true;
  };
  const onOpen = () => {
    if (!hasLostConnection) return;
    hasLostConnection = false;
    deliver('onDidChangeLibrary', { reason: 'reconnected' });
  };

  const ensureSource = (): EventSourceLike => {
    if (source) return source;
    source = openEventSource(url);
    source.addEventListener('open', onOpen);
    source.addEventListener('error', onError);
    return source;
  };

  const listenFor = (event: ApiEventName) => {
    if (forwarders.has(event)) return;
    const forward = (message: { data?: unknown }) => {
      if (typeof message.data !== 'string') return;
      let payload: unknown;
      try {
        payload = JSON.parse(message.data);
      } catch {
        return;
      }
      deliver(event, payload);
    };
    forwarders.set(event, forward);
    ensureSource().addEventListener(event, forward);
  };

  const closeIfUnused = () => {
    if ([...callbacks.values()].some((set) => set.size > 0) || !source) return;
    for (const [event, forward] of forwarders) source.removeEventListener(event, forward);
    source.removeEventListener('open', onOpen);
    source.removeEventListener('error', onError);
    source.close();
    source = null;
    forwarders.clear();
    hasLostConnection = false;
  };

  const subscribe = (event: ApiEventName, callback: Callback): (() => void) => {
    let set = callbacks.get(event);
    if (!set) {
      set = new Set();
      callbacks.set(event, set);
    }
    // A wrapper per subscription, so the same callback subscribed twice unsubscribes once.
    const entry: Callback = (payload) => callback(payload);
    set.add(entry);
    listenFor(event);
    let isSubscribed = true;
    return () => {
      if (!isSubscribed) return;
      isSubscribed = false;
      set.delete(entry);
      closeIfUnused();
    };
  };

  return { subscribe };
}
