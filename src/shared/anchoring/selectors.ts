/** W3C Web Annotation selectors over an article's canonical text (UTF-16 offsets). */

/** The quoted text with up to 32 characters of context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Offsets into the canonical text, in UTF-16 code units, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** How much context a quote selector keeps on each side, in characters (code points). */
export const contextLength = 32;

/**
 * Describes a range of `text` by both selectors. A range that would split a surrogate pair
 * is widened to whole characters; context never splits one either.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  if (!(start >= 0 && end <= text.length && start <= end)) {
    throw new RangeError(`range ${start}–${end} is outside a text of length ${text.length}`);
  }
  const from = isLowSurrogateAt(text, start) ? start - 1 : start;
  const to = isLowSurrogateAt(text, end) ? end + 1 : end;
  const prefix = lastCodePoints(text.slice(0, from), contextLength);
  const suffix = firstCodePoints(text.slice(to), contextLength);
  return [
    { type: 'TextQuoteSelector', exact: text.slice(from, to), prefix, suffix },
    { type: 'TextPositionSelector', start: from, end: to },
  ];
}

function isLowSurrogateAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff;
}

function lastCodePoints(text: string, count: number): string {
  const chars = [...text];
  return chars.slice(Math.max(0, chars.length - count)).join('');
}

function firstCodePoints(text: string, count: number): string {
  return [...text].slice(0, count).join('');
}
