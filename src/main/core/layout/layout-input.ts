import type { Rect } from '../../../shared/model';

/**
 * What the layout analysis reads of one page: its text items with their type, and what the
 * page draws (rules, boxes, pictures). Plain data in PDF points from the page's top-left
 * corner, so that any source (a PDF through pdf.js, an OFD page, a test) can feed it.
 */

/** One text item as the page draws it. */
export interface LayoutItem {
  /** normalised text; may hold the spaces of a justified line */
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** type size in points (the height of a horizontal item, the width of a vertical one) */
  size: number;
  /** set top to bottom (竖排) */
  isVertical: boolean;
  /** the PDF's font resource name: items of one font are set alike */
  font: string;
  /** the PDF's text ends a line after this item (pdf.js's hasEOL): a hint, not a rule */
  endsLine?: boolean;
}

/** One page's input to `analysePage`. */
export interface LayoutInput {
  width: number;
  height: number;
  items: LayoutItem[];
  /** stroked or filled shapes: thin ones are rules, wide ones boxes and tints */
  shapes: { rect: Rect; isStroked: boolean }[];
  /** where pictures are placed */
  images: Rect[];
  /** the PDF's Title metadata, a hint for date and 版 (人民日报: LLRMRB07B20180110D) */
  metadataTitle?: string;
}
