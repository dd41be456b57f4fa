import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/client';
import { JianbaoError } from '../../shared/errors';
import { createHttpTransport, unreachableMessage, type EventSourceLike } from './http-transport';

interface Request {
  url: string;
  init: RequestInit;
}

/** A fetch that records requests and answers each with the next of `responses`. */
function fakeFetch(...responses: (Response | Error)[]) {
  const requests: Request[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    requests.push({ url, init });
    const next = responses.shift();
    if (!next) throw new Error('fakeFetch: no response left');
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch, requests };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

type Listener = (event: { data?: unknown }) => void;

/** An EventSource the test drives: `fire` plays a message from the server. */
class FakeEventSource implements EventSourceLike {
  readonly listeners = new Map<string, Set<Listener>>();
  isClosed = false;
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: Listener) {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener);
    this.listeners.set(type, set);
  }
  removeEventListener(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
  }
  close() {
    this.isClosed = true;
  }
  fire(type: string, data?: string) {
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener({ data });
  }
}

function eventSources() {
  const opened: FakeEventSource[] = [];
  const openEventSource = (url: string) => {
    const source = new FakeEventSource(url);
    opened.push(source);
    return source;
  };
  return { opened, openEventSource };
}

describe('createHttpTransport', () => {
  it('posts the arguments as JSON to /api/<method> and returns the WireResult', async () => {
    const { fetch, requests } = fakeFetch(json({ ok: true, value: [{ id: 'p1' }] }));
    const transport = createHttpTransport({ fetch });

    const result = await transport.invoke('listIssues', { paperId: 'p1' });

    expect(result).toEqual({ ok: true, value: [{ id: 'p1' }] });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('/api/listIssues');
    expect(requests[0]?.init.method).toBe('POST');
    expect(requests[0]?.init.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(String(requests[0]?.init.body))).toEqual({ paperId: 'p1' });
  });

  it('carries the door token as a Bearer header on every call', async () => {
    const { fetch, requests } = fakeFetch(json({ ok: true, value: null }), json({ ok: true, value: [] }));
    const transport = createHttpTransport({ fetch, token: 'the-secret' });
    await transport.invoke('getInfo', {});
    await transport.invoke('listIssues', {});
    expect(requests.map((r) => (r.init.headers as Record<string, string>).Authorization)).toEqual(['Bearer the-secret', 'Bearer the-secret']);
  });

  it('sends a small save as a keepalive request, so it reaches the server as the page goes away', async () => {
    const { fetch, requests } = fakeFetch(json({ ok: true, value: null }));
    const transport = createHttpTransport({ fetch });
    await transport.invoke('updateAnnotation', { articleId: 'a', id: 'x', comment: '离开前写的' });
    await transport.invoke('listAnnotations', { articleId: 'a' });
    await transport.invoke('updateAnnotation', { articleId: 'a', id: 'x', comment: '长'.repeat(7_000) });
    // Saves are what the contract declares them (methodKinds), not what their names start with.
    await transport.invoke('applyPageCorrection', { issueId: 'i', pageNumber: 1, correction: {} });
    await transport.invoke('updateSettings', { locale: 'en' });
    expect(requests.map((request) => request.init.keepalive)).toEqual([true, false, false, true, true]);
  });

  it('puts a base URL in front of the path', async () => {
    const { fetch, requests } = fakeFetch(json({ ok: true, value: null }));
    await createHttpTransport({ baseUrl: 'http://127.0.0.1:4321/', fetch }).invoke('getInfo', {});

    expect(requests[0]?.url).toBe('http://127.0.0.1:4321/api/getInfo');
  });

  it('reads the error from the body of a 4xx or 5xx answer', async () => {
    const error = { code: 'INVALID_ARGUMENT', message: '参数无效 / Invalid arguments for getIssue' };
    const { fetch } = fakeFetch(json({ ok: false, error }, 400));

    expect(await createHttpTransport({ fetch }).invoke('getIssue', {})).toEqual({ ok: false, error });
  });

  it('turns a network failure into a bilingual INTERNAL error', async () => {
    const { fetch } = fakeFetch(new TypeError('Failed to fetch'));

    expect(await createHttpTransport({ fetch }).invoke('getInfo', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: unreachableMessage },
    });
  });

  it('turns a body that is not a WireResult into an INTERNAL error', async () => {
    const { fetch } = fakeFetch(new Response('<h1>Bad gateway</h1>', { status: 502 }));

    const result = await createHttpTransport({ fetch }).invoke('getInfo', {});

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INTERNAL');
    expect(!result.ok && result.error.message).toContain('HTTP 502');
  });

  it('gives createClient what it needs to throw the server’s error', async () => {
    const { fetch } = fakeFetch(json({ ok: false, error: { code: 'NOT_FOUND', message: '没有 / none' } }, 404));
    const api = createClient(createHttpTransport({ fetch }));

    const failure = await api.getInfo({}).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(JianbaoError);
    expect(failure).toMatchObject({ code: 'NOT_FOUND', message: '没有 / none' });
  });
});

describe('createHttpTransport events', () => {
  it('opens one EventSource on /api/events at the first subscription, not before', () => {
    const { opened, openEventSource } = eventSources();
    const transport = createHttpTransport({ openEventSource });
    expect(opened).toHaveLength(0);

    transport.subscribe('onDidChangeLibrary', () => {});
    transport.subscribe('onDidChangeSettings', () => {});
    transport.subscribe('onDidChangeLibrary', () => {});

    expect(opened).toHaveLength(1);
    expect(opened[0]?.url).toBe('/api/events');
  });

  it('hands each subscriber the parsed payload of its own event', () => {
    const { opened, openEventSource } = eventSources();
    const transport = createHttpTransport({ openEventSource });
    const library: unknown[] = [];
    const settings: unknown[] = [];
    transport.subscribe('onDidChangeLibrary', (payload) => library.push(payload));
    transport.subscribe('onDidChangeSettings', (payload) => settings.push(payload));

    opened[0]?.fire('onDidChangeLibrary', '{"reason":"import"}');
    opened[0]?.fire('onDidChangeSettings', '{"locale":"en"}');
    opened[0]?.fire('onDidChangeLibrary', 'not json');

    expect(library).toEqual([{ reason: 'import' }]);
    expect(settings).toEqual([{ locale: 'en' }]);
  });

  it('stops delivering after unsubscribe and closes the stream when nobody listens', () => {
    const { opened, openEventSource } = eventSources();
    const transport = createHttpTransport({ openEventSource });
    const received: unknown[] = [];
    const stopFirst = transport.subscribe('onDidChangeLibrary', (payload) => received.push(payload));
    const stopSecond = transport.subscribe('onDidChangeSettings', () => {});

    stopFirst();
    opened[0]?.fire('onDidChangeLibrary', '{"reason":"x"}');
    expect(received).toEqual([]);
    expect(opened[0]?.isClosed).toBe(false);

    stopSecond();
    expect(opened[0]?.isClosed).toBe(true);

    transport.subscribe('onDidChangeLibrary', () => {});
    expect(opened).toHaveLength(2);
  });

  it('announces the library as changed when the stream comes back after a break', () => {
    const { opened, openEventSource } = eventSources();
    const transport = createHttpTransport({ openEventSource });
    const received: unknown[] = [];
    transport.subscribe('onDidChangeLibrary', (payload) => received.push(payload));

    opened[0]?.fire('open');
    expect(received).toEqual([]);

    opened[0]?.fire('error');
    opened[0]?.fire('open');
    expect(received).toEqual([{ reason: 'reconnected' }]);
  });
});
