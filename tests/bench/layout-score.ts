import type { Rect } from '../../src/shared/model';

/**
 * How the layout analysis is scored against hand-labelled truth (tests/fixtures/layout-truth):
 * an article is found when its title is right, its text holds the first and the last body
 * sentence in that order, and nothing of another article (no first or last sentence of any
 * other labelled article of the page). Areas are compared by intersection over union.
 */

/** One labelled article. */
export interface TruthArticle {
  title: string;
  kicker?: string;
  subtitle?: string;
  byline?: string;
  first: string;
  last: string;
  /** may be left out: the page's IoU is then over the articles that have them */
  areas?: Rect[];
}

/** One labelled page. */
export interface TruthPage {
  file: string;
  date: string;
  pageNumber: number;
  section: string;
  articles: TruthArticle[];
}

/** An article as the analysis gives it. */
export interface FoundArticle {
  title: string;
  text: string;
  areas: Rect[];
}

/** Text compared without white space and compatibility forms. */
export const comparable = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '');

/** Intersection over union of two sets of rectangles, on a 2-point grid. */
export function iou(a: readonly Rect[], b: readonly Rect[]): number {
  const cell = 2;
  const cells = (rects: readonly Rect[]): Set<number> => {
    const set = new Set<number>();
    for (const r of rects) {
      for (let x = Math.floor(r.x / cell); x < Math.ceil((r.x + r.width) / cell); x++) {
        for (let y = Math.floor(r.y / cell); y < Math.ceil((r.y + r.height) / cell); y++) set.add(x * 100_000 + y);
      }
    }
    return set;
  };
  const sa = cells(a);
  const sb = cells(b);
  let both = 0;
  for (const c of sa) if (sb.has(c)) both++;
  const either = sa.size + sb.size - both;
  return either === 0 ? 0 : both / either;
}

/** Whether `found` is the labelled article `truth`, whole and alone. */
export function isFound(truth: TruthArticle, found: FoundArticle, others: readonly TruthArticle[]): boolean {
  if (comparable(found.title) !== comparable(truth.title)) return false;
  const text = comparable(found.text);
  const first = text.indexOf(comparable(truth.first));
  const last = text.lastIndexOf(comparable(truth.last));
  if (first < 0 || last < 0 || last < first) return false;
  return others.every((o) => !text.includes(comparable(o.first)) && !text.includes(comparable(o.last)));
}

/** The score of one page. */
export function scorePage(truth: TruthPage, found: readonly FoundArticle[]): { found: number; recall: number; precision: number; iou: number; missed: string[] } {
  let hits = 0;
  let overlap = 0;
  let withAreas = 0;
  const missed: string[] = [];
  for (const t of truth.articles) {
    const others = truth.articles.filter((o) => o !== t);
    const match = found.find((f) => comparable(f.title) === comparable(t.title));
    if (t.areas && t.areas.length > 0) {
      withAreas++;
      if (match) overlap += iou(t.areas, match.areas);
    }
    if (match && isFound(t, match, others)) hits++;
    else missed.push(t.title);
  }
  return {
    found: hits,
    recall: truth.articles.length === 0 ? 1 : hits / truth.articles.length,
    precision: found.length === 0 ? 0 : hits / found.length,
    iou: withAreas === 0 ? 0 : overlap / withAreas,
    missed,
  };
}
