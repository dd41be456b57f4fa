import { useEffect } from 'react';
import { isComposingKey, isTypingTarget } from '../keyboard';

/** Ctrl+Z (⌘Z) calls `undo` while there is something to undo, but never takes it from a text field. */
export function useUndoKey(canUndo: boolean, undo: () => void): void {
  useEffect(() => {
    if (!canUndo) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey) return;
      if (event.defaultPrevented || isComposingKey(event) || isTypingTarget(event.target)) return;
      event.preventDefault();
      undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canUndo, undo]);
}
