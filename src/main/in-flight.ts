import type { Dispatcher } from '../shared/dispatch';

/**
 * Counts the API calls under way, so that quitting can wait for them: a comment saved as the
 * window closes is written before the process ends. `settled` resolves when none is left, or
 * after `timeoutMs` whatever remains (a quit is never held for long).
 */
export function trackInFlight(dispatch: Dispatcher): { dispatch: Dispatcher; readonly count: number; settled: (timeoutMs: number) => Promise<void> } {
  let count = 0;
  let waiters: (() => void)[] = [];
  const done = () => {
    count -= 1;
    if (count > 0) return;
    for (const wake of waiters.splice(0)) wake();
  };
  return {
    dispatch: async (method, args) => {
      count += 1;
      try {
        return await dispatch(method, args);
      } finally {
        done();
      }
    },
    get count() {
      return count;
    },
    settled: (timeoutMs) =>
      count === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(() => {
              waiters = waiters.filter((wake) => wake !== finish);
              resolve();
            }, timeoutMs);
            const finish = () => {
              clearTimeout(timer);
              resolve();
            };
            waiters.push(finish);
          }),
  };
}
