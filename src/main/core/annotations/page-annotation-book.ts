import { editedAnnotation, newAnnotation, type AnnotationLook } from '../../../shared/annotation';
import { JianbaoError } from '../../../shared/errors';
import type { Page, Rect } from '../../../shared/model';
import {
  pageOfTarget,
  pageTextSelectors,
  pageUrn,
  pdfPageSelector,
  regionSelector,
  withPageText,
  type PageTextSpec,
  type PageAnnotation,
  type PageSelector,
} from '../../../shared/page-annotation';
import type { StoredAnnotation } from '../archive/archive-files';
import type { Archive } from '../archive/archive';
import type { AnnotationBookOptions } from './annotation-book';
import { notFound, putBack, takeOut } from './annotation-file-edits';

/** A new annotation on a page replica: text of its text layer, regions drawn on it, or both. */
export interface PageAnnotationDraft extends AnnotationLook {
  issueId: string;
  pageNumber: number;
  text?: PageTextSpec | undefined;
  regions?: readonly Rect[] | undefined;
}

export interface PageAnnotationChanges extends AnnotationLook {
  /** attaches the annotation to newly selected text of its page */
  text?: PageTextSpec | undefined;
}

/**
 * The annotations on page replicas, kept with the issue's other annotations in
 * annotations/<issue>.json and saved the same way: each change at once, under the file's
 * lock, after re-reading it. The core does not read PDF text, so it stores the text selectors
 * the reader made and the renderer anchors them on the page's text layer.
 */
export class PageAnnotationBook {
  constructor(
    private readonly archive: Archive,
    private readonly options: AnnotationBookOptions,
  ) {}

  /** The annotations on one page, oldest first. */
  async list(issueId: string, pageNumber: number): Promise<PageAnnotation[]> {
    await this.page(issueId, pageNumber);
    const source = pageUrn(issueId, pageNumber);
    return (await this.archive.annotations(issueId).read()).annotations
      .filter((a): a is StoredAnnotation & PageAnnotation => isPageAnnotation(a) && a.target.source === source)
      .sort((a, b) => a.created.localeCompare(b.created));
  }

  async create(draft: PageAnnotationDraft): Promise<PageAnnotation> {
    const page = await this.page(draft.issueId, draft.pageNumber);
    const selector: PageSelector[] = [];
    if (page.replica?.ext === 'pdf') selector.push(pdfPageSelector(page.replica.pageIndex));
    if (draft.text) selector.push(...pageTextSelectors(draft.text));
    for (const region of draft.regions ?? []) selector.push(regionSelector(region));
    const annotation: PageAnnotation = newAnnotation({
      id: `urn:uuid:${this.options.newId()}`,
      at: this.options.now().toISOString(),
      creator: await this.options.creatorName(),
      target: { source: pageUrn(draft.issueId, draft.pageNumber), selector },
      ...draft,
    });
    await this.archive.annotations(draft.issueId).update((file) => {
      file.annotations.push(annotation);
    });
    return annotation;
  }

  async update(issueId: string, id: string, changes: PageAnnotationChanges): Promise<PageAnnotation> {
    return this.archive.annotations(issueId).update((file) => {
      const at = file.annotations.findIndex((a) => a.id === id);
      const current = file.annotations[at];
      if (!current || !isPageAnnotation(current)) throw notFound(id);
      const selector = changes.text ? withPageText(current.target.selector, changes.text) : current.target.selector;
      const next: PageAnnotation = editedAnnotation(current, changes, this.options.now().toISOString(), { ...current.target, selector });
      file.annotations[at] = next;
      return next;
    });
  }

  /** Deletes a page annotation; returns it, so the delete can be undone with `restore`. */
  async remove(issueId: string, id: string): Promise<PageAnnotation> {
    return this.archive.annotations(issueId).update((file) => {
      return takeOut(file, id, isPageAnnotation);
    });
  }

  /** Puts a deleted page annotation back as it was (undo). Restoring one that exists changes nothing. */
  async restore(annotation: PageAnnotation): Promise<PageAnnotation> {
    const page = pageOfTarget(annotation.target.source);
    if (!page) throw new JianbaoError('INVALID_ARGUMENT', `无法恢复该批注 / Cannot restore annotation ${annotation.id}: it targets no page.`);
    await this.page(page.issueId, page.pageNumber);
    await this.archive.annotations(page.issueId).update((file) => {
      putBack(file, annotation);
    });
    return annotation;
  }

  /**
   * The page of an issue, or of a document's replica (its pages numbered from 1): a document's
   * page annotations are kept in its own annotation file, under the same page URN form.
   */
  private async page(issueId: string, pageNumber: number): Promise<Page> {
    const library = await this.archive.library.read();
    const document = library.documents.find((d) => d.id === issueId);
    const page =
      library.issues.find((i) => i.id === issueId)?.pages.find((p) => p.number === pageNumber) ??
      (document?.replica && pageNumber <= document.pageCount
        ? { number: pageNumber, section: '', articleIds: [], replica: { ...document.replica, pageIndex: pageNumber - 1 } }
        : undefined);
    if (!page) throw new JianbaoError('NOT_FOUND', `找不到第 ${pageNumber} 版 / No page ${pageNumber} in issue ${issueId}.`);
    return page;
  }
}

/** Whether a stored entry is an annotation on a page, as this version writes them. */
export function isPageAnnotation(stored: StoredAnnotation): stored is StoredAnnotation & PageAnnotation {
  const target = stored.target as PageAnnotation['target'] | undefined;
  return stored.type === 'Annotation' && typeof target?.source === 'string' && pageOfTarget(target.source) !== null && Array.isArray(target.selector) && Array.isArray(stored.body);
}
