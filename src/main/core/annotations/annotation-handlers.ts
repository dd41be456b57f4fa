import type { ApiHandlers } from '../../../shared/api';
import type { AnnotationResults } from '../../../shared/annotation-api';
import { textIdOfTarget } from '../../../shared/annotation';
import type { ApiEvents } from '../../../shared/events';
import type { AnnotationBook } from './annotation-book';

type AnnotationHandlers = Pick<ApiHandlers, keyof AnnotationResults>;

/** The annotation methods of the contract over an AnnotationBook; each change is announced. */
export function createAnnotationHandlers(book: AnnotationBook, events: ApiEvents): AnnotationHandlers {
  const changed = (articleId: string) => events.emit('onDidChangeAnnotations', { articleId });
  return {
    listAnnotations: ({ articleId }) => book.list(articleId),
    async createAnnotation({ articleId, ...draft }) {
      const created = await book.create({ articleId, ...draft });
      changed(articleId);
      return created;
    },
    async updateAnnotation({ articleId, id, ...changes }) {
      const updated = await book.update(articleId, id, changes);
      changed(articleId);
      return updated;
    },
    async deleteAnnotation({ articleId, id }) {
      const removed = await book.remove(articleId, id);
      changed(articleId);
      return removed;
    },
    async restoreAnnotation({ annotation }) {
      const restored = await book.restore(annotation);
      const articleId = textIdOfTarget(annotation.target.source);
      if (articleId) changed(articleId);
      return restored;
    },
  };
}
