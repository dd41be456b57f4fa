import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { channelOf, eventChannel, isApiMethodName } from '../shared/api';
import type { Transport } from '../shared/client';
import type { WireResult } from '../shared/errors';

/** The renderer's transport over IPC: one invoke per method channel, events on one channel. */
export function createIpcTransport(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): Transport {
  return {
    invoke(method, args) {
      if (!isApiMethodName(method)) {
        return Promise.resolve<WireResult>({
          ok: false,
          error: { code: 'UNKNOWN_METHOD', message: `未知的方法 / Unknown method: ${method}` },
        });
      }
      return ipc.invoke(channelOf(method), args) as Promise<WireResult>;
    },
    subscribe(event, callback) {
      const listener = (_: IpcRendererEvent, name: unknown, payload: unknown) => {
        if (name === event) callback(payload);
      };
      ipc.on(eventChannel, listener);
      return () => {
        ipc.removeListener(eventChannel, listener);
      };
    },
  };
}
