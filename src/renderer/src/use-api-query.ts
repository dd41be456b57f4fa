import { useCallback, useEffect, useRef, useState } from 'react';
import type { JianbaoApi } from '../../shared/api';
import { useApi } from './api-context';
import { errorMessage } from './error-message';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; value: T };

interface Attempt {
  /** bumps on every retry or refresh, so the effect runs again */
  count: number;
  /** a refresh keeps showing the old value until the new one arrives */
  isRefresh: boolean;
}

const loading: QueryState<never> = { status: 'loading' };

/**
 * Loads something from the API for the query named `key`; shows loading whenever `key`
 * changes, offers `retry` after an error, and re-fetches quietly when the library changes.
 */
export function useApiQuery<T>(
  key: string,
  load: (api: JianbaoApi) => Promise<T>,
): { state: QueryState<T>; retry: () => void } {
  const api = useApi();
  const loadRef = useRef(load);
  loadRef.current = load;
  const [result, setResult] = useState<{ key: string; state: QueryState<T> }>({ key, state: loading });
  const [attempt, setAttempt] = useState<Attempt>({ count: 0, isRefresh: false });

  useEffect(() => {
    let isCurrent = true;
    if (!attempt.isRefresh) setResult({ key, state: loading });
    loadRef.current(api).then(
      (value) => {
        if (isCurrent) setResult({ key, state: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (isCurrent) setResult({ key, state: { status: 'error', message: errorMessage(error) } });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api, key, attempt]);

  useEffect(
    () => api.onDidChangeLibrary(() => setAttempt((previous) => ({ count: previous.count + 1, isRefresh: true }))),
    [api],
  );

  const retry = useCallback(() => setAttempt((previous) => ({ count: previous.count + 1, isRefresh: false })), []);

  return { state: result.key === key ? result.state : loading, retry };
}
