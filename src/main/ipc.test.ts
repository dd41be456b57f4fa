import { describe, expect, it } from 'vitest';
import { apiMethodNames, channelOf, eventChannel } from '../shared/api';
import type { Dispatcher } from '../shared/dispatch';
import { ApiEvents } from '../shared/events';
import { createAppUrlCheck } from './app-url';
import { createSenderCheck, forwardEvents, registerIpc } from './ipc';

type Handler = (event: unknown, args: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  };
}

const appIndex = 'file:///opt/jianbao/out/renderer/index.html';
const isTrusted = createSenderCheck(createAppUrlCheck(appIndex));
const frame = (url: string, parent: object | null = null) => ({ senderFrame: { url, parent } });

describe('the Electron door', () => {
  it('registers one handler per API method and removes them all again', () => {
    const ipcMain = fakeIpcMain();
    const dispatch: Dispatcher = async () => ({ ok: true, value: null });
    const unregister = registerIpc(ipcMain as never, dispatch, isTrusted);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(apiMethodNames.map(channelOf).sort());
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('passes a call from our renderer to the dispatcher', async () => {
    const ipcMain = fakeIpcMain();
    const calls: unknown[] = [];
    registerIpc(ipcMain as never, async (method, args) => {
      calls.push([method, args]);
      return { ok: true, value: 'done' };
    }, isTrusted);
    const answer = await ipcMain.handlers.get('jianbao:getIssue')?.(frame(appIndex), { issueId: 'x' });
    expect(answer).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['getIssue', { issueId: 'x' }]]);
  });

  it.each([
    ['a remote page', frame('https://example.com/')],
    ['another local file', frame('file:///tmp/evil.html')],
    ['a subframe of our page', frame(appIndex, {})],
    ['a message without a frame', { senderFrame: null }],
  ])('refuses a call from %s without reaching the core', async (_name, event) => {
    const ipcMain = fakeIpcMain();
    let reached = false;
    registerIpc(ipcMain as never, async () => {
      reached = true;
      return { ok: true, value: null };
    }, isTrusted);
    const answer = await ipcMain.handlers.get('jianbao:getInfo')?.(event, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(reached).toBe(false);
  });

  it('trusts only the dev server origin during development', () => {
    const check = createAppUrlCheck(appIndex, 'http://localhost:5173');
    expect(check('http://localhost:5173/#/article/a-1')).toBe(true);
    expect(check('http://localhost:5174/')).toBe(false);
    expect(check(appIndex)).toBe(false);
  });

  it('forwards core events to the window until stopped', () => {
    const events = new ApiEvents();
    const sent: unknown[][] = [];
    const stop = forwardEvents(events, { send: (...args: unknown[]) => sent.push(args), isDestroyed: () => false });
    events.emit('onDidChangeLibrary', { reason: 'demo' });
    stop();
    events.emit('onDidChangeLibrary', { reason: 'later' });
    expect(sent).toEqual([[eventChannel, 'onDidChangeLibrary', { reason: 'demo' }]]);
  });
});
