import search from 'approx-string-match';
import { fold, toOriginalRange, type FoldedText } from './text-fold';

/** Where a quote was found, in the original text's UTF-16 offsets. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: how well quote, context and position agree */
  score: number;
  /** edits between the quote and the text found (0 for an exact match) */
  errors: number;
}

export interface QuoteContext {
  prefix?: string | undefined;
  suffix?: string | undefined;
  /** where the quote was last seen (original offset), to prefer nearby candidates */
  hint?: number | undefined;
}

/** Share of the quote's length that may differ in an approximate match. */
const maxErrorRate = 0.25;
/** Longest quote tried approximately; past it the match cost would grow without bound. */
const maxApproximateQuote = 1024;
/** The fewest agreement an approximate match needs, on top of the quote itself. */
const minApproximateScore = 0.5;

const weights = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/**
 * Finds `quote` in a folded text. Exact occurrences come first; where there are several (a
 * repeated phrase), the context and the position hint pick one. Without an exact occurrence,
 * an approximate match with at most a quarter of the quote's length in edits (none for
 * quotes shorter than four characters), scored the same way and kept only when the
 * context agrees well enough. Returns null when nothing qualifies.
 */
export function matchQuote(text: FoldedText, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  const pattern = fold(quote);
  if (pattern.length === 0) return null;
  const prefix = context.prefix ? fold(context.prefix) : '';
  const suffix = context.suffix ? fold(context.suffix) : '';
  const hint = context.hint === undefined ? undefined : foldedOffset(text, context.hint);

  const exact = exactOccurrences(text.folded, pattern);
  let candidates = exact.map((start) => ({ start, end: start + pattern.length, errors: 0 }));
  if (candidates.length === 0) {
    // the budget counts characters, not UTF-16 units: 𥕛溪村 is three characters, not four
    const maxErrors = Math.floor([...pattern].length * maxErrorRate);
    if (maxErrors === 0 || pattern.length > maxApproximateQuote) return null;
    candidates = search(text.folded, pattern, maxErrors);
  }

  let best: (QuoteMatch & { foldedStart: number; foldedEnd: number }) | null = null;
  for (const candidate of candidates) {
    const score = scoreCandidate(text.folded, pattern, prefix, suffix, hint, candidate);
    if (!best || score > best.score) {
      best = { ...toOriginalRange(text, candidate.start, candidate.end), score, errors: candidate.errors, foldedStart: candidate.start, foldedEnd: candidate.end };
    }
  }
  if (!best) return null;
  if (best.errors > 0 && (prefix || suffix) && contextScore(text.folded, prefix, suffix, best.foldedStart, best.foldedEnd) < minApproximateScore) {
    return null;
  }
  return { start: best.start, end: best.end, score: best.score, errors: best.errors };
}

function exactOccurrences(text: string, pattern: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) found.push(at);
  return found;
}

function scoreCandidate(
  text: string,
  pattern: string,
  prefix: string,
  suffix: string,
  hint: number | undefined,
  candidate: { start: number; end: number; errors: number },
): number {
  const quoteScore = 1 - candidate.errors / pattern.length;
  const prefixScore = prefix ? similarity(text.slice(Math.max(0, candidate.start - prefix.length), candidate.start), prefix) : 1;
  const suffixScore = suffix ? similarity(text.slice(candidate.end, candidate.end + suffix.length), suffix) : 1;
  const positionScore = hint === undefined ? 1 : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, text.length));
  const total =
    weights.quote * quoteScore + weights.prefix * prefixScore + weights.suffix * suffixScore + weights.position * positionScore;
  return total / (weights.quote + weights.prefix + weights.suffix + weights.position);
}

function contextScore(text: string, prefix: string, suffix: string, start: number, end: number): number {
  const parts: number[] = [];
  if (prefix) parts.push(similarity(text.slice(Math.max(0, start - prefix.length), start), prefix));
  if (suffix) parts.push(similarity(text.slice(end, end + suffix.length), suffix));
  return Math.max(...parts);
}

/** 1 for equal strings, falling with the edits between them. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual === expected) return 1;
  const matches = search(actual, expected, expected.length);
  const errors = matches.length > 0 ? Math.min(...matches.map((m) => m.errors)) : expected.length;
  return 1 - errors / expected.length;
}

function foldedOffset(text: FoldedText, original: number): number {
  // origin is non-decreasing: binary search for the first folded unit at or after `original`
  let low = 0;
  let high = text.origin.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((text.origin[mid] as number) < original) low = mid + 1;
    else high = mid;
  }
  return low;
}
