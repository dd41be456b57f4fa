import { matchQuote } from './match-quote';
import type { TextPositionSelector, TextQuoteSelector, TextSelector } from './selectors';
import { fold, foldText, type FoldedText } from './text-fold';

/** Where an annotation lands in the current text, and how it was found. */
export interface Anchor {
  start: number;
  end: number;
  /** position: the stored offsets still hold the quote; quote: found by its text; fuzzy: approximately */
  method: 'position' | 'quote' | 'fuzzy';
}

/**
 * Anchors annotations on one text. Fold the text once, then anchor as many selector sets as
 * needed (re-anchoring every annotation of an article after a re-import).
 */
export class TextAnchorer {
  private readonly folded: FoldedText;

  constructor(readonly text: string) {
    this.folded = foldText(text);
  }

  /**
   * Position first (when the text there still reads as the quote), then the quote with its
   * prefix and suffix, then an approximate match. Null means orphaned: keep the annotation,
   * never drop it.
   */
  anchor(selectors: readonly TextSelector[]): Anchor | null {
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
    if (position && this.isValidPosition(position)) {
      const current = this.text.slice(position.start, position.end);
      if (!quote || current === quote.exact || fold(current) === fold(quote.exact)) {
        return { start: position.start, end: position.end, method: 'position' };
      }
    }
    if (!quote) return null;
    const match = matchQuote(this.folded, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start });
    if (!match) return null;
    return { start: match.start, end: match.end, method: match.errors === 0 ? 'quote' : 'fuzzy' };
  }

  private isValidPosition({ start, end }: TextPositionSelector): boolean {
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= this.text.length;
  }
}

/** Anchors one set of selectors on a text (see TextAnchorer for many). */
export function anchorSelectors(text: string, selectors: readonly TextSelector[]): Anchor | null {
  return new TextAnchorer(text).anchor(selectors);
}
