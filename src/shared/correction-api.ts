import { z } from 'zod';
import { correctionChangeSchema, type PageCorrections, type PageToCorrect } from './layout-corrections';

/**
 * The part of the API contract on the reader's corrections of a page's layout analysis
 * (layout-corrections.ts), spread into `apiMethods` (api.ts) like the annotations' part.
 */
const id = z.string().min(1).max(200);
const pageNumber = z.number().int().min(1).max(9999);

export const correctionMethods = {
  /** A page's analysis as corrected, with its articles' ids and its corrections (oldest first). */
  listPageCorrections: z.object({ issueId: id, pageNumber }).strict(),
  /** Makes one correction of a page, saves it at once and rebuilds the page's articles; the new correction is the last. */
  applyPageCorrection: z.object({ issueId: id, pageNumber, correction: correctionChangeSchema }).strict(),
  /** Takes one correction back (undo) and rebuilds the page's articles without it. */
  undoPageCorrection: z.object({ issueId: id, pageNumber, correctionId: id }).strict(),
  /** The 待校对 list: pages whose analysis is unsure and not yet reviewed, or whose corrections no longer apply. */
  listPagesToCorrect: z.object({}).strict(),
} as const;

export interface CorrectionResults {
  listPageCorrections: PageCorrections;
  applyPageCorrection: PageCorrections;
  undoPageCorrection: PageCorrections;
  listPagesToCorrect: PageToCorrect[];
}
