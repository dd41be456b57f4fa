import { z } from 'zod';
import type { Rect } from './model';
import type { LayoutBlock, LayoutRole, PageAnalysis } from './page-layout';

/**
 * The reader's corrections of a page's layout analysis (issue 13). Each names blocks by their
 * stable ids (page-layout.ts), never by an index or an article number, so that it still finds
 * its blocks after a re-analysis of the same page. An article is named by any block in it.
 * Corrections are kept apart from the analysis and applied in the order they were made.
 */

const blockId = z.string().min(1).max(200);
const points = z.number().finite().min(0).max(100_000);
const rect = z.object({ x: points, y: points, width: points.positive(), height: points.positive() }).strict();

/** The roles a reader may give a block; `furniture` is given by `not-article`. */
export const correctableRoles = ['kicker', 'title', 'subtitle', 'byline', 'body', 'heading', 'caption', 'column'] as const satisfies readonly LayoutRole[];

const changes = {
  /** the article of `otherBlockId` joins the article of `blockId`, after its blocks; it keeps the first's id */
  merge: z.object({ kind: z.literal('merge'), blockId, otherBlockId: blockId }),
  /** the article of `blockId` ends before it: `blockId` and the blocks after it are a new article */
  split: z.object({ kind: z.literal('split'), blockId }),
  /** the block leaves its article (or no article) for the article of `toBlockId` */
  move: z.object({ kind: z.literal('move'), blockId, toBlockId: blockId }),
  /** the article of `blockId` covers exactly these areas on the replica */
  redraw: z.object({ kind: z.literal('redraw'), blockId, areas: z.array(rect).min(1).max(50) }),
  /** the block is its article's title, kicker, subtitle, byline, body… */
  role: z.object({ kind: z.literal('role'), blockId, role: z.enum(correctableRoles) }),
  /** the block (`scope: 'block'`) or its whole article is in no article: an ad, a logo */
  notArticle: z.object({ kind: z.literal('not-article'), blockId, scope: z.enum(['block', 'article']) }),
  /** the reader checked the page: it leaves the 待校对 list although its analysis was unsure */
  reviewed: z.object({ kind: z.literal('reviewed') }),
};
const stamp = { id: z.string().min(1).max(200), created: z.string().datetime() };

/** What a correction does, without its id and time: what the API accepts. */
export const correctionChangeSchema = z.discriminatedUnion(
  'kind',
  [changes.merge.strict(), changes.split.strict(), changes.move.strict(), changes.redraw.strict(), changes.role.strict(), changes.notArticle.strict(), changes.reviewed.strict()],
);

/** One correction as stored: what it does, with its id and when it was made. */
export const layoutCorrectionSchema = z.discriminatedUnion(
  'kind',
  [
    changes.merge.extend(stamp).strict(),
    changes.split.extend(stamp).strict(),
    changes.move.extend(stamp).strict(),
    changes.redraw.extend(stamp).strict(),
    changes.role.extend(stamp).strict(),
    changes.notArticle.extend(stamp).strict(),
    changes.reviewed.extend(stamp).strict(),
  ],
);

export type CorrectionChange = z.infer<typeof correctionChangeSchema>;
export type LayoutCorrection = CorrectionChange & { id: string; created: string };
export type CorrectionKind = CorrectionChange['kind'];

/** Why a stored correction could not be applied to the page's current analysis. */
export type UnappliedReason =
  /** a block it names is not on the page any more (the analysis or the PDF changed) */
  | 'missing-block'
  /** a block it names is in no article, where it needs one */
  | 'no-article';

/** A correction kept but not applied: it is reported, never dropped. */
export interface UnappliedCorrection {
  correction: LayoutCorrection;
  reason: UnappliedReason;
}

/** An article of a corrected page, as the correction mode shows it. */
export interface CorrectedArticle {
  /** the archive's id of the article this became; null when it has no text to become one */
  articleId: string | null;
  title: string;
  blockIds: string[];
  areas: Rect[];
  confidence: number;
}

/** Everything the correction mode needs of one page: its analysis after the corrections, and the corrections. */
export interface PageCorrections {
  issueId: string;
  pageNumber: number;
  /** false: the page has no layout analysis, so nothing to correct */
  hasAnalysis: boolean;
  width: number;
  height: number;
  blocks: LayoutBlock[];
  articles: CorrectedArticle[];
  /** oldest first */
  corrections: LayoutCorrection[];
  unapplied: UnappliedCorrection[];
  /** the analysis's own confidence in the page, before any correction */
  confidence: number;
  isReviewed: boolean;
}

/** A page of the 待校对 list. */
export interface PageToCorrect {
  issueId: string;
  paperName: string;
  date: string;
  pageNumber: number;
  section: string;
  confidence: number;
  unappliedCount: number;
}

/** A page whose analysis is less sure than this goes to the 待校对 list until the reader has reviewed it. */
export const lowConfidence = 0.7;

/** Whether a page belongs on the 待校对 list. */
export function needsCorrection(analysis: Pick<PageAnalysis, 'confidence'>, isReviewed: boolean, unappliedCount: number): boolean {
  return unappliedCount > 0 || (!isReviewed && analysis.confidence < lowConfidence);
}

/** The block ids a correction names, in the order it names them. */
export function blockIdsOf(change: CorrectionChange): string[] {
  switch (change.kind) {
    case 'merge':
      return [change.blockId, change.otherBlockId];
    case 'move':
      return [change.blockId, change.toBlockId];
    case 'reviewed':
      return [];
    default:
      return [change.blockId];
  }
}
