import type { ReactNode } from 'react';
import type { HitRange } from '../../../shared/search-types';

/** Text with its hits in `<mark>`: the ranges come as offsets, so no markup from an article reaches the page. */
export function HitText({ text, hits }: { text: string; hits: readonly HitRange[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of hits) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
