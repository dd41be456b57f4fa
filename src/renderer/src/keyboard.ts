import { useLayoutEffect, useRef } from 'react';

/** A key as `KeyboardEvent.key`, optionally with the platform's command key: 'ArrowLeft', 'j', 'mod+f'. */
export type ShortcutMap = Partial<Record<string, (event: KeyboardEvent) => void>>;

/** A key event as the DOM or React hands it over. */
type KeyLike = Pick<KeyboardEvent, 'keyCode'> & { isComposing?: boolean; nativeEvent?: Pick<KeyboardEvent, 'isComposing' | 'keyCode'> };

/**
 * True while an input method is composing (pinyin typed, not yet turned into characters):
 * the Enter, Escape or comma pressed then belongs to the input method, never to the app.
 * Chromium marks such keys `isComposing`; Safari sends the confirming Enter as keyCode 229.
 */
export function isComposingKey(event: KeyLike): boolean {
  if (event.isComposing || event.nativeEvent?.isComposing) return true;
  return event.keyCode === 229 || event.nativeEvent?.keyCode === 229;
}

/** True where typed keys belong to a field, not to the app's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range'].includes(target.type);
}

/** The name of a key press in a ShortcutMap, e.g. 'mod+f' for Ctrl+F (⌘F on a Mac). */
export function shortcutName(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): string | null {
  if (event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (event.ctrlKey || event.metaKey) return `mod+${key}`;
  return key === '=' ? '+' : key;
}

/**
 * Calls the handler of each key pressed while this view is shown. Plain keys are left alone
 * while the reader types in a field (Esc and mod+ keys still count there).
 */
export function useShortcuts(shortcuts: ShortcutMap): void {
  const ref = useRef(shortcuts);
  ref.current = shortcuts;
  // A layout effect: the keys work from the moment the view is on screen, not a tick later.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isComposingKey(event)) return;
      const name = shortcutName(event);
      if (!name) return;
      const handler = ref.current[name];
      if (!handler) return;
      const isPlain = !name.startsWith('mod+') && name !== 'Escape';
      if (isPlain && isTypingTarget(event.target)) return;
      event.preventDefault();
      handler(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
