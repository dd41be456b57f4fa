import type { ApiHandlers } from '../../../shared/api';
import type { CorrectionResults } from '../../../shared/correction-api';
import type { ApiEvents } from '../../../shared/events';
import type { CorrectionBook, CorrectionOutcome } from './correction-book';

type CorrectionHandlers = Pick<ApiHandlers, keyof CorrectionResults>;

/**
 * The correction methods of the contract over a CorrectionBook. A correction changes the
 * library (the page's articles), which is announced. The annotations it moved with their
 * text are not announced apart: the replica lists them again once it has the page's new
 * articles, and an annotation event would send it, before that, to list those of an article
 * a merge has just removed. An article view opened elsewhere shows them when next opened.
 */
export function createCorrectionHandlers(book: CorrectionBook, events: ApiEvents): CorrectionHandlers {
  const announce = ({ page }: CorrectionOutcome) => {
    events.emit('onDidChangeLibrary', { reason: 'corrections' });
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
