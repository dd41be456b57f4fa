import { parseQuery, patternsFor, type ParsedQuery } from '../../../shared/search-query';
import { findHits, type PatternToken } from '../../../shared/search-tokens';
import { foldedMatches } from '../find/find-ranges';

/** Which field of the query language an element's text belongs to, by the article's markup. */
function fieldOf(element: Element | null): 'title' | 'author' | 'body' {
  if (element?.closest('.article-byline')) return 'author';
  if (element?.closest('.article-header')) return 'title';
  return 'body';
}

/**
 * The hits of a search query in an article as shown, as DOM Ranges: each included term marked
 * where the index would find it (`title:` terms in the heading, `author:` terms in the byline,
 * plain terms anywhere), with the same matching as the index. Each paragraph is one
 * text node, so a hit never spans two. Nothing when the query cannot be parsed.
 */
export function queryHitRanges(root: Node, query: string): Range[] {
  let parsed: ParsedQuery;
  try {
    parsed = parseQuery(query);
  } catch {
    return [];
  }
  const patterns: Record<ReturnType<typeof fieldOf>, PatternToken[][]> = {
    title: patternsFor(parsed, 'title'),
    author: patternsFor(parsed, 'author'),
    body: patternsFor(parsed, 'body'),
  };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const ranges: Range[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    for (const [start, end] of findHits(node.data, patterns[fieldOf(node.parentElement)])) {
      const range = doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * The hits of a search query on a page replica's text layer, as DOM Ranges that may cross the
 * layer's spans (a PDF splits a line into many items): the body terms of the query, matched
 * as the index matches them, on the layer's text folded as anchoring folds it (a justified
 * line's 加 宏 大 reads 加宏大). Nothing when the query cannot be parsed.
 */
export function pageHitRanges(root: Node, query: string): Range[] {
  let parsed: ParsedQuery;
  try {
    parsed = parseQuery(query);
  } catch {
    return [];
  }
  const patterns = patternsFor(parsed, 'body');
  return foldedMatches(root, (folded) => findHits(folded, patterns));
}
