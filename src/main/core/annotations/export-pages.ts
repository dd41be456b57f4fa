import type { Issue } from '../../../shared/model';
import { pageOfTarget, type PageAnnotation, type PageSelector } from '../../../shared/page-annotation';
import type { StoredAnnotation } from '../archive/archive-files';
import { isPageAnnotation } from './page-annotation-book';

/**
 * Page annotations (text of a replica's text layer, regions drawn on it) in the exports:
 * cited by paper, date and page, exported to W3C with their selectors as stored (they are the
 * model's own FragmentSelector, TextQuoteSelector and TextPositionSelector); the Markdown
 * export lists them after the articles' annotations (export-markdown.ts).
 */

/** The page an annotation is on, as a citation names it. */
export interface PageCitation {
  issueId: string;
  paperId: string;
  /** 报名 */
  paper: string;
  date: string;
  /** 第 N 版 */
  page: number;
}

export interface CitedPageAnnotation {
  annotation: PageAnnotation;
  page: PageCitation;
}

/** The page annotations among one issue's stored annotations, each cited. */
export function citePageAnnotations(
  stored: readonly StoredAnnotation[],
  issue: Pick<Issue, 'id' | 'paperId' | 'date'>,
  paper: string,
): CitedPageAnnotation[] {
  const cited: CitedPageAnnotation[] = [];
  for (const entry of stored) {
    const page = isPageAnnotation(entry) ? pageOfTarget(entry.target.source) : null;
    if (!page) continue;
    cited.push({
      annotation: entry as StoredAnnotation & PageAnnotation,
      page: { issueId: issue.id, paperId: issue.paperId, paper, date: issue.date, page: page.pageNumber },
    });
  }
  return cited;
}

/** By paper, date, page, then oldest first. */
export function comparePageCited(a: CitedPageAnnotation, b: CitedPageAnnotation): number {
  return (
    a.page.paper.localeCompare(b.page.paper, 'zh-CN') ||
    (a.page.date < b.page.date ? -1 : a.page.date > b.page.date ? 1 : 0) ||
    a.page.page - b.page.page ||
    (a.annotation.created < b.annotation.created ? -1 : a.annotation.created > b.annotation.created ? 1 : 0)
  );
}

/** A page annotation as a W3C Annotation, in the shape of the article ones (see export-w3c.ts). */
export function toW3cPageAnnotation(
  { annotation, page }: CitedPageAnnotation,
  style: { styleClass: string; stylesheet: { type: 'CssStylesheet'; value: string } },
  options: { withContext?: boolean } = {},
) {
  return {
    ...(options.withContext === false ? {} : { '@context': 'http://www.w3.org/ns/anno.jsonld' as const }),
    id: annotation.id,
    type: 'Annotation' as const,
    motivation: annotation.motivation,
    created: annotation.created,
    modified: annotation.modified,
    creator: { type: 'Person' as const, name: annotation.creator.name },
    ...(annotation.body.length > 0 ? { body: annotation.body.map((b) => ({ ...b })) } : {}),
    target: {
      source: annotation.target.source,
      selector: annotation.target.selector.map((s): PageSelector => ({ ...s })),
      styleClass: style.styleClass,
    },
    stylesheet: style.stylesheet,
    color: annotation.color,
    style: annotation.style,
    /** the page as cited, for whoever has no copy of it (extension) */
    page: { paper: page.paper, date: page.date, page: page.page },
  };
}
