import { TextAnchorer } from '../../../shared/anchoring/anchor';
import type { TextPositionSelector, TextQuoteSelector, TextSelector } from '../../../shared/anchoring/selectors';
import { articleIdOfTarget, articleUrn } from '../../../shared/annotation';
import type { StoredAnnotation } from '../archive/archive-files';

/** An annotation that went to another article, from which. */
export interface MovedAnnotation {
  id: string;
  fromArticleId: string;
  toArticleId: string;
}

interface TextTarget {
  source: string;
  selector: TextSelector[];
}

function textTargetOf(annotation: StoredAnnotation): TextTarget | null {
  const target = annotation.target as Partial<TextTarget> | undefined;
  return typeof target?.source === 'string' && Array.isArray(target.selector) ? (target as TextTarget) : null;
}

/**
 * After a page's articles were corrected, gives each annotation on one of them the article its
 * text is in now: one on an article absorbed by a merge goes to the merged article, one on
 * the part of a split article that became another article goes with it. An annotation that
 * still anchors in its own article stays; one whose exact quote is in no article of the page
 * stays where it was, to be listed as orphaned (AnnotationBook), never dropped. A moved
 * annotation's position selector is set to where its quote is now, so the usual re-anchoring
 * (position, then quote) finds it at once. Changes `annotations` in place; returns the moves.
 */
export function rehomeAnnotations(
  annotations: StoredAnnotation[],
  /** the current text of every article the correction touched, by id; a removed one is absent */
  texts: ReadonlyMap<string, string>,
  touchedIds: ReadonlySet<string>,
): MovedAnnotation[] {
  const anchorers = new Map([...texts].map(([id, text]) => [id, new TextAnchorer(text)]));
  const moved: MovedAnnotation[] = [];
  for (const annotation of annotations) {
    const target = textTargetOf(annotation);
    const fromArticleId = target && articleIdOfTarget(target.source);
    if (!target || !fromArticleId || !touchedIds.has(fromArticleId)) continue;
    if (anchorers.get(fromArticleId)?.anchor(target.selector)) continue;
    const quote = target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    if (!quote) continue;
    for (const [toArticleId, anchorer] of anchorers) {
      if (toArticleId === fromArticleId) continue;
      const found = anchorer.anchor([quote]);
      if (!found || anchorer.text.slice(found.start, found.end) !== quote.exact) continue;
      const position: TextPositionSelector = { type: 'TextPositionSelector', start: found.start, end: found.end };
      annotation.target = {
        ...target,
        source: articleUrn(toArticleId),
        selector: target.selector.map((s) => (s.type === 'TextPositionSelector' ? position : s)),
      };
      moved.push({ id: annotation.id, fromArticleId, toArticleId });
      break;
    }
  }
  return moved;
}
