import { commentOf, tagsOf } from '../../../shared/annotation';
import type { AnnotationListEntry } from '../../../shared/annotation-list';
import type { DocumentMeta } from '../../../shared/model';
import { pageOfTarget, pageTextOf } from '../../../shared/page-annotation';
import type { StoredAnnotation } from '../archive/archive-files';
import type { AnchorStates } from './anchor-states';
import { documentCitation } from './export-w3c';
import { isPageAnnotation } from './page-annotation-book';

/**
 * The all-annotations list's entries for the annotations on the pages of a document's original
 * (its PDF, or the PDF an OFD became at import), kept in the document's own annotation file:
 * cited with the document and their page, so that they open the document at that page. Their
 * state comes from AnchorStates over the document's stored page texts, as an issue page's does.
 */
export function documentPageEntries(stored: readonly StoredAnnotation[], document: DocumentMeta, anchors: AnchorStates): AnnotationListEntry[] {
  const { page: _page, byline: _byline, ...cited } = documentCitation(document);
  return stored.filter(isPageAnnotation).flatMap((annotation): AnnotationListEntry[] => {
    const page = pageOfTarget(annotation.target.source);
    if (page?.issueId !== document.id) return [];
    return [
      {
        annotation,
        state: anchors.isPageAnchored(page.pageNumber, annotation) ? 'anchored' : 'orphaned',
        quote: pageTextOf(annotation)?.[0].exact ?? '',
        comment: commentOf(annotation),
        tags: tagsOf(annotation),
        color: annotation.color,
        place: { ...cited, page: page.pageNumber, isDocument: true },
      },
    ];
  });
}
