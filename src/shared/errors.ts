/** Stable error codes that cross every door as `{code, message}`. */
export type ErrorCode =
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'CORRUPT_FILE'
  | 'NEWER_SCHEMA'
  | 'WRITE_FAILED'
  | 'LOCKED'
  | 'UNREADABLE_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'ENCRYPTED'
  | 'NO_TEXT'
  | 'UNDECODABLE'
  | 'CANCELLED'
  | 'UNSAFE_ARCHIVE'
  | 'TOO_LARGE'
  /** the browser door was asked without its secret */
  | 'UNAUTHORIZED'
  /** this door may not do that (a browser importing a server path outside --import-root) */
  | 'FORBIDDEN'
  | 'INTERNAL';

/**
 * The HTTP status the browser door answers each code with (the body is the WireResult in every
 * case). Declared for every code, so a new one does not compile until it has a status.
 */
export const httpStatusOf: Record<ErrorCode, number> = {
  INVALID_ARGUMENT: 400,
  UNKNOWN_METHOD: 404,
  NOT_FOUND: 404,
  CORRUPT_FILE: 500,
  NEWER_SCHEMA: 409,
  WRITE_FAILED: 500,
  LOCKED: 409,
  UNREADABLE_FILE: 422,
  UNSUPPORTED_FORMAT: 415,
  ENCRYPTED: 422,
  NO_TEXT: 422,
  UNDECODABLE: 422,
  CANCELLED: 409,
  UNSAFE_ARCHIVE: 422,
  TOO_LARGE: 413,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  INTERNAL: 500,
};

/** An error with a stable code; its message says what the user can do. */
export class JianbaoError extends Error {
  override name = 'JianbaoError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An error as it crosses a door. */
export interface WireError {
  code: ErrorCode;
  message: string;
}

/** What every door answers for one call. */
export type WireResult = { ok: true; value: unknown } | { ok: false; error: WireError };

/** Turns anything thrown into what crosses a door: a code and a message, nothing else. */
export function toWireError(error: unknown): WireError {
  if (error instanceof JianbaoError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `内部错误 / Internal error: ${message}` };
}

/** Rebuilds a thrown error on the far side of a door. */
export function fromWireError(error: WireError): JianbaoError {
  return new JianbaoError(error.code, error.message);
}

export function isWireResult(value: unknown): value is WireResult {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const candidate = value as { ok: unknown; error?: unknown };
  if (candidate.ok === true) return 'value' in candidate;
  if (candidate.ok !== false || typeof candidate.error !== 'object' || candidate.error === null) return false;
  const error = candidate.error as { code?: unknown; message?: unknown };
  return typeof error.code === 'string' && typeof error.message === 'string';
}
