import { useCallback, useEffect, useState } from 'react';

/** How long the undo of a delete is offered. */
export const undoWindowMs = 10_000;

/**
 * The undo of the last delete, offered for a short while: it ends after `undoWindowMs`, when
 * the next action starts (`close`), or when another delete takes its place. Only the newest
 * delete can be undone, so an old one never comes back by surprise.
 */
export function useUndoWindow<T>(durationMs = undoWindowMs): {
  /** what undo would put back; empty or one item */
  offered: T[];
  offer: (item: T) => void;
  close: () => void;
} {
  const [offered, setOffered] = useState<T[]>([]);
  useEffect(() => {
    if (offered.length === 0) return;
    const timer = setTimeout(() => setOffered([]), durationMs);
    return () => clearTimeout(timer);
  }, [offered, durationMs]);
  const offer = useCallback((item: T) => setOffered([item]), []);
  const close = useCallback(() => setOffered((previous) => (previous.length === 0 ? previous : [])), []);
  return { offered, offer, close };
}
