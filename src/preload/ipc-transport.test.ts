import { describe, expect, it } from 'vitest';
import { eventChannel } from '../shared/api';
import { createIpcTransport } from './ipc-transport';

function fakeIpcRenderer() {
  const listeners = new Set<(event: unknown, ...args: unknown[]) => void>();
  const invoked: unknown[][] = [];
  return {
    invoked,
    emit: (...args: unknown[]) => listeners.forEach((l) => l({}, ...args)),
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, value: 1 };
    },
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      if (channel === eventChannel) listeners.add(listener);
    },
    removeListener: (_channel: string, listener: (event: unknown, ...args: unknown[]) => void) => listeners.delete(listener),
  };
}

describe('the preload transport', () => {
  it('invokes a method on its own channel', async () => {
    const ipc = fakeIpcRenderer();
    const transport = createIpcTransport(ipc as never);
    expect(await transport.invoke('getIssue', { issueId: 'x' })).toEqual({ ok: true, value: 1 });
    expect(ipc.invoked).toEqual([['jianbao:getIssue', { issueId: 'x' }]]);
  });

  it('sends nothing for a method the contract does not have', async () => {
    const ipc = fakeIpcRenderer();
    const answer = await createIpcTransport(ipc as never).invoke('shell', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(ipc.invoked).toEqual([]);
  });

  it('delivers only the subscribed event, until unsubscribed', () => {
    const ipc = fakeIpcRenderer();
    const seen: unknown[] = [];
    const stop = createIpcTransport(ipc as never).subscribe('onDidChangeLibrary', (p) => seen.push(p));
    ipc.emit('onDidChangeSettings', { locale: 'en' });
    ipc.emit('onDidChangeLibrary', { reason: 'import' });
    stop();
    ipc.emit('onDidChangeLibrary', { reason: 'again' });
    expect(seen).toEqual([{ reason: 'import' }]);
  });
});
