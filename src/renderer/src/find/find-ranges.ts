import { fold, foldText, toOriginalRange } from '../../../shared/anchoring/text-fold';

/**
 * Find in page: the matches of a query in the text under a root element, as DOM Ranges that
 * may cross element boundaries (a PDF text layer splits a line into many spans). "The same
 * text" is what anchoring calls the same (shared/anchoring/text-fold.ts): case, full- and
 * half-width forms (ＡＢＣ for abc), Kangxi radicals, quotes and runs of white space fold
 * together; Chinese otherwise matches character for character.
 */
export function findRanges(root: Node, query: string): Range[] {
  const needle = fold(query);
  if (needle === '') return [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    starts.push(text.length);
    nodes.push(node);
    text += node.data;
  }
  const haystack = foldText(text);
  const ranges: Range[] = [];
  for (let at = haystack.folded.indexOf(needle); at !== -1; at = haystack.folded.indexOf(needle, at + needle.length)) {
    const original = toOriginalRange(haystack, at, at + needle.length);
    const start = locate(nodes, starts, original.start, false);
    const end = locate(nodes, starts, original.end, true);
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    ranges.push(range);
  }
  return ranges;
}

/** The text node and offset of a position in the joined text; an end prefers the earlier node. */
export function locate(nodes: readonly Text[], starts: readonly number[], position: number, isEnd: boolean): { node: Text; offset: number } {
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const start = starts[mid] ?? 0;
    if (start < position || (!isEnd && start === position)) low = mid;
    else high = mid - 1;
  }
  const node = nodes[low] as Text;
  return { node, offset: position - (starts[low] ?? 0) };
}

/** The names of the highlights that mark all matches and the current one (styled in themes.css). */
export interface HighlightNames {
  all: string;
  current: string;
}

const findNames: HighlightNames = { all: 'jianbao-find', current: 'jianbao-find-current' };

/**
 * Marks the matches, and the current one apart, with the CSS Custom Highlight API where the
 * platform has it (no change to the DOM); elsewhere the current match is selected instead.
 * `names` keeps marks of another kind (a search's hits) apart from those of Ctrl+F.
 * Returns the function that removes the marks.
 */
export function paintMatches(ranges: readonly Range[], current: number, names: HighlightNames = findNames): () => void {
  const { all: allName, current: currentName } = names;
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  const chosen = ranges[current];
  if (registry && typeof Highlight !== 'undefined') {
    registry.set(allName, new Highlight(...ranges));
    if (chosen) registry.set(currentName, new Highlight(chosen));
    return () => {
      registry.delete(allName);
      registry.delete(currentName);
    };
  }
  if (chosen) {
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(chosen);
  }
  return () => {};
}
