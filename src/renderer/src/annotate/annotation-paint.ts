import type { AnchoredAnnotation, AnnotationColor, AnnotationStyle } from '../../../shared/annotation';
import type { TextRange } from './text-offsets';

/** The CSS highlight that paints annotations of one colour and style (rules in annotate.css). */
export function highlightName(color: AnnotationColor, style: AnnotationStyle): string {
  return `jianbao-${style}-${color}`;
}

/** The highlight that outlines the annotation open in the editor. */
export const activeHighlightName = 'jianbao-annotation-active';

/**
 * Which ranges each named highlight paints: every anchored annotation under the name of its
 * colour and style, and the open one also under the active name. Orphans paint nothing.
 */
export function annotationHighlights(
  annotations: readonly AnchoredAnnotation[],
  activeId: string | null,
  toRange: (range: TextRange) => Range | null,
): Map<string, Range[]> {
  const painted = new Map<string, Range[]>();
  for (const { annotation, anchor } of annotations) {
    const range = anchor && toRange(anchor);
    if (!range) continue;
    const names = [highlightName(annotation.color, annotation.style)];
    if (annotation.id === activeId) names.push(activeHighlightName);
    for (const name of names) painted.set(name, [...(painted.get(name) ?? []), range]);
  }
  return painted;
}

/**
 * Paints the highlights with the CSS Custom Highlight API, leaving the article's DOM as it
 * is. Returns the function that takes them away. Where the platform lacks the API (jsdom),
 * nothing is painted; the sidebar still lists every annotation.
 */
export function paintHighlights(highlights: ReadonlyMap<string, Range[]>): () => void {
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  if (!registry || typeof Highlight === 'undefined') return () => {};
  for (const [name, ranges] of highlights) {
    const highlight = new Highlight(...ranges);
    // The open annotation's outline is drawn over its colour.
    highlight.priority = name === activeHighlightName ? 1 : 0;
    registry.set(name, highlight);
  }
  return () => {
    for (const name of highlights.keys()) registry.delete(name);
  };
}

/** The annotation a click at canonical offset `at` lands on: the shortest one covering it. */
export function annotationAt(annotations: readonly AnchoredAnnotation[], at: number): AnchoredAnnotation | null {
  let best: AnchoredAnnotation | null = null;
  for (const candidate of annotations) {
    const { anchor } = candidate;
    if (!anchor || at < anchor.start || at >= anchor.end) continue;
    if (!best?.anchor || anchor.end - anchor.start < best.anchor.end - best.anchor.start) best = candidate;
  }
  return best;
}

/** The DOM point under a click, where the platform can tell (Chromium: caretRangeFromPoint). */
export function caretPointAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const position = withPosition.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = typeof doc.caretRangeFromPoint === 'function' ? doc.caretRangeFromPoint(x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
