import type { Rect } from './model';

/**
 * What the layout analysis of one page replica (a newspaper page's PDF, or an OFD page) finds
 * on it, and what the reader's corrections act on. The analysis (main/core/layout/) turns a
 * page's positioned text items and drawn rules into a PageAnalysis; the corrections
 * (main/core/corrections/) are applied to a PageAnalysis before it becomes articles, after
 * every import and re-analysis, so nothing a reader corrected is lost.
 */

/** What one block of a page is to its article, or to no article. */
export type LayoutRole =
  /** 引题 above a headline */
  | 'kicker'
  /** the headline: the largest type of its article */
  | 'title'
  /** 副题, often after —— */
  | 'subtitle'
  /** 本报记者 …, □ …, an author line */
  | 'byline'
  /** body text, in reading order */
  | 'body'
  /** a heading inside the body (小标题) */
  | 'heading'
  /** a photo caption */
  | 'caption'
  /** a column logo (栏目 such as 新知新觉): the article's column, not its title */
  | 'column'
  /** the page's masthead, date line, 版 line, page furniture, ads: in no article */
  | 'furniture';

/** A block of text on the page, in PDF points from the page's top-left corner. */
export interface LayoutBlock {
  /**
   * Stable across re-analysis of the same page as long as the block's text is the same:
   * derived from its normalised text (and, for repeated texts, their order on the page),
   * never from an index, so corrections that name it still find it.
   */
  id: string;
  role: LayoutRole;
  /** normalised, justified-line spaces removed, lines joined */
  text: string;
  rect: Rect;
  /** the block's dominant type size, in points */
  fontSize: number;
  /** set vertically (竖排) */
  isVertical?: boolean;
}

/** An article the analysis found: its blocks in reading order and its areas on the replica. */
export interface LayoutArticle {
  /** in reading order: kicker, title, subtitle, byline, then body (captions where they stand) */
  blockIds: string[];
  /** rectangles covering headline and body, for the replica's clickable areas */
  areas: Rect[];
  /** 0..1: how sure the analysis is that this is one whole article */
  confidence: number;
}

/** Everything the analysis says of one page. */
export interface PageAnalysis {
  width: number;
  height: number;
  /** every text block of the page, inside an article or not */
  blocks: LayoutBlock[];
  articles: LayoutArticle[];
  /** 0..1, the lowest article confidence or lower; low pages go to the 待校对 list */
  confidence: number;
}
