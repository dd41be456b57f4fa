import { useCallback, useEffect, useRef, useState } from 'react';
import { isComposingKey } from '../keyboard';

/** Where the caret is drawn, in the viewport's CSS pixels; null while it is off or nowhere. */
export interface CaretBox {
  left: number;
  top: number;
  height: number;
}

type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

/** Arrow keys and the way they move the caret, as in a browser's caret browsing. */
const moves: Record<string, [direction: 'forward' | 'backward', granularity: Granularity]> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
  End: ['forward', 'lineboundary'],
  Home: ['backward', 'lineboundary'],
};

/**
 * Caret mode over read-only text (an article's body, a replica's text layer), as browsers'
 * caret browsing (F7) has it: a visible caret the arrows move (Ctrl: by word), Shift+arrows
 * extend into a selection, Tab takes the focus to the toolbar of that selection, Esc or F7
 * leaves. The selection is the document's own, so everything that acts on a selection (the
 * toolbar, h / u / n) acts on it. `getRoot` gives the text's element; `toolbarSelector` where
 * the selection's toolbar is.
 */
export function useCaretMode(getRoot: () => HTMLElement | null, toolbarSelector = '.selection-toolbar'): {
  isOn: boolean;
  toggle: () => void;
  caret: CaretBox | null;
} {
  const [isOn, setIsOn] = useState(false);
  const [caret, setCaret] = useState<CaretBox | null>(null);
  const isOnRef = useRef(isOn);
  isOnRef.current = isOn;

  const toggle = useCallback(() => setIsOn((on) => !on), []);

  // F7 turns it on and off anywhere in the view.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F7' || event.defaultPrevented || isComposingKey(event)) return;
      event.preventDefault();
      setIsOn((on) => !on);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    const root = getRoot();
    if (!isOn || !root) {
      setCaret(null);
      return;
    }
    const hadTabIndex = root.getAttribute('tabindex');
    if (hadTabIndex === null) root.tabIndex = 0;
    root.dataset.caretMode = 'on';
    const selection = root.ownerDocument.getSelection();
    if (selection && !(selection.rangeCount > 0 && root.contains(selection.focusNode))) placeAtStart(root, selection);
    root.focus({ preventScroll: true });

    const update = () => {
      const current = root.ownerDocument.getSelection();
      setCaret(current && root.contains(current.focusNode) ? caretBoxOf(current) : null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (isComposingKey(event)) return;
      const current = root.ownerDocument.getSelection();
      if (!current) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setIsOn(false);
        return;
      }
      if (event.key === 'Tab' && !event.shiftKey && !current.isCollapsed) {
        const toolbar = root.ownerDocument.querySelector<HTMLElement>(`${toolbarSelector} button`);
        if (toolbar) {
          event.preventDefault();
          toolbar.focus();
        }
        return;
      }
      const move = moves[event.key];
      if (!move || event.altKey || event.metaKey) return;
      event.preventDefault();
      event.stopPropagation();
      const [direction, granularity] = move;
      const by = event.ctrlKey && granularity === 'character' ? 'word' : granularity;
      (current as Selection & { modify: (alter: string, direction: string, granularity: string) => void }).modify(
        event.shiftKey ? 'extend' : 'move',
        direction,
        by,
      );
      if (!root.contains(current.focusNode)) placeAtStart(root, current);
      update();
    };
    const onScroll = () => update();
    root.addEventListener('keydown', onKeyDown);
    root.ownerDocument.addEventListener('selectionchange', update);
    window.addEventListener('scroll', onScroll, true);
    update();
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.ownerDocument.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', onScroll, true);
      delete root.dataset.caretMode;
      if (hadTabIndex === null) root.removeAttribute('tabindex');
    };
  }, [isOn, getRoot, toolbarSelector]);

  return { isOn, toggle, caret };
}

/** A collapsed selection before the first character of `root`'s text. */
function placeAtStart(root: HTMLElement, selection: Selection): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => ((node as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  const first = walker.nextNode();
  if (first) selection.collapse(first, 0);
}

/** Where the selection's moving end is, as a thin box one line high. */
function caretBoxOf(selection: Selection): CaretBox | null {
  const node = selection.focusNode;
  if (!node) return null;
  const range = node.ownerDocument?.createRange();
  if (!range) return null;
  const offset = selection.focusOffset;
  range.setStart(node, offset);
  range.setEnd(node, offset);
  let rect = range.getClientRects()[0] ?? null;
  if ((!rect || rect.height === 0) && node.nodeType === Node.TEXT_NODE) {
    // An empty range has no box in some places: take the character after it, or before it.
    const text = node as Text;
    const at = Math.min(offset, Math.max(0, text.length - 1));
    range.setStart(text, at);
    range.setEnd(text, Math.min(text.length, at + 1));
    const box = range.getClientRects()[0];
    if (box) rect = new DOMRect(offset >= text.length ? box.right : box.left, box.top, 0, box.height);
  }
  return rect && rect.height > 0 ? { left: rect.left, top: rect.top, height: rect.height } : null;
}
