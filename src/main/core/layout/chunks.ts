import type { Rect } from '../../../shared/model';
import { joinLines } from '../../../shared/normalize-text';
import { isCreditLine } from './bylines';
import type { TextLine } from './lines';

/**
 * Lines into chunks: the runs of lines of one size stacked in one column, that the page cut
 * (xy-cut.ts) takes as its atoms. Thresholds are relative to the type size (xpdf's
 * TextOutputDev does the same), so they hold for a broadsheet's 8-point body and a county
 * paper's 10.5-point one alike. A drawn rule between two lines always parts them.
 */

/** A column piece of lines of one size; its paragraphs are its lines split at indents. */
export interface Chunk {
  lines: TextLine[];
  rect: Rect;
  size: number;
  isVertical: boolean;
  font: string;
  /** the chunk's text, lines joined */
  text: string;
}

const right = (r: Rect): number => r.x + r.width;
const bottom = (r: Rect): number => r.y + r.height;

/** The smallest box holding all of `rects`. */
export function union(rects: readonly Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, width: Math.max(...rects.map(right)) - x, height: Math.max(...rects.map(bottom)) - y };
}

/** The horizontal overlap of two boxes, in points (negative: the gap between them). */
export function overlapX(a: Rect, b: Rect): number {
  return Math.min(right(a), right(b)) - Math.max(a.x, b.x);
}

/** The vertical overlap of two boxes, in points (negative: the gap between them). */
export function overlapY(a: Rect, b: Rect): number {
  return Math.min(bottom(a), bottom(b)) - Math.max(a.y, b.y);
}

/** True when a rule lies across the gap between `upper` and `lower`, over their shared span. */
function isRuleBetween(upper: Rect, lower: Rect, rules: readonly Rect[]): boolean {
  const top = bottom(upper) - 1;
  const end = lower.y + 1;
  const from = Math.max(upper.x, lower.x);
  const to = Math.min(right(upper), right(lower));
  return rules.some((r) => r.height < 4 && r.y >= top && bottom(r) <= end && r.x < to - 2 && right(r) > from + 2);
}

function chunkOf(lines: TextLine[]): Chunk {
  const first = lines[0]!;
  const fonts = new Map<string, number>();
  for (const l of lines) fonts.set(l.font, (fonts.get(l.font) ?? 0) + l.text.length);
  const rect = union(lines.map((l) => l.rect));
  // characters set one under another as lines of their own are vertical text too (竖排 without a vertical font)
  const isStacked = lines.length >= 3 && lines.every((l) => [...l.text].length <= 2) && rect.height > rect.width * 2;
  return {
    lines,
    rect,
    size: Math.max(...lines.map((l) => l.size)),
    isVertical: first.isVertical || isStacked,
    font: [...fonts.entries()].sort((a, b) => b[1] - a[1])[0]![0],
    text: joinLines(lines.map((l) => l.text)),
  };
}

/** Punctuation that may hang out of a column's measure: closing at the end, opening at the start. */
const hangsAtEnd = /[，。、；：！？”’）》」』]$/u;
const hangsAtStart = /^[“‘（《「『]/u;

/**
 * The box the page cut sees of a chunk: its lines' box, less the punctuation that hangs
 * out of the column (Chinese setting lets ，。 hang past the right edge and “ past the left),
 * so that a narrow gutter between columns stays open.
 */
export function cutRect(chunk: Chunk): Rect {
  if (chunk.isVertical || chunk.lines.length < 2) return chunk.rect;
  const lefts = chunk.lines.map((l) => l.rect.x + (hangsAtStart.test(l.text) ? l.size : 0));
  const rights = chunk.lines.map((l) => right(l.rect) - (hangsAtEnd.test(l.text) ? l.size : 0));
  const x = Math.min(...lefts);
  return { x, y: chunk.rect.y, width: Math.max(x + 1, Math.max(...rights)) - x, height: chunk.rect.height };
}

/** The page's chunks: horizontal lines stacked by column, vertical lines side by side. */
export function chunksOf(lines: readonly TextLine[], rules: readonly Rect[]): Chunk[] {
  const groups: TextLine[][] = [];
  const horizontal = lines.filter((l) => !l.isVertical).sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x);
  for (const line of horizontal) {
    let best: TextLine[] | null = null;
    let bestGap = Infinity;
    // an author line (□ 本报记者 …) over a body is a chunk of its own, the byline
    const isCredit = isCreditLine(line.text);
    for (const group of isCredit ? [] : groups) {
      const last = group[group.length - 1]!;
      if (last.isVertical || (group.length === 1 && isCreditLine(last.text))) continue;
      const size = Math.max(last.size, line.size);
      const gap = line.rect.y - bottom(last.rect);
      if (gap < -size * 0.3 || gap > size * 0.9 || gap >= bestGap) continue;
      if (line.size > last.size * 1.15 || last.size > line.size * 1.15) continue;
      const shared = overlapX(last.rect, line.rect);
      if (shared < Math.min(last.rect.width, line.rect.width) * 0.4) continue;
      if (line.font !== last.font && line.size !== last.size) continue;
      if (isRuleBetween(last.rect, line.rect, rules)) continue;
      best = group;
      bestGap = gap;
    }
    if (best) best.push(line);
    else groups.push([line]);
  }
  const vertical = lines.filter((l) => l.isVertical).sort((a, b) => b.rect.x - a.rect.x);
  for (const line of vertical) {
    const group = groups.find((g) => {
      const last = g[g.length - 1]!;
      return last.isVertical && Math.abs(last.size - line.size) < line.size * 0.15 &&
        last.rect.x - right(line.rect) < line.size * 0.6 && last.rect.x - right(line.rect) > -line.size * 0.3 &&
        overlapY(last.rect, line.rect) > 0;
    });
    if (group) group.push(line);
    else groups.push([line]);
  }
  return groups.map(chunkOf);
}

/**
 * A chunk's paragraphs: a line indented from the chunk's left edge starts one, and a line that
 * stops short of the lines around it ends one (a column that widens below a picture or a
 * vertical headline does not). Headlines and vertical text stay one paragraph.
 */
export function paragraphsOf(chunk: Chunk, isBody: boolean): TextLine[][] {
  if (!isBody || chunk.isVertical || chunk.lines.length < 2) return [chunk.lines];
  const left = chunk.rect.x;
  const paragraphs: TextLine[][] = [];
  let current: TextLine[] = [];
  for (const [i, line] of chunk.lines.entries()) {
    const previous = current[current.length - 1];
    const isIndented = line.rect.x - left > line.size * 1.2;
    const beforePrevious = chunk.lines[i - 2];
    const reference = Math.min(right(line.rect), beforePrevious ? right(beforePrevious.rect) : Infinity);
    const previousStoppedShort = previous !== undefined && right(previous.rect) < reference - line.size * 1.5;
    if (current.length > 0 && (isIndented || previousStoppedShort)) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}
