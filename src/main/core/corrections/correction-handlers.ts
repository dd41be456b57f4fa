import type { ApiHandlers } from '../../../shared/api';
import type { CorrectionResults } from '../../../shared/correction-api';
import type { ApiEvents } from '../../../shared/events';
import type { CorrectionBook, CorrectionOutcome } from './correction-book';

type CorrectionHandlers = Pick<ApiHandlers, keyof CorrectionResults>;

/**
 * The correction methods of the contract over a CorrectionBook. A correction changes the
 * library (the page's articles) and may move annotations: both are announced.
 */
export function createCorrectionHandlers(book: CorrectionBook, events: ApiEvents): CorrectionHandlers {
  const announce = ({ page, moved }: CorrectionOutcome) => {
    events.emit('onDidChangeLibrary', { reason: 'corrections' });
    for (const articleId of new Set(moved.flatMap((m) => [m.fromArticleId, m.toArticleId]))) {
      events.emit('onDidChangeAnnotations', { articleId });
    }
    return page;
  };
  return {
    listPageCorrections: ({ issueId, pageNumber }) => book.page(issueId, pageNumber),
    async applyPageCorrection({ issueId, pageNumber, correction }) {
      return announce(await book.apply(issueId, pageNumber, correction));
    },
    async undoPageCorrection({ issueId, pageNumber, correctionId }) {
      return announce(await book.undo(issueId, pageNumber, correctionId));
    },
    listPagesToCorrect: () => book.pagesToCorrect(),
  };
}
