import type { Transport } from './client';
import type { Dispatcher } from './dispatch';
import type { ApiEvents } from './events';

/**
 * A transport that crosses no process but does cross a serialisation boundary, as the real
 * doors do: arguments and results go through JSON, so nothing that would not survive IPC or
 * HTTP passes here either. Used by the contract test.
 */
export function createInMemoryTransport(dispatch: Dispatcher, events: ApiEvents): Transport {
  const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null)) as T;
  return {
    async invoke(method, args) {
      return roundTrip(await dispatch(method, roundTrip(args)));
    },
    subscribe(event, callback) {
      return events.listen((name, payload) => {
        if (name === event) callback(roundTrip(payload));
      });
    },
  };
}
