import {
  apiEventNames,
  apiMethodNames,
  type ApiEventName,
  type ApiEventPayloads,
  type JianbaoApi,
} from './api';
import { fromWireError, isWireResult, JianbaoError, type WireResult } from './errors';

/** How a client reaches the core: one call, and event subscriptions. */
export interface Transport {
  invoke(method: string, args: unknown): Promise<WireResult>;
  subscribe(event: ApiEventName, callback: (payload: unknown) => void): () => void;
}

/** Builds the typed API from a transport; the method list comes from the contract. */
export function createClient(transport: Transport): JianbaoApi {
  const client: Record<string, unknown> = {};
  for (const method of apiMethodNames) {
    client[method] = async (args: unknown) => {
      const result: unknown = await transport.invoke(method, args ?? {});
      if (!isWireResult(result)) {
        throw new JianbaoError('INTERNAL', `无效的响应 / Malformed response to ${method}`);
      }
      if (!result.ok) throw fromWireError(result.error);
      return result.value;
    };
  }
  for (const event of apiEventNames) {
    client[event] = (callback: (payload: ApiEventPayloads[typeof event]) => void) =>
      transport.subscribe(event, (payload) => callback(payload as ApiEventPayloads[typeof event]));
  }
  return client as JianbaoApi;
}
