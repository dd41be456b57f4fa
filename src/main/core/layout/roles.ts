import type { Rect } from '../../../shared/model';
import type { LayoutRole } from '../../../shared/page-layout';
import { bylineWords, isBylineText } from './bylines';
import { overlapX, overlapY, type Chunk } from './chunks';

/**
 * What each chunk of a page is: headline, 引题, 副题, byline, column logo, caption, 小标题 or
 * body. Sizes are read relative to the page's body type (the size most characters are set
 * in), so the same rules serve a broadsheet and a county paper.
 */

const bottom = (r: Rect): number => r.y + r.height;

const sentenceEnd = /[。！？；…”」』）)]$/u;
/** How a caption reads: 图为…, a photographer's credit (…摄), an agency's (（新华社发）). */
const captionWords = /^图为|^(?:[\p{Script=Han}\s]{0,12}(?:记者|通讯员))?[\p{Script=Han}·\s]{0,8}摄(?:[（(][^）)]*[）)])?$|[（(](?:新华社|人民图片|视觉中国)[^）)]{0,6}[）)]$/u;

/** The font most characters of these chunks are set in. */
function dominantFont(chunks: readonly Chunk[]): string | undefined {
  const weight = new Map<string, number>();
  for (const c of chunks) weight.set(c.font, (weight.get(c.font) ?? 0) + c.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The size most characters of the page are set in. */
export function bodySizeOf(chunks: readonly Chunk[]): number {
  const weight = new Map<number, number>();
  for (const c of chunks) {
    if (c.isVertical) continue;
    const key = Math.round(c.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + c.text.length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

const hanCount = (text: string): number => (text.match(/\p{Script=Han}/gu) ?? []).length;

/** True when a drawn rule lies across the gap between `upper` and `lower`. */
function isRuleBetween(upper: Rect, lower: Rect, rules: readonly Rect[]): boolean {
  const from = Math.max(upper.x, lower.x);
  const to = Math.min(upper.x + upper.width, lower.x + lower.width);
  return rules.some((r) => r.height < 4 && r.y >= bottom(upper) - 1 && bottom(r) <= lower.y + 1 && r.x < to - 2 && r.x + r.width > from + 2);
}

/** Chunks in the same column as `c` directly above and below it, of body size, with no rule between. */
function neighboursInColumn(c: Chunk, chunks: readonly Chunk[], bodySize: number, rules: readonly Rect[]): { above?: Chunk; below?: Chunk } {
  let above: Chunk | undefined;
  let below: Chunk | undefined;
  for (const o of chunks) {
    if (o === c || o.isVertical || Math.abs(o.size - bodySize) > bodySize * 0.12) continue;
    if (overlapX(o.rect, c.rect) < c.rect.width * 0.6) continue;
    const gapAbove = c.rect.y - bottom(o.rect);
    const gapBelow = o.rect.y - bottom(c.rect);
    if (gapAbove >= -1 && gapAbove < bodySize * 3.5 && (!above || bottom(o.rect) > bottom(above.rect)) && !isRuleBetween(o.rect, c.rect, rules)) above = o;
    if (gapBelow >= -1 && gapBelow < bodySize * 3.5 && (!below || o.rect.y < below.rect.y) && !isRuleBetween(c.rect, o.rect, rules)) below = o;
  }
  return { ...(above ? { above } : {}), ...(below ? { below } : {}) };
}

/**
 * The role of every chunk. Headlines are the large type (1.8 × body and more, or a vertical
 * line of 1.4 × body); type between 1.25 (1.1 in a face other than the body's) and 1.8 × body is a headline too unless it stands
 * inside a column, body above and below it with no rule between, under a larger headline (a 小标题). Around each headline, a larger-than-
 * body line just above is its 引题, one just below its 副题, a short name line its byline.
 * Inside a drawn box (`boxes`), only the largest headline stays one: the box is one article.
 */
export function assignRoles(
  chunks: readonly Chunk[],
  images: readonly Rect[],
  rules: readonly Rect[],
  boxes: readonly Rect[],
  bodySize: number,
): Map<Chunk, LayoutRole> {
  const roles = new Map<Chunk, LayoutRole>();
  // The body's own face: a headline set a size up in another face (黑体 over 宋体) is large too.
  const bodyFont = dominantFont(chunks.filter((c) => Math.abs(c.size - bodySize) < bodySize * 0.05));
  const isLarge = (c: Chunk): boolean =>
    c.size >= bodySize * 1.25 ||
    (c.size >= bodySize * 1.1 && c.font !== bodyFont && c.lines.length <= 3 && c.text.replace(/\s/g, '').length >= 5 && !isBylineText(c.text));
  const inside = (img: Rect, c: Chunk): boolean => overlapX(img, c.rect) > c.rect.width * 0.8 && overlapY(img, c.rect) > c.rect.height * 0.8;
  // A picture behind a headline or a body of text is their ground (a tint), not a figure: its text is read as text.
  const figures = images.filter((img) => {
    const within = chunks.filter((c) => inside(img, c));
    return !within.some((c) => c.size >= bodySize * 1.8) && within.reduce((n, c) => n + c.text.length, 0) < 400;
  });
  for (const c of chunks) {
    const figureText = c.size < bodySize * 1.25 && figures.some((img) => inside(img, c));
    if (figureText) roles.set(c, 'caption');
    else if (c.isVertical) roles.set(c, c.size >= bodySize * 1.4 ? 'title' : 'byline');
    else if (c.size >= bodySize * 1.8) roles.set(c, 'title');
    else if (isLarge(c)) {
      const { above, below } = neighboursInColumn(c, chunks, bodySize, rules);
      // under a much larger headline, at the head of a column, it opens a section of that article
      const isUnderHeadline = !above && below !== undefined && chunks.some((o) => {
        const gap = c.rect.y - bottom(o.rect);
        return o.size >= c.size * 1.5 && !o.isVertical && gap > 0 && gap < o.size * 4 && overlapX(o.rect, c.rect) > c.rect.width * 0.5;
      });
      // a 小标题 serves a larger headline: one over its column (no rule between), or a vertical one near
      const servesHeadline = chunks.some((o) => {
        if (o.size < c.size * 1.4) return false;
        if (o.isVertical) return Math.abs(o.rect.x - c.rect.x) < bodySize * 25 && o.rect.y <= bottom(c.rect);
        return bottom(o.rect) <= c.rect.y && overlapX(o.rect, c.rect) > -c.rect.width * 0.5 && !isRuleBetween(o.rect, c.rect, rules);
      });
      // (a 小标题 is set at most about 1.6 × body: larger type in a column starts an article)
      const isSection = c.size < bodySize * 1.6 && ((above !== undefined && below !== undefined && servesHeadline) || isUnderHeadline);
      roles.set(c, isSection && c.lines.length <= 6 ? 'heading' : 'title');
    } else roles.set(c, 'body');
  }
  // Around each headline: 引题 above, 副题 and byline below (beside, for a vertical one).
  const titles = chunks.filter((c) => roles.get(c) === 'title').sort((a, b) => b.size - a.size);
  for (const title of titles) {
    if (roles.get(title) !== 'title') continue;
    const near = (c: Chunk, gap: number): boolean => gap > -title.size * 0.3 && gap < Math.max(title.size * 1.6, bodySize * 3);
    for (const c of chunks) {
      if (c === title || c.isVertical !== title.isVertical) continue;
      const role = roles.get(c);
      if (role !== 'title' && role !== 'body' && role !== 'heading' && role !== 'byline') continue;
      if (title.isVertical) {
        // a vertical headline's byline stands beside it, in smaller vertical type
        continue;
      }
      if (overlapX(c.rect, title.rect) < Math.min(c.rect.width, title.rect.width) * 0.3) continue;
      const gapAbove = title.rect.y - bottom(c.rect);
      const gapBelow = c.rect.y - bottom(title.rect);
      const isSmaller = c.size < title.size * 0.9;
      if (isSmaller && c.size > bodySize * 1.05 && near(c, gapAbove) && c.lines.length <= 2 && !sentenceEnd.test(c.text)) {
        roles.set(c, 'kicker');
      } else if (isSmaller && near(c, gapBelow) && c.lines.length <= 2) {
        if (/^[—－-]{1,2}/u.test(c.text) || (c.size > bodySize * 1.05 && !isBylineText(c.text))) roles.set(c, 'subtitle');
        else if (isBylineText(c.text)) roles.set(c, 'byline');
      }
    }
  }
  // A byline may also stand under the 副题.
  for (const sub of chunks.filter((c) => roles.get(c) === 'subtitle')) {
    for (const c of chunks) {
      if (roles.get(c) !== 'body' || c.lines.length > 1) continue;
      const gap = c.rect.y - bottom(sub.rect);
      if (gap > -2 && gap < bodySize * 2.5 && overlapX(c.rect, sub.rect) > 0 && isBylineText(c.text)) roles.set(c, 'byline');
    }
  }
  // Lines that open an article's body with the author (本报记者 …) are its byline.
  for (const c of chunks) {
    if (roles.get(c) === 'body' && c.lines.length === 1 && bylineWords.test(c.text.replace(/\s/g, '')) && c.text.length <= 40) roles.set(c, 'byline');
  }
  // Captions: short text right under or over a picture, across its width; or worded as one
  // (图为…, …摄, （新华社发）), a photographer's credit included.
  for (const c of chunks) {
    const role = roles.get(c);
    if ((role !== 'body' && role !== 'byline') || c.lines.length > 4) continue;
    const isByPicture = figures.some((img) => {
      const gap = Math.min(Math.abs(c.rect.y - bottom(img)), Math.abs(img.y - bottom(c.rect)));
      return gap < bodySize * 1.5 && overlapX(img, c.rect) > c.rect.width * 0.6 && img.width > bodySize * 6;
    });
    const isWordedAsCaption = captionWords.test(c.text.replace(/\s/g, ''));
    if ((isByPicture && role === 'body') || isWordedAsCaption) roles.set(c, 'caption');
  }
  // A drawn box holds one article: a group of short items under one heading (简讯) is one, its items' headlines its 小标题.
  for (const box of boxes) {
    const inBox = chunks.filter((c) => roles.get(c) === 'title' && c.rect.x >= box.x - 2 && c.rect.y >= box.y - 2 &&
      c.rect.x + c.rect.width <= box.x + box.width + 2 && bottom(c.rect) <= bottom(box) + 2);
    if (inBox.length < 2) continue;
    const lead = [...inBox].sort((a, b) => b.size - a.size || a.rect.y - b.rect.y)[0]!;
    for (const c of inBox) if (c !== lead && c.size < lead.size * 1.05 + 0.01) roles.set(c, c.size === lead.size ? 'title' : 'heading');
  }
  // Column logos: a short headline-sized name (新知新觉) with a real headline beside it.
  for (const c of chunks) {
    if (roles.get(c) !== 'title' || c.isVertical) continue;
    const t = c.text.replace(/\s/g, '');
    if (hanCount(t) > 6 || t.length > 6 || /[：:，,。！？]/u.test(t)) continue;
    const hasBiggerNear = chunks.some(
      (o) => o !== c && roles.get(o) === 'title' && o.size >= c.size * 0.9 && hanCount(o.text) > hanCount(t) &&
        Math.hypot(o.rect.x - c.rect.x, o.rect.y - c.rect.y) < Math.max(o.size, c.size) * 12,
    );
    if (hasBiggerNear) roles.set(c, 'column');
  }
  return roles;
}
