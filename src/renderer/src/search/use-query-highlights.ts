import { useEffect, useState } from 'react';
import { paintMatches, type HighlightNames } from '../find/find-ranges';
import { queryHitRanges } from './query-hit-ranges';

const searchNames: HighlightNames = { all: 'jianbao-search', current: 'jianbao-search-current' };

/**
 * Marks every hit of `query` under the root (an article, a document or a page replica's text
 * layer opened from the search results) with the highlights Ctrl+F uses, under names of their
 * own, and brings the first hit into view. `rangesOf` finds the hits (a text layer's cross
 * its spans); a change of `version` (the text layer painted again) marks them anew.
 * Returns how many hits there are.
 */
export function useQueryHighlights(
  getRoot: () => HTMLElement | null,
  query: string | undefined,
  rangesOf: (root: Node, query: string) => Range[] = queryHitRanges,
  version: unknown = null,
): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const root = getRoot();
    if (!root || !query) {
      setCount(0);
      return;
    }
    const ranges = rangesOf(root, query);
    setCount(ranges.length);
    ranges[0]?.startContainer.parentElement?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    return paintMatches(ranges, -1, searchNames);
  }, [getRoot, query, rangesOf, version]);
  return count;
}
