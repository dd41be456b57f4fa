import { domTextRange, readDomText, type DomText } from '../dom-text';
import type { TextRange } from './text-offsets';

/**
 * The text of a page's text layer (pdf.js: one span per run of text) as one string, and the
 * way between DOM ranges in the layer and offsets into that string. Page annotations on text
 * are anchored on this string, as article annotations are on the article's canonical text.
 */
export type LayerText = DomText;

export function readLayerText(layer: HTMLElement): LayerText {
  return readDomText(layer);
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
  return domTextRange(layer, start, end);
}
