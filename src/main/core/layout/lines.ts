import type { Rect } from '../../../shared/model';
import { joinLetterSpacedHan } from '../../../shared/normalize-text';
import type { LayoutItem } from './layout-input';

/**
 * Text lines from a page's items: items on one baseline, of about one size, close enough
 * (relative to their type size, as xpdf's TextOutputDev does) to be read as one line. Vertical
 * items (竖排) are lines of their own kind, read top to bottom.
 */

/** A line of text on the page. */
export interface TextLine {
  /** justified-line spaces removed */
  text: string;
  rect: Rect;
  size: number;
  isVertical: boolean;
  font: string;
}

const right = (r: Rect): number => r.x + r.width;
const bottom = (r: Rect): number => r.y + r.height;

/**
 * Drops an item drawn again over itself: pages set bold type by painting a headline two or
 * three times, whole and in parts ("新使命：" over "新使命" and "："), which would double its text.
 */
export function withoutOverprints(items: readonly LayoutItem[]): LayoutItem[] {
  const sorted = [...items].sort((a, b) => b.text.length - a.text.length);
  const kept: LayoutItem[] = [];
  const byRow = new Map<number, LayoutItem[]>();
  for (const item of sorted) {
    const row = Math.round(item.y / 4);
    const near = [...(byRow.get(row - 1) ?? []), ...(byRow.get(row) ?? []), ...(byRow.get(row + 1) ?? [])];
    const tolerance = item.size * 0.3;
    const isCovered = near.some(
      (k) =>
        k.isVertical === item.isVertical &&
        Math.abs(k.size - item.size) < tolerance &&
        item.x >= k.x - tolerance &&
        right(item) <= right(k) + tolerance &&
        item.y >= k.y - tolerance &&
        bottom(item) <= bottom(k) + tolerance &&
        k.text.replace(/\s/g, '').includes(item.text.replace(/\s/g, '')),
    );
    if (isCovered) continue;
    kept.push(item);
    byRow.set(row, [...(byRow.get(row) ?? []), item]);
  }
  return kept;
}

/** Joins the texts of a line's items: a space only where Latin words stand apart. */
function lineText(items: readonly LayoutItem[]): string {
  let text = '';
  let previous: LayoutItem | null = null;
  for (const item of items) {
    const gap = previous ? (item.isVertical ? item.y - bottom(previous) : item.x - right(previous)) : 0;
    // Latin words apart get their space; Han items far apart (绿色规划 绿色产业) keep a word space too
    const isLatin = /[0-9A-Za-z]$/.test(text) && /^[0-9A-Za-z]/.test(item.text);
    if (previous && ((isLatin && gap > item.size * 0.25) || gap > item.size * 0.6)) text += ' ';
    text += item.text;
    previous = item;
  }
  const flat = joinLetterSpacedHan(text.replace(/\s+/g, ' ').trim());
  // vertical text uses presentation forms (﹃﹄ for 『』, ︵︶ for （）): read as the horizontal ones
  return items[0]?.isVertical ? flat.replace(/[\uFE10-\uFE19\uFE30-\uFE4F]/gu, (ch) => ch.normalize('NFKC')) : flat;
}

/** The page's lines, horizontal and vertical, each with its box, size and dominant font. */
export function linesOf(items: readonly LayoutItem[]): TextLine[] {
  const isFinite = (i: LayoutItem): boolean => [i.x, i.y, i.width, i.height, i.size].every(Number.isFinite);
  const clean = withoutOverprints(items.filter((i) => i.text.trim() !== '' && i.size > 0 && isFinite(i)));
  const lines: LayoutItem[][] = [];
  const horizontal = clean.filter((i) => !i.isVertical).sort((a, b) => bottom(a) - bottom(b) || a.x - b.x);
  // Open lines by baseline; an item joins the line whose baseline and end it continues.
  const open: { items: LayoutItem[]; baseline: number; right: number; size: number; hasEnded: boolean }[] = [];
  for (const item of horizontal) {
    const baseline = bottom(item);
    let target: (typeof open)[number] | undefined;
    for (let k = open.length - 1; k >= 0; k--) {
      const line = open[k]!;
      if (baseline - line.baseline > Math.max(line.size, item.size) * 0.5) break;
      const size = Math.max(line.size, item.size);
      const isSameRow = Math.abs(baseline - line.baseline) < size * 0.35;
      const isSameType = item.size < line.size * 1.35 && line.size < item.size * 1.35;
      const gap = item.x - line.right;
      // where the PDF ended the line, only an item right after it (hanging punctuation aside) continues it
      const limit = line.hasEnded ? size * 0.3 : size * 1.25;
      if (isSameRow && isSameType && gap < limit && gap > -size * 1.2) {
        target = line;
        break;
      }
    }
    if (target) {
      target.items.push(item);
      target.right = Math.max(target.right, right(item));
      target.hasEnded = item.endsLine === true;
    } else {
      const line = { items: [item], baseline, right: right(item), size: item.size, hasEnded: item.endsLine === true };
      open.push(line);
      lines.push(line.items);
    }
    // keep the open list short: lines far above can take no more items
    while (open.length > 0 && baseline - open[0]!.baseline > 40) open.shift();
  }
  const vertical = clean.filter((i) => i.isVertical).sort((a, b) => a.x - b.x || a.y - b.y);
  for (const item of vertical) {
    const line = lines.find((l) => {
      const last = l[l.length - 1]!;
      return last.isVertical && Math.abs(last.x - item.x) < item.size * 0.35 && item.y - bottom(last) < item.size * 1.0 && item.y > last.y;
    });
    if (line) line.push(item);
    else lines.push([item]);
  }
  return lines.map((parts) => {
    const sorted = parts[0]!.isVertical ? parts : [...parts].sort((a, b) => a.x - b.x);
    const x = Math.min(...sorted.map((i) => i.x));
    const y = Math.min(...sorted.map((i) => i.y));
    const fonts = new Map<string, number>();
    for (const i of sorted) fonts.set(i.font, (fonts.get(i.font) ?? 0) + i.text.length);
    const size = Math.max(...sorted.map((i) => i.size));
    return {
      text: lineText(sorted),
      rect: { x, y, width: Math.max(...sorted.map(right)) - x, height: Math.max(...sorted.map(bottom)) - y },
      size,
      isVertical: sorted[0]!.isVertical,
      font: [...fonts.entries()].sort((a, b) => b[1] - a[1])[0]![0],
    };
  }).filter((l) => l.text !== '');
}
