import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { firstVisible, rowOffsets } from './virtual-rows';
import { isComposingKey } from '../keyboard';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** each row's height in rem, so rows grow with the reader's text size */
  rowHeightRem: (item: T) => number;
  getKey: (item: T) => string;
  /** rows the keyboard stops at (e.g. issues, not month headings) */
  isFocusable: (item: T) => boolean;
  /** renders a row; its one link or button takes `tabIndex` (roving: only the active row is in the tab order) */
  renderRow: (item: T, row: { tabIndex: 0 | -1 }) => ReactNode;
  label: string;
  className?: string;
  /** rows rendered beyond the visible ones, above and below */
  overscan?: number;
}

/** What a viewport shows where it cannot be measured (jsdom). */
const fallbackViewport = 800;

/**
 * A list that renders only the rows on screen, so 10,000 issues scroll as smoothly as ten.
 * Rows have known heights (in rem). The keyboard moves through it with ↑ ↓ PageUp PageDown
 * Home End, one row in the tab order at a time, scrolling rows in as it goes.
 */
export function VirtualList<T>({
  items,
  rowHeightRem,
  getKey,
  isFocusable,
  renderRow,
  label,
  className = '',
  overscan = 6,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [remPx, setRemPx] = useState(16);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(fallbackViewport);
  const [active, setActive] = useState(() => items.findIndex(isFocusable));
  const focusPending = useRef(false);

  const offsets = useMemo(() => rowOffsets(items.map((item) => rowHeightRem(item) * remPx)), [items, rowHeightRem, remPx]);
  const total = offsets[items.length] ?? 0;

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const measure = () => {
      setRemPx(parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
      setViewport(element.clientHeight || fallbackViewport);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, firstVisible(offsets, scrollTop) - overscan);
  let last = first;
  while (last < items.length && (offsets[last] ?? 0) < scrollTop + viewport) last += 1;
  last = Math.min(items.length, last + overscan);

  // Keep a row in the tab order that is on screen when the focus is elsewhere.
  const onScroll = () => {
    const element = scrollRef.current;
    if (!element) return;
    setScrollTop(element.scrollTop);
    if (element.contains(document.activeElement)) return;
    const top = firstVisible(offsets, element.scrollTop);
    const visible = items.findIndex((item, index) => index >= top && isFocusable(item));
    if (visible !== -1) setActive(visible);
  };

  const activeIndex = active >= 0 && active < items.length && isFocusable(items[active] as T) ? active : items.findIndex(isFocusable);

  const moveTo = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element || index < 0) return;
      const top = offsets[index] ?? 0;
      const bottom = offsets[index + 1] ?? top;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (bottom > element.scrollTop + element.clientHeight) element.scrollTop = bottom - element.clientHeight;
      setScrollTop(element.scrollTop);
      focusPending.current = true;
      setActive(index);
    },
    [offsets],
  );

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scrollRef.current
      ?.querySelector<HTMLElement>(`[data-row="${activeIndex}"] a, [data-row="${activeIndex}"] button`)
      ?.focus({ preventScroll: true });
  }, [activeIndex, first]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isComposingKey(event)) return;
    const perPage = Math.max(1, Math.floor(viewport / (remPx * 4)));
    const step = (from: number, by: number): number => {
      let index = from;
      let moved = 0;
      let found = from;
      while (moved < Math.abs(by)) {
        index += Math.sign(by);
        if (index < 0 || index >= items.length) break;
        if (isFocusable(items[index] as T)) {
          found = index;
          moved += 1;
        }
      }
      return found;
    };
    const targets: Record<string, () => number> = {
      ArrowDown: () => step(activeIndex, 1),
      ArrowUp: () => step(activeIndex, -1),
      PageDown: () => step(activeIndex, perPage),
      PageUp: () => step(activeIndex, -perPage),
      Home: () => step(-1, 1),
      End: () => step(items.length, -1),
    };
    const target = targets[event.key];
    if (!target) return;
    event.preventDefault();
    moveTo(target());
  };

  const rows: ReactNode[] = [];
  for (let index = first; index < last; index += 1) {
    const item = items[index] as T;
    rows.push(
      <div
        key={getKey(item)}
        role="listitem"
        className="virtual-row"
        data-row={index}
        aria-setsize={items.length}
        aria-posinset={index + 1}
        style={{ transform: `translateY(${offsets[index] ?? 0}px)`, height: `${rowHeightRem(item)}rem` }}
      >
        {renderRow(item, { tabIndex: index === activeIndex ? 0 : -1 })}
      </div>,
    );
  }

  return (
    <div ref={scrollRef} className={`virtual-list ${className}`} onScroll={onScroll} onKeyDown={onKeyDown}>
      <div role="list" aria-label={label} className="virtual-list-inner" style={{ height: `${total}px` }}>
        {rows}
      </div>
    </div>
  );
}
