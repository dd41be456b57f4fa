import { TextAnchorer } from '../../../shared/anchoring/anchor';
import { describeRange, type TextQuoteSelector } from '../../../shared/anchoring/selectors';
import type { AnchoredAnnotation } from '../../../shared/annotation';
import { pageTextOf, type PageAnnotation } from '../../../shared/page-annotation';
import type { TextRange } from './text-offsets';

/** An article's text, to find the page's selected text in. */
export interface ArticleText {
  articleId: string;
  text: string;
}

/**
 * Where text selected on a page replica lies in one of the page's articles, found by its quote
 * and the page's context around it; null when it belongs to none (a caption, an ad, a page
 * imported without articles). Then the annotation is made on the article, and shows in both
 * the article and the replica. When the words stand in several articles (政协委员 will), the
 * article whose area on the page holds the selection (`inAreasOf`) decides; without one, no
 * article is guessed and the annotation stays on the page.
 */
export function findInArticles(
  pageText: string,
  selected: TextRange,
  articles: readonly ArticleText[],
  inAreasOf: ReadonlySet<string> = new Set(),
): { articleId: string; start: number; end: number } | null {
  const [quote] = describeRange(pageText, selected.start, selected.end);
  if (quote.exact.trim() === '') return null;
  const found: { articleId: string; start: number; end: number }[] = [];
  for (const { articleId, text } of articles) {
    const anchor = new TextAnchorer(text).anchor([quote]);
    if (anchor && anchor.method !== 'fuzzy') found.push({ articleId, start: anchor.start, end: anchor.end });
  }
  if (found.length <= 1) return found[0] ?? null;
  const placed = found.filter((f) => inAreasOf.has(f.articleId));
  return placed.length === 1 ? (placed[0] ?? null) : null;
}

/** Where a page annotation's text lies in the page's text now; null when it marks no text or is lost. */
export function placeOnPage(anchorer: TextAnchorer, annotation: PageAnnotation): TextRange | null {
  const selectors = pageTextOf(annotation);
  const anchor = selectors && anchorer.anchor(selectors);
  return anchor ? { start: anchor.start, end: anchor.end } : null;
}

/** Where an article annotation's quote is printed on the page, found by its text and context. */
export function placeArticleAnnotation(anchorer: TextAnchorer, { annotation, anchor }: AnchoredAnnotation): TextRange | null {
  if (!anchor) return null;
  const quote: TextQuoteSelector = annotation.target.selector[0];
  const found = anchorer.anchor([quote]);
  return found ? { start: found.start, end: found.end } : null;
}
