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
/**
 * Longest quote searched approximately over the whole text. A longer one (a highlighted
 * paragraph) is searched only in windows where its head, its tail or its old position put it,
 * so that the cost stays bounded while a corrected typo still finds it.
 */
const maxWholeTextQuote = 1024;
/** How much of a long quote's head and tail locate its windows. */
const landmarkLength = 64;
/** The fewest agreement an approximate match needs, on top of the quote itself. */
const minApproximateScore = 0.5;
/**
 * Below this context agreement, the exact occurrences found are not trusted alone: an exact
 * copy of the quote elsewhere (a repeated sentence) must not beat the edited original whose
 * prefix and suffix still match.
 */
const trustedContextScore = 0.8;

const weights = { quote: 50, prefix: 20, suffix: 20, position: 2 };

type Candidate = { start: number; end: number; errors: number };

/**
 * Finds `quote` in a folded text. Exact occurrences come first; where there are several (a
 * repeated phrase), the context and the position hint pick one. Where there is none, or none
 * whose context agrees, approximate matches with at most a quarter of the quote's length in
 * edits (none for quotes shorter than four characters) compete too, scored the same way: more
 * edits score lower, agreeing context higher. An approximate match is kept only when the
 * context agrees well enough. Returns null when nothing qualifies. Lengths and edits are both
 * counted in UTF-16 units of the folded text, as the matcher counts them.
 */
export function matchQuote(text: FoldedText, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  const pattern = fold(quote);
  if (pattern.length === 0) return null;
  const prefix = context.prefix ? fold(context.prefix) : '';
  const suffix = context.suffix ? fold(context.suffix) : '';
  const hint = context.hint === undefined ? undefined : foldedOffset(text, context.hint);
  const score = (candidate: Candidate): number => scoreCandidate(text.folded, pattern, prefix, suffix, hint, candidate);

  let candidates: Candidate[] = exactOccurrences(text.folded, pattern).map((start) => ({ start, end: start + pattern.length, errors: 0 }));
  const hasContext = prefix !== '' || suffix !== '';
  const isTrusted = candidates.some((c) => !hasContext || contextScore(text.folded, prefix, suffix, c.start, c.end) >= trustedContextScore);
  if (!isTrusted) {
    // a three-character quote is too short to be found approximately (𥕛溪村 is three, not four)
    const maxErrors = [...pattern].length < 4 ? 0 : Math.floor(pattern.length * maxErrorRate);
    // The matcher reports only the matches with the fewest edits, so the exact copies are
    // masked (offsets kept) for it to report the edited original beside them.
    if (maxErrors > 0) candidates = [...candidates, ...approximateCandidates(masked(text.folded, candidates), pattern, maxErrors, hint)];
  }

  let best: (QuoteMatch & { foldedStart: number; foldedEnd: number }) | null = null;
  for (const candidate of candidates) {
    const candidateScore = score(candidate);
    if (!best || candidateScore > best.score) {
      best = { ...toOriginalRange(text, candidate.start, candidate.end), score: candidateScore, errors: candidate.errors, foldedStart: candidate.start, foldedEnd: candidate.end };
    }
  }
  if (!best) return null;
  if (best.errors > 0 && hasContext && contextScore(text.folded, prefix, suffix, best.foldedStart, best.foldedEnd) < minApproximateScore) {
    return null;
  }
  return { start: best.start, end: best.end, score: best.score, errors: best.errors };
}

/** The text with the candidates' ranges blanked out by NUL, its length and offsets unchanged. */
function masked(text: string, candidates: readonly Candidate[]): string {
  if (candidates.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of [...candidates].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    out += text.slice(at, start) + '\0'.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/** Approximate matches of `pattern`: over the whole text when short, else in windows (see maxWholeTextQuote). */
function approximateCandidates(text: string, pattern: string, maxErrors: number, hint: number | undefined): Candidate[] {
  if (pattern.length <= maxWholeTextQuote) return search(text, pattern, maxErrors);
  const starts = new Set<number>();
  if (hint !== undefined) starts.add(hint);
  for (const at of exactOccurrences(text, pattern.slice(0, landmarkLength))) starts.add(at);
  const tail = pattern.slice(-landmarkLength);
  for (const at of exactOccurrences(text, tail)) starts.add(at + tail.length - pattern.length);
  const found: Candidate[] = [];
  const seen = new Set<string>();
  for (const start of [...starts].slice(0, 16)) {
    const from = Math.max(0, start - maxErrors);
    const to = Math.min(text.length, start + pattern.length + maxErrors);
    for (const match of search(text.slice(from, to), pattern, maxErrors)) {
      const key = `${from + match.start}:${from + match.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ start: from + match.start, end: from + match.end, errors: match.errors });
    }
  }
  return found;
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
