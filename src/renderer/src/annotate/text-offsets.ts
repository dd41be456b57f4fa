/**
 * Between DOM ranges in a rendered article and offsets into its canonical text. The article
 * body renders one element per block, each marked `data-text-start` with where its text
 * begins in the canonical text (blocks joined with "\n"), so an offset is the block's start
 * plus the characters before the point inside the block.
 */

/** The attribute a block element carries: the offset of its first character. */
export const textStartAttribute = 'data-text-start';

/** A range of the canonical text, UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The part of `range` that lies in the article body, as canonical offsets; null when the range
 * misses the body's text or covers none of it (a click, or a selection of the title only).
 */
export function rangeToOffsets(body: HTMLElement, range: Range): TextRange | null {
  const blocks = blockElements(body);
  if (blocks.length === 0) return null;
  const doc = body.ownerDocument;
  const whole = doc.createRange();
  whole.selectNodeContents(body);
  // Clip the range to the body, so a selection that runs into the title or the pager still counts.
  const clipped = range.cloneRange();
  if (clipped.compareBoundaryPoints(Range.START_TO_START, whole) < 0) clipped.setStart(whole.startContainer, whole.startOffset);
  if (clipped.compareBoundaryPoints(Range.END_TO_END, whole) > 0) clipped.setEnd(whole.endContainer, whole.endOffset);
  if (clipped.collapsed || clipped.compareBoundaryPoints(Range.START_TO_END, whole) < 0) return null;
  const start = pointToOffset(blocks, clipped.startContainer, clipped.startOffset, 'start');
  const end = pointToOffset(blocks, clipped.endContainer, clipped.endOffset, 'end');
  return end > start ? { start, end } : null;
}

/** The canonical offset of one DOM point in the body. */
export function pointToOffset(blocks: readonly HTMLElement[], node: Node, offset: number, edge: 'start' | 'end'): number {
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as HTMLElement;
    const blockStart = startOf(block);
    if (block === node || block.contains(node)) {
      const before = block.ownerDocument.createRange();
      before.setStart(block, 0);
      before.setEnd(node, offset);
      return blockStart + before.toString().length;
    }
    // A point before this block (between blocks, in the body itself) starts at the block,
    // or, as a range's end, ends with the block before it.
    if (isPointBefore(block, node, offset)) {
      const previous = blocks[i - 1];
      return edge === 'end' && previous ? endOf(previous) : blockStart;
    }
  }
  const last = blocks[blocks.length - 1] as HTMLElement;
  return endOf(last);
}

/** A DOM range over canonical offsets `start`–`end` of the body; null when they fall outside it. */
export function offsetsToRange(body: HTMLElement, { start, end }: TextRange): Range | null {
  const blocks = blockElements(body);
  const from = locate(blocks, start, 'start');
  const to = locate(blocks, end, 'end');
  if (!from || !to) return null;
  const range = body.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The body's block elements, in text order. */
export function blockElements(body: HTMLElement): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>(`[${textStartAttribute}]`)];
}

function startOf(block: HTMLElement): number {
  return Number(block.getAttribute(textStartAttribute));
}

function endOf(block: HTMLElement): number {
  return startOf(block) + (block.textContent ?? '').length;
}

/** Whether a point lies before the first character of `element`. */
function isPointBefore(element: HTMLElement, node: Node, offset: number): boolean {
  const range = element.ownerDocument.createRange();
  range.setStart(element, 0);
  return range.comparePoint(node, offset) < 0;
}

/** The text node and offset where canonical offset `at` is; an end prefers the end of a block. */
function locate(blocks: readonly HTMLElement[], at: number, edge: 'start' | 'end'): { node: Node; offset: number } | null {
  for (const block of blocks) {
    const blockStart = startOf(block);
    const blockEnd = endOf(block);
    const isInside = edge === 'start' ? at >= blockStart && at < blockEnd : at > blockStart && at <= blockEnd;
    if (!isInside) continue;
    let remaining = at - blockStart;
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode as Text;
      if (remaining < text.length || (edge === 'end' && remaining === text.length)) return { node: text, offset: remaining };
      remaining -= text.length;
    }
  }
  // A start on the "\n" between blocks begins at the next block; an end there ends the block before.
  const next = edge === 'start' ? blocks.find((b) => startOf(b) >= at) : [...blocks].reverse().find((b) => endOf(b) <= at);
  if (!next) return null;
  if (edge === 'start') return at === startOf(next) || at + 1 === startOf(next) ? { node: next, offset: 0 } : null;
  return endOf(next) === at || endOf(next) + 1 === at ? { node: next, offset: next.childNodes.length } : null;
}
