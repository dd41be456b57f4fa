import type { Rect } from '../../../shared/model';

/**
 * Recursive XY-cut (Nagy and Seth; as pdftotext++'s XYCut does it): a region is cut at a white
 * gap across it until no gap is left. Which gap first: one with a drawn rule lying along it
 * across the region (a rule between two stacked articles), then a gutter running the whole
 * height (columns: a headline across them closes it), then the widest other gap. The leaves,
 * read in cut order (top before bottom, left before right), give the page's reading order:
 * down a column, then the next column.
 */

/** A node of the cut tree: its boxes in reading order, and how it was cut. */
export interface CutNode<T> {
  items: T[];
  children: CutNode<T>[];
}

interface Gap {
  at: number;
  width: number;
  isHorizontal: boolean;
  score: number;
}

const right = (r: Rect): number => r.x + r.width;
const bottom = (r: Rect): number => r.y + r.height;

/** The white gaps between the boxes' projections on one axis, at least `min` wide. */
function gapsOf(spans: [number, number][], min: number): { from: number; to: number }[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const gaps: { from: number; to: number }[] = [];
  let end = -Infinity;
  for (const [from, to] of sorted) {
    if (end !== -Infinity && from - end >= min) gaps.push({ from: end, to: from });
    end = Math.max(end, to);
  }
  return gaps;
}

/**
 * Cuts `items` (with their boxes) into a tree. `minGap` is the narrowest white gap that parts
 * two regions (in points, relative to the body type size); `rules` are the drawn lines.
 */
export function xyCut<T>(items: readonly T[], boxOf: (item: T) => Rect, minGap: { x: number; y: number }, rules: readonly Rect[]): CutNode<T> {
  const node: CutNode<T> = { items: [...items], children: [] };
  if (items.length < 2) return node;
  const boxes = items.map(boxOf);
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const width = Math.max(...boxes.map(right)) - left;
  const height = Math.max(...boxes.map(bottom)) - top;
  const candidates: Gap[] = [];
  for (const gap of gapsOf(boxes.map((b) => [b.y, bottom(b)]), minGap.y)) {
    const hasRule = rules.some((r) => r.height < 4 && r.y >= gap.from - 1 && bottom(r) <= gap.to + 1 && r.width > width * 0.5 && r.x < left + width && right(r) > left);
    const w = gap.to - gap.from;
    candidates.push({ at: (gap.from + gap.to) / 2, width: w, isHorizontal: true, score: w + (hasRule ? 2000 : 0) });
  }
  for (const gap of gapsOf(boxes.map((b) => [b.x, right(b)]), minGap.x)) {
    const hasRule = rules.some((r) => r.width < 4 && r.x >= gap.from - 1 && right(r) <= gap.to + 1 && r.height > height * 0.5 && r.y < top + height && bottom(r) > top);
    const w = gap.to - gap.from;
    candidates.push({ at: (gap.from + gap.to) / 2, width: w, isHorizontal: false, score: w + (hasRule ? 1500 : 1000) });
  }
  if (candidates.length === 0) return node;
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  const before: T[] = [];
  const after: T[] = [];
  items.forEach((item, i) => {
    const b = boxes[i]!;
    const centre = best.isHorizontal ? b.y + b.height / 2 : b.x + b.width / 2;
    (centre < best.at ? before : after).push(item);
  });
  node.children = [xyCut(before, boxOf, minGap, rules), xyCut(after, boxOf, minGap, rules)];
  return node;
}
