import type { ApiHandlers } from '../../../shared/api';
import type { ApiEvents } from '../../../shared/events';
import { pageOfTarget } from '../../../shared/page-annotation';
import type { PageAnnotationResults } from '../../../shared/page-annotation-api';
import type { PageAnnotationBook } from './page-annotation-book';

type PageAnnotationHandlers = Pick<ApiHandlers, keyof PageAnnotationResults>;

/** The page-annotation methods of the contract over a PageAnnotationBook; each change is announced. */
export function createPageAnnotationHandlers(book: PageAnnotationBook, events: ApiEvents): PageAnnotationHandlers {
  const changed = (issueId: string, pageNumber: number) => events.emit('onDidChangeAnnotations', { articleId: null, issueId, pageNumber });
  return {
    listPageAnnotations: ({ issueId, pageNumber }) => book.list(issueId, pageNumber),
    async createPageAnnotation(draft) {
      const created = await book.create(draft);
      changed(draft.issueId, draft.pageNumber);
      return created;
    },
    async updatePageAnnotation({ issueId, id, ...changes }) {
      const updated = await book.update(issueId, id, changes);
      const page = pageOfTarget(updated.target.source);
      if (page) changed(page.issueId, page.pageNumber);
      return updated;
    },
    async deletePageAnnotation({ issueId, id }) {
      const removed = await book.remove(issueId, id);
      const page = pageOfTarget(removed.target.source);
      if (page) changed(page.issueId, page.pageNumber);
      return removed;
    },
    async restorePageAnnotation({ annotation }) {
      const restored = await book.restore(annotation);
      const page = pageOfTarget(restored.target.source);
      if (page) changed(page.issueId, page.pageNumber);
      return restored;
    },
  };
}
