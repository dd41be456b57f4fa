/**
 * The text under a DOM element as one string, and the way back from offsets in that string to
 * DOM positions: the one walk over DOM text that find in page, a search's marks on a replica
 * and page annotations on a text layer share. A pdf.js text layer splits a printed line into
 * many spans; ranges built here cross them.
 */
export interface DomText {
  text: string;
  nodes: Text[];
  /** where each node's text starts in `text` */
  starts: number[];
}

/** The text nodes under `root`, joined, with where each starts. */
export function readDomText(root: Node): DomText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    nodes.push(node);
    starts.push(text.length);
    text += node.data;
  }
  return { text, nodes, starts };
}

/** A DOM range over [start, end) of the joined text; null when it falls outside it. */
export function domTextRange(dom: DomText, start: number, end: number): Range | null {
  if (!(start >= 0 && start < end && end <= dom.text.length) || dom.nodes.length === 0) return null;
  const from = locate(dom, start, false);
  const to = locate(dom, end, true);
  const range = (dom.nodes[0] as Text).ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The node and offset of a position in the joined text; an end prefers the end of the earlier node. */
function locate({ nodes, starts }: DomText, position: number, isEnd: boolean): { node: Text; offset: number } {
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const at = starts[mid] ?? 0;
    if (at < position || (!isEnd && at === position)) low = mid;
    else high = mid - 1;
  }
  return { node: nodes[low] as Text, offset: position - (starts[low] ?? 0) };
}
