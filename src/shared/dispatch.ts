import { apiMethods, isApiMethodName, type ApiHandlers, type ApiMethodName } from './api';
import { JianbaoError, toWireError, type WireResult } from './errors';

/** Calls one method by name with unchecked arguments; never throws. */
export type Dispatcher = (method: string, args: unknown) => Promise<WireResult>;

/**
 * The one place where arguments from any door are validated and errors turned into
 * `{code, message}`. Every door (IPC, HTTP, in-memory) calls through this.
 */
export function createDispatcher(handlers: ApiHandlers): Dispatcher {
  return async (method, args) => {
    try {
      if (!isApiMethodName(method)) {
        throw new JianbaoError('UNKNOWN_METHOD', `未知的方法 / Unknown method: ${method}`);
      }
      const value = await callValidated(handlers, method, args ?? {});
      return { ok: true, value: value ?? null };
    } catch (error) {
      return { ok: false, error: toWireError(error) };
    }
  };
}

function callValidated<K extends ApiMethodName>(handlers: ApiHandlers, method: K, args: unknown): Promise<unknown> {
  const parsed = apiMethods[method].safeParse(args);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`)
      .join('; ');
    throw new JianbaoError('INVALID_ARGUMENT', `参数无效 / Invalid arguments for ${method}: ${detail}`);
  }
  const handler = handlers[method] as (a: unknown) => Promise<unknown>;
  return handler(parsed.data);
}
