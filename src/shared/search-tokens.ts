import { ideographOfRadical, isRadical } from './cjk-radicals';

/**
 * The tokens of full-text search, shared by the index (core) and by whatever marks hits in
 * text (the renderer). Pure string code: no Intl.Segmenter, whose word breaks are guesses
 * (it splits 防城港 into single characters) and slow on long strings.
 *
 * Text is normalised per character (NFKC, then lower case), so ＡＢＣ, ABC and abc are one
 * word and the Kangxi radical ⼀ (U+2F00) is 一; radicals of the CJK Radicals Supplement,
 * which NFKC leaves alone, are mapped as the importers map them (cjk-radicals.ts). Then:
 * - a run of Han characters (and kana, hangul) gives one token per character: the pair it
 *   starts (双循, 循环) or, for the run's last character, that character alone (环). Every
 *   occurrence of a character therefore starts exactly one token, which is what lets a
 *   single-character query be answered exactly as a prefix query (`"协"*`);
 * - letters, digits and combining marks form words (1163, covid, g20);
 * - punctuation, spaces, line and paragraph breaks become one break token, so that a phrase
 *   never matches across them (双循 is not in "双，循环");
 * - format characters (zero-width space, soft hyphen) are skipped without breaking a run.
 *
 * A query term is matched as a phrase of the same tokens (see `termPattern`), which finds
 * exactly the texts whose normalised form contains it: the pairs of a Han run are consecutive
 * only inside one run, and runs are separated by a word or a break token.
 */

/** The token for a break: a private-use character, which text itself never yields as a term. */
export const breakToken = '\uE000';

export type TokenKind = 'han' | 'word' | 'break';

/** One token of a text, with where it stands in that text (UTF-16 offsets). */
export interface SearchToken {
  term: string;
  kind: TokenKind;
  /** where its first character starts */
  start: number;
  /** where its first character ends (for a Han pair: where the second one starts) */
  firstEnd: number;
  /** where its last character ends */
  end: number;
}

/** One token of a query pattern; a prefix token matches every term that starts with it. */
export interface PatternToken {
  term: string;
  isPrefix: boolean;
}

/** A hit in a text: [start, end) in UTF-16 code units. */
export type HitRange = [start: number, end: number];

type Emit = (term: string, kind: TokenKind, start: number, firstEnd: number, end: number) => void;

const han = 0;
const word = 1;
const mark = 2;
const ignored = 3;
const brk = 4;
type CharClass = typeof han | typeof word | typeof mark | typeof ignored | typeof brk;

/** What one source code point normalises to: characters with their classes, flattened. */
type Normalised = readonly (string | CharClass)[];

const hanLike = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC]/u;
const markChar = /\p{M}/u;
const wordChar = /[\p{L}\p{N}]/u;
const formatChar = /\p{Cf}/u;

const normalisedCache = new Map<number, Normalised>();

function classify(char: string): CharClass {
  if (hanLike.test(char)) return han;
  if (markChar.test(char)) return mark;
  if (wordChar.test(char)) return word;
  if (formatChar.test(char)) return ignored;
  return brk;
}

function normalise(codePoint: number): Normalised {
  let cached = normalisedCache.get(codePoint);
  if (cached) return cached;
  const char = (isRadical(codePoint) ? ideographOfRadical(codePoint) : null) ?? String.fromCodePoint(codePoint);
  const folded = char.normalize('NFKC').toLowerCase().normalize('NFKC');
  const parts: (string | CharClass)[] = [];
  for (const char of folded) parts.push(char, classify(char));
  cached = parts;
  normalisedCache.set(codePoint, cached);
  return cached;
}

/**
 * Calls `emit` for each token of `text`, in order. The hot loop of indexing: common
 * characters (ASCII, CJK Unified Ideographs) skip normalisation, which leaves them as they are.
 */
export function scanTokens(text: string, emit: Emit): void {
  let hanChar = '';
  let hanStart = 0;
  let hanEnd = 0;
  let wordText = '';
  let wordStart = 0;
  let wordEnd = 0;
  let hasEmitted = false;
  let isBreakPending = false;
  let breakAt = 0;

  const send: Emit = (term, kind, start, firstEnd, end) => {
    if (isBreakPending) {
      emit(breakToken, 'break', breakAt, breakAt, breakAt);
      isBreakPending = false;
    }
    hasEmitted = true;
    emit(term, kind, start, firstEnd, end);
  };
  const flushHan = (): void => {
    if (hanChar === '') return;
    send(hanChar, 'han', hanStart, hanEnd, hanEnd);
    hanChar = '';
  };
  const flushWord = (): void => {
    if (wordText === '') return;
    send(wordText, 'word', wordStart, wordEnd, wordEnd);
    wordText = '';
  };
  const take = (char: string, cls: CharClass, start: number, end: number): void => {
    if (cls === han) {
      flushWord();
      if (hanChar !== '') send(hanChar + char, 'han', hanStart, hanEnd, end);
      hanChar = char;
      hanStart = start;
      hanEnd = end;
    } else if (cls === word || (cls === mark && wordText !== '')) {
      flushHan();
      if (wordText === '') wordStart = start;
      wordText += char;
      wordEnd = end;
    } else if (cls === brk) {
      flushHan();
      flushWord();
      if (hasEmitted && !isBreakPending) {
        isBreakPending = true;
        breakAt = start;
      }
    }
    // a lone mark or a format character: skipped, the run goes on
  };

  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const next = i + (code > 0xffff ? 2 : 1);
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) take(text[i] as string, word, i, next);
      else if (code >= 0x41 && code <= 0x5a) take(String.fromCharCode(code + 32), word, i, next);
      else take('', brk, i, next);
    } else if (code >= 0x4e00 && code <= 0x9fff) {
      take(text[i] as string, han, i, next);
    } else {
      const parts = normalise(code);
      for (let p = 0; p < parts.length; p += 2) take(parts[p] as string, parts[p + 1] as CharClass, i, next);
    }
    i = next;
  }
  flushHan();
  flushWord();
}

/** The tokens of a text, with their offsets. */
export function tokenize(text: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  scanTokens(text, (term, kind, start, firstEnd, end) => tokens.push({ term, kind, start, firstEnd, end }));
  return tokens;
}

/** The terms of a text separated by spaces: what the index stores for it. */
export function indexTerms(text: string): string {
  const terms: string[] = [];
  scanTokens(text, (term) => terms.push(term));
  return terms.join(' ');
}

/**
 * The pattern that finds `text` as a phrase. Only its end differs from the text's own tokens:
 * a Han run that ends the pattern may go on in the text, so its last lone character is
 * dropped (the pair before it says enough) or, when the run is a single character, becomes a
 * prefix that matches any token starting with it. Leading and trailing breaks are dropped.
 * Empty when the text has nothing to search for (only punctuation).
 */
export function termPattern(text: string): PatternToken[] {
  const tokens = tokenize(text);
  while (tokens[0]?.kind === 'break') tokens.shift();
  while (tokens.at(-1)?.kind === 'break') tokens.pop();
  const pattern: PatternToken[] = tokens.map((token) => ({ term: token.term, isPrefix: false }));
  const last = tokens.at(-1);
  if (last?.kind === 'han' && last.end === last.firstEnd) {
    if (tokens.at(-2)?.kind === 'han') pattern.pop();
    else pattern[pattern.length - 1] = { term: last.term, isPrefix: true };
  }
  return pattern;
}

/**
 * Where the patterns occur in `text`: the same matching as the index's, so these are exactly
 * the hits that made a text match. Sorted, with overlapping and touching hits merged.
 */
export function findHits(text: string, patterns: readonly (readonly PatternToken[])[]): HitRange[] {
  const usable = patterns.filter((pattern) => pattern.length > 0);
  if (usable.length === 0) return [];
  const literals = usable.map(hanLiteral);
  if (literals.every((literal) => literal !== null) && !hasCharsToNormalise(text)) {
    return findLiterals(text, literals as string[]);
  }
  const tokens = tokenize(text);
  const hits: HitRange[] = [];
  for (const pattern of usable) {
    for (let i = 0; i + pattern.length <= tokens.length; i += 1) {
      const end = matchAt(tokens, i, pattern);
      if (end !== null) hits.push([(tokens[i] as SearchToken).start, end]);
    }
  }
  return mergeRanges(hits);
}

/**
 * Characters that normalise into Han characters or are skipped inside a Han run: radicals,
 * compatibility ideographs, enclosed and squared CJK, half-width kana and hangul, combining
 * marks (variation selectors among them) and format characters. A text without any of them
 * has the same Han runs, at the same offsets, as its normalised form (a test checks this for
 * every code point).
 */
export const needsNormalising = /[\p{M}\p{Cf}\u2e80-\u2fdf\u3038-\u303a\u309f\u30ff\u3131-\u319f\u3200-\u33ff\uf900-\ufaff\uff65-\uffdc\u{1f200}-\u{1f2ff}\u{2f800}-\u{2fa1f}]/u;

let bmpTable: Uint8Array | null = null;

/** `needsNormalising.test(text)`, by a table of the BMP: a regex of Unicode classes is slow. */
function hasCharsToNormalise(text: string): boolean {
  if (bmpTable === null) {
    bmpTable = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code += 1) {
      if (needsNormalising.test(String.fromCharCode(code))) bmpTable[code] = 1;
    }
  }
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const codePoint = text.codePointAt(i) as number;
      if (needsNormalising.test(String.fromCodePoint(codePoint))) return true;
      if (codePoint > 0xffff) i += 1;
    } else if (bmpTable[code] === 1) {
      return true;
    }
  }
  return false;
}

/**
 * The Han string a pattern of Han tokens stands for (双循 循环 → 双循环; 协* → 协), or null
 * for a pattern with words or breaks.
 */
function hanLiteral(pattern: readonly PatternToken[]): string | null {
  let literal = '';
  for (let k = 0; k < pattern.length; k += 1) {
    const { term, isPrefix } = pattern[k] as PatternToken;
    const first = String.fromCodePoint(term.codePointAt(0) as number);
    if (!hanLike.test(first) || (isPrefix && term !== first)) return null;
    literal += k === pattern.length - 1 ? term : first;
  }
  return literal;
}

/**
 * The hits of Han literals in a text that needs no normalising: there a Han string occurs as a
 * phrase of its tokens exactly where it occurs as a substring (a Han substring lies inside
 * one Han run), so plain string search finds the same hits as the tokens would, much faster.
 */
function findLiterals(text: string, literals: readonly string[]): HitRange[] {
  const hits: HitRange[] = [];
  for (const literal of literals) {
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1)) {
      hits.push([at, at + literal.length]);
    }
  }
  return mergeRanges(hits);
}

function matchAt(tokens: readonly SearchToken[], at: number, pattern: readonly PatternToken[]): number | null {
  let end = 0;
  for (let k = 0; k < pattern.length; k += 1) {
    const token = tokens[at + k] as SearchToken;
    const wanted = pattern[k] as PatternToken;
    if (wanted.isPrefix) {
      if (!token.term.startsWith(wanted.term)) return null;
      end = token.kind === 'han' && token.term !== wanted.term ? token.firstEnd : token.end;
    } else {
      if (token.term !== wanted.term) return null;
      end = token.end;
    }
  }
  return end;
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: readonly HitRange[]): HitRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: HitRange[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
