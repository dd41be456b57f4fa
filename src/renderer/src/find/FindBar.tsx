import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { isComposingKey } from '../keyboard';
import { findRanges, paintMatches } from './find-ranges';

export interface FindBarProps {
  /** what to search: the article, or the page's text layer */
  getRoot: () => HTMLElement | null;
  /** what the field is called, e.g. 在本文中查找 */
  label: string;
  /** changes whenever the text under the root was replaced (a new page painted) */
  contentVersion?: string | number;
  onClose: () => void;
}

/**
 * Ctrl+F: finds a phrase in the article or page, marks every match and the current one,
 * steps with Enter / Shift+Enter, and closes with Esc, giving focus back.
 */
export function FindBar({ getRoot, label, contentVersion, onClose }: FindBarProps) {
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [ranges, setRanges] = useState<Range[]>([]);
  const [current, setCurrent] = useState(0);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => previous?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const root = getRoot();
    setRanges(root ? findRanges(root, query.trim()) : []);
    setCurrent(0);
  }, [getRoot, query, contentVersion]);

  useEffect(() => {
    const unpaint = paintMatches(ranges, current);
    const node = ranges[current]?.startContainer.parentElement;
    node?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    return unpaint;
  }, [ranges, current]);

  const step = (by: number) => {
    if (ranges.length > 0) setCurrent((at) => (at + by + ranges.length) % ranges.length);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isComposingKey(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  const count = query.trim() === '' ? '' : ranges.length === 0 ? t('find.none') : t('find.count', { n: current + 1, total: ranges.length });
  return (
    <div className="find-bar" role="search">
      <input
        ref={inputRef}
        type="search"
        className="find-input"
        aria-label={label}
        placeholder={label}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <output className="find-count" aria-live="polite">
        {count}
      </output>
      <button type="button" className="button" aria-label={t('find.previous')} disabled={ranges.length === 0} onClick={() => step(-1)}>
        ↑
      </button>
      <button type="button" className="button" aria-label={t('find.next')} disabled={ranges.length === 0} onClick={() => step(1)}>
        ↓
      </button>
      <button type="button" className="button" aria-label={t('find.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
