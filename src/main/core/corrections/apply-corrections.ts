import { blockIdsOf, type LayoutCorrection, type UnappliedCorrection, type UnappliedReason } from '../../../shared/layout-corrections';
import type { Rect } from '../../../shared/model';
import type { LayoutBlock, LayoutRole, PageAnalysis } from '../../../shared/page-layout';
import { areasOfBlocks, readsBefore } from './block-geometry';

/** A page's analysis after the reader's corrections, and the corrections that found nothing to act on. */
export interface CorrectedAnalysis {
  analysis: PageAnalysis;
  unapplied: UnappliedCorrection[];
  /**
   * For each article of `analysis`, the index of the article of the uncorrected analysis whose
   * identity it keeps (a merge keeps the first's, a split's first part the whole's); null for
   * an article a correction made (a split's second part).
   */
  origins: (number | null)[];
}

/** An article while corrections are applied: an object, so that it keeps its identity through them. */
interface Working {
  origin: number | null;
  blockIds: string[];
  areas: Rect[];
  confidence: number;
}

/** A reader's correction is certain. */
const corrected = 1;
const headerRoles: ReadonlySet<LayoutRole> = new Set(['kicker', 'title', 'subtitle', 'byline', 'column']);
const absorbedHeadline: ReadonlySet<LayoutRole> = new Set(['kicker', 'title', 'subtitle']);

/**
 * Applies the reader's corrections, in the order given, to a page's analysis. Pure: the
 * analysis passed in is not changed. A correction that names a block the page no longer has,
 * or needs an article where its block is in none, is skipped and reported in `unapplied`,
 * never dropped: it may apply again after the next analysis. One that is already true (a
 * merge of two blocks of one article) changes nothing.
 */
export function applyCorrections(analysis: PageAnalysis, corrections: readonly LayoutCorrection[]): CorrectedAnalysis {
  const blocks: LayoutBlock[] = analysis.blocks.map((block) => ({ ...block, rect: { ...block.rect } }));
  const byId = new Map(blocks.map((block) => [block.id, block]));
  let articles: Working[] = analysis.articles.map((article, index) => ({
    origin: index,
    blockIds: article.blockIds.filter((id) => byId.has(id)),
    areas: article.areas.map((rect) => ({ ...rect })),
    confidence: article.confidence,
  }));
  const unapplied: UnappliedCorrection[] = [];
  const articleOf = (blockId: string): Working | undefined => articles.find((a) => a.blockIds.includes(blockId));
  const blocksOf = (article: Working): LayoutBlock[] => article.blockIds.flatMap((id) => byId.get(id) ?? []);
  const drop = (article: Working): void => {
    articles = articles.filter((a) => a !== article);
  };
  /** takes a block out of its article; an article left with no block is no article */
  const takeOut = (blockId: string): void => {
    const from = articleOf(blockId);
    if (!from) return;
    from.blockIds = from.blockIds.filter((id) => id !== blockId);
    from.confidence = corrected;
    if (from.blockIds.length === 0) drop(from);
    else from.areas = areasOfBlocks(blocksOf(from));
  };

  for (const correction of corrections) {
    const skip = (reason: UnappliedReason): void => {
      unapplied.push({ correction, reason });
    };
    if (blockIdsOf(correction).some((id) => !byId.has(id))) {
      skip('missing-block');
      continue;
    }
    switch (correction.kind) {
      case 'merge': {
        const first = articleOf(correction.blockId);
        const other = articleOf(correction.otherBlockId);
        if (!first || !other) {
          skip('no-article');
          break;
        }
        if (first === other) break;
        // The absorbed article's headline lines are headings of the merged one, unless the
        // first had no headline of its own.
        if (blocksOf(first).some((b) => b.role === 'title')) {
          for (const block of blocksOf(other)) if (absorbedHeadline.has(block.role)) block.role = 'heading';
        }
        first.blockIds.push(...other.blockIds);
        first.areas.push(...other.areas);
        first.confidence = corrected;
        drop(other);
        break;
      }
      case 'split': {
        const whole = articleOf(correction.blockId);
        if (!whole) {
          skip('no-article');
          break;
        }
        const at = whole.blockIds.indexOf(correction.blockId);
        if (at === 0) break;
        const rest: Working = { origin: null, blockIds: whole.blockIds.slice(at), areas: [], confidence: corrected };
        whole.blockIds = whole.blockIds.slice(0, at);
        whole.areas = areasOfBlocks(blocksOf(whole));
        whole.confidence = corrected;
        rest.areas = areasOfBlocks(blocksOf(rest));
        articles.splice(articles.indexOf(whole) + 1, 0, rest);
        break;
      }
      case 'move': {
        const to = articleOf(correction.toBlockId);
        if (!to) {
          skip('no-article');
          break;
        }
        if (to.blockIds.includes(correction.blockId)) break;
        takeOut(correction.blockId);
        const block = byId.get(correction.blockId)!;
        if (block.role === 'furniture') block.role = 'body';
        to.blockIds = insertInReadingOrder(to.blockIds, block, byId);
        to.areas = [...to.areas, ...areasOfBlocks([block]).filter((rect) => !to.areas.some((area) => contains(area, rect)))];
        to.confidence = corrected;
        break;
      }
      case 'redraw': {
        const article = articleOf(correction.blockId);
        if (!article) {
          skip('no-article');
          break;
        }
        article.areas = correction.areas.map((rect) => ({ ...rect }));
        article.confidence = corrected;
        break;
      }
      case 'role': {
        const block = byId.get(correction.blockId)!;
        block.role = correction.role;
        const article = articleOf(block.id);
        if (!article) {
          // A block of no article given a role starts an article of its own, which moves can fill.
          articles.push({ origin: null, blockIds: [block.id], areas: areasOfBlocks([block]), confidence: corrected });
          break;
        }
        article.confidence = corrected;
        if (correction.role !== 'title') break;
        // One title an article: another title above it was its kicker, one below its subtitle.
        const at = article.blockIds.indexOf(block.id);
        article.blockIds.forEach((id, index) => {
          const other = byId.get(id)!;
          if (id !== block.id && other.role === 'title') other.role = index < at ? 'kicker' : 'subtitle';
        });
        break;
      }
      case 'not-article': {
        const article = articleOf(correction.blockId);
        if (correction.scope === 'article' && article) {
          for (const block of blocksOf(article)) block.role = 'furniture';
          drop(article);
        } else {
          takeOut(correction.blockId);
          byId.get(correction.blockId)!.role = 'furniture';
        }
        break;
      }
      case 'reviewed':
        break;
    }
  }

  return {
    analysis: {
      ...analysis,
      blocks,
      articles: articles.map(({ blockIds, areas, confidence }) => ({ blockIds, areas, confidence })),
    },
    unapplied,
    origins: articles.map((article) => article.origin),
  };
}

/**
 * Where a block moved into an article goes among its blocks: before the first it reads before
 * (down a column, then the next column), but never before the article's headline blocks
 * unless it is one of them.
 */
function insertInReadingOrder(ids: readonly string[], block: LayoutBlock, byId: ReadonlyMap<string, LayoutBlock>): string[] {
  const isHeader = headerRoles.has(block.role);
  let at = ids.findIndex((id) => {
    const other = byId.get(id);
    if (!other) return false;
    if (!isHeader && headerRoles.has(other.role)) return false;
    return readsBefore(block.rect, other.rect);
  });
  if (at === -1) at = ids.length;
  return [...ids.slice(0, at), block.id, ...ids.slice(at)];
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
