import type { TextPositionSelector, TextQuoteSelector } from './anchoring/selectors';
import type { Annotation } from './annotation';
import type { Rect } from './model';

/**
 * An annotation on a page replica (版面) rather than on an article's text: selected text of
 * the page's PDF text layer that belongs to no article, or a region drawn on the page (a
 * photo, a chart, a scan without text). Its target is the page, named by a stable URN; its
 * selectors say which page of the original PDF (RFC 3778 `page=N`), which text of the page's
 * text layer (quote with context and position), and which regions (media fragments
 * `xywh=x,y,w,h` in PDF points from the page's top-left corner, the unit of article areas).
 */

/** A W3C FragmentSelector: a page of a PDF, or a region of it. */
export interface FragmentSelector {
  type: 'FragmentSelector';
  conformsTo: typeof pdfFragment | typeof mediaFragment;
  value: string;
}

export const pdfFragment = 'http://tools.ietf.org/rfc/rfc3778';
export const mediaFragment = 'http://www.w3.org/TR/media-frags/';

export type PageSelector = FragmentSelector | TextQuoteSelector | TextPositionSelector;

export type PageAnnotation = Omit<Annotation, 'target'> & {
  target: {
    /** urn:jianbao:page:<issueId>:<page number> */
    source: string;
    selector: PageSelector[];
  };
};


const pageUrnPrefix = 'urn:jianbao:page:';

/** The target source of one page (版) of an issue. */
export function pageUrn(issueId: string, pageNumber: number): string {
  return `${pageUrnPrefix}${issueId}:${pageNumber}`;
}

/** The page an annotation targets, or null when it targets something else. */
export function pageOfTarget(source: string): { issueId: string; pageNumber: number } | null {
  if (!source.startsWith(pageUrnPrefix)) return null;
  const match = /^(.+):(\d+)$/.exec(source.slice(pageUrnPrefix.length));
  return match?.[1] ? { issueId: match[1], pageNumber: Number(match[2]) } : null;
}

/** The selector naming page `pageIndex` (0-based) of the original PDF. */
export function pdfPageSelector(pageIndex: number): FragmentSelector {
  return { type: 'FragmentSelector', conformsTo: pdfFragment, value: `page=${pageIndex + 1}` };
}

/** The selector of a region, rounded to whole points. */
export function regionSelector(rect: Rect): FragmentSelector {
  const [x, y, w, h] = [rect.x, rect.y, rect.width, rect.height].map((n) => Math.max(0, Math.round(n)));
  return { type: 'FragmentSelector', conformsTo: mediaFragment, value: `xywh=${x},${y},${Math.max(1, w ?? 1)},${Math.max(1, h ?? 1)}` };
}

/** The regions an annotation marks on its page. */
export function regionsOf(annotation: Pick<PageAnnotation, 'target'>): Rect[] {
  const rects: Rect[] = [];
  for (const selector of annotation.target.selector) {
    if (selector.type !== 'FragmentSelector' || selector.conformsTo !== mediaFragment) continue;
    const match = /^xywh=(?:pixel:)?(\d+),(\d+),(\d+),(\d+)$/.exec(selector.value);
    if (match) rects.push({ x: Number(match[1]), y: Number(match[2]), width: Number(match[3]), height: Number(match[4]) });
  }
  return rects;
}

/** The quote and position of the page text an annotation marks, when it marks text. */
export function pageTextOf(annotation: Pick<PageAnnotation, 'target'>): [TextQuoteSelector, TextPositionSelector] | null {
  const quote = annotation.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = annotation.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  return quote && position ? [quote, position] : null;
}

/** Text of a page's text layer as the API takes it: the quote with its context, and its offsets. */
export interface PageTextSpec {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
  start: number;
  end: number;
}

/** The quote and position selectors of text of a page. */
export function pageTextSelectors(text: PageTextSpec): [TextQuoteSelector, TextPositionSelector] {
  return [
    { type: 'TextQuoteSelector', exact: text.exact, ...(text.prefix ? { prefix: text.prefix } : {}), ...(text.suffix ? { suffix: text.suffix } : {}) },
    { type: 'TextPositionSelector', start: text.start, end: text.end },
  ];
}

/** A page annotation's selectors attached to new text of its page: its page and regions kept, its old text replaced. */
export function withPageText(selector: readonly PageSelector[], text: PageTextSpec): PageSelector[] {
  return [...selector.filter((s) => s.type === 'FragmentSelector'), ...pageTextSelectors(text)];
}
