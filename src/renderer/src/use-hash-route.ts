import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './route';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

/** The route named by `location.hash`, re-rendering when it changes. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseRoute(hash), [hash]);
}

/**
 * Points the address at `href` without a new history entry (e.g. choosing a page of an
 * issue), so that Back leaves the issue rather than stepping through its pages.
 */
export function replaceHash(href: string): void {
  window.history.replaceState(window.history.state, '', href);
  for (const listener of [...listeners]) listener();
}
