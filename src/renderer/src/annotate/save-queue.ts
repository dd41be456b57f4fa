import { useCallback, useRef } from 'react';

/**
 * Runs the saves of one annotation one after another, in the order they were asked for: a
 * comment saved as the editor closes reaches the core before the delete that closed it, so
 * undo brings back what was typed, and no save lands on an annotation already deleted.
 */
export function useSaveQueue(): <T>(annotationId: string, run: () => Promise<T>) => Promise<T> {
  const tails = useRef(new Map<string, Promise<unknown>>());
  return useCallback(<T,>(annotationId: string, run: () => Promise<T>): Promise<T> => {
    const previous = tails.current.get(annotationId) ?? Promise.resolve();
    const next = previous.then(run, run);
    tails.current.set(annotationId, next);
    const forget = () => {
      if (tails.current.get(annotationId) === next) tails.current.delete(annotationId);
    };
    next.then(forget, forget);
    return next;
  }, []);
}
