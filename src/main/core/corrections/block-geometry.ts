import type { Rect } from '../../../shared/model';
import type { LayoutBlock } from '../../../shared/page-layout';

/** How much two rectangles share horizontally, as a share of the narrower one (0..1). */
function horizontalOverlap(a: Rect, b: Rect): number {
  const shared = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  return shared <= 0 ? 0 : shared / Math.max(1e-6, Math.min(a.width, b.width));
}

/**
 * Whether a block at `a` is read before one at `b` on a page of horizontal columns: in one
 * column (they overlap horizontally by more than half), the upper first; across columns, the
 * left one first.
 */
export function readsBefore(a: Rect, b: Rect): boolean {
  if (horizontalOverlap(a, b) > 0.5) return a.y < b.y;
  return a.x < b.x;
}

/** The smallest rectangle around both. */
export function unionRect(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * The areas (热区) that cover an article's blocks, for an article whose blocks a correction
 * changed: blocks that follow one another down one column share a rectangle; a block in
 * another column, or far below, starts a new one. Gaps are measured in the blocks' type size,
 * so the rule holds for a tabloid and a broadsheet alike.
 */
export function areasOfBlocks(blocks: readonly LayoutBlock[]): Rect[] {
  const areas: Rect[] = [];
  let current: { rect: Rect; fontSize: number } | null = null;
  for (const block of blocks) {
    const gap = current ? block.rect.y - (current.rect.y + current.rect.height) : Infinity;
    const allowed = 3 * Math.max(current?.fontSize ?? 0, block.fontSize, 4);
    if (current && horizontalOverlap(current.rect, block.rect) > 0.5 && gap <= allowed && gap >= -allowed) {
      current.rect = unionRect(current.rect, block.rect);
      current.fontSize = Math.max(current.fontSize, block.fontSize);
      continue;
    }
    if (current) areas.push(current.rect);
    current = { rect: { ...block.rect }, fontSize: block.fontSize };
  }
  if (current) areas.push(current.rect);
  return areas;
}
