import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { apiMethodNames, channelOf, eventChannel } from '../shared/api';
import type { Dispatcher } from '../shared/dispatch';
import type { WireResult } from '../shared/errors';
import type { ApiEvents } from '../shared/events';

/** Decides whether an IPC message comes from a frame we trust (our renderer's main frame). */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean;

/**
 * A sender is trusted when it is the top frame of one of our windows and its URL is our
 * renderer: `appOrigin` in production (a file: URL or the app protocol), or the dev server.
 */
export function createSenderCheck(isAppUrl: (url: string) => boolean): SenderCheck {
  return ({ senderFrame }) => {
    if (!senderFrame || senderFrame.parent !== null) return false;
    return isAppUrl(senderFrame.url);
  };
}

/**
 * Registers one `ipcMain.handle` per API method, on channels derived from the contract.
 * Every message's sender is checked before it reaches the dispatcher; the answer is a
 * WireResult, so error codes survive (Electron passes only the message of a thrown error).
 * Returns the function that removes the handlers.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatcher,
  isTrustedSender: SenderCheck,
): () => void {
  for (const method of apiMethodNames) {
    ipcMain.handle(channelOf(method), async (event, args: unknown): Promise<WireResult> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Refused: untrusted sender' } };
      }
      return dispatch(method, args);
    });
  }
  return () => {
    for (const method of apiMethodNames) ipcMain.removeHandler(channelOf(method));
  };
}

/** Forwards every core event to a window; returns the function that stops forwarding. */
export function forwardEvents(events: ApiEvents, webContents: Pick<WebContents, 'send' | 'isDestroyed'>): () => void {
  return events.listen((event, payload) => {
    if (!webContents.isDestroyed()) webContents.send(eventChannel, event, payload);
  });
}
