import { fold, foldText, toOriginalRange } from '../../../shared/anchoring/text-fold';
import { domTextRange, readDomText } from '../dom-text';

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
  return foldedMatches(root, (folded) => {
    const found: [number, number][] = [];
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) found.push([at, at + needle.length]);
    return found;
  });
}

/**
 * The one walk over the DOM text under `root`: its text nodes joined and folded
 * (text-fold.ts), `match` run on the folded string, and each [start, end) it returns mapped
 * back to a DOM Range across the nodes. Find in page and a search's marks on a replica both
 * go through here, so white space a justified PDF line puts between characters never hides a
 * match.
 */
export function foldedMatches(root: Node, match: (folded: string) => readonly (readonly [number, number])[]): Range[] {
  const dom = readDomText(root);
  const haystack = foldText(dom.text);
  return match(haystack.folded).flatMap(([from, to]) => {
    const original = toOriginalRange(haystack, from, to);
    return domTextRange(dom, original.start, original.end) ?? [];
  });
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
