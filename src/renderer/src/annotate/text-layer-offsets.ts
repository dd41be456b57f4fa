import type { TextRange } from './text-offsets';

/**
 * The text of a page's text layer (pdf.js: one span per run of text) as one string, and the
 * way between DOM ranges in the layer and offsets into that string. Page annotations on text
 * are anchored on this string, as article annotations are on the article's canonical text.
 */
export interface LayerText {
  text: string;
  nodes: Text[];
  /** where each node's text starts in `text` */
  starts: number[];
}

export function readLayerText(layer: HTMLElement): LayerText {
  const walker = layer.ownerDocument.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
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

/** The part of `range` inside the layer as offsets of its text; null when it covers none of it. */
export function layerRangeToOffsets(layer: HTMLElement, range: Range): TextRange | null {
  const doc = layer.ownerDocument;
  const whole = doc.createRange();
  whole.selectNodeContents(layer);
  const clipped = range.cloneRange();
  if (clipped.compareBoundaryPoints(Range.START_TO_START, whole) < 0) clipped.setStart(whole.startContainer, whole.startOffset);
  if (clipped.compareBoundaryPoints(Range.END_TO_END, whole) > 0) clipped.setEnd(whole.endContainer, whole.endOffset);
  if (clipped.collapsed || clipped.compareBoundaryPoints(Range.START_TO_END, whole) < 0) return null;
  const before = doc.createRange();
  before.setStart(layer, 0);
  before.setEnd(clipped.startContainer, clipped.startOffset);
  const start = before.toString().length;
  const end = start + clipped.toString().length;
  return end > start ? { start, end } : null;
}

/** A DOM range over offsets of the layer's text; null when they fall outside it. */
export function layerOffsetsToRange(layer: LayerText, { start, end }: TextRange): Range | null {
  if (!(start >= 0 && start < end && end <= layer.text.length) || layer.nodes.length === 0) return null;
  const from = locate(layer, start, false);
  const to = locate(layer, end, true);
  const range = (layer.nodes[0] as Text).ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The node and offset of a position; an end prefers the end of the earlier node. */
function locate({ nodes, starts }: LayerText, position: number, isEnd: boolean): { node: Text; offset: number } {
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
