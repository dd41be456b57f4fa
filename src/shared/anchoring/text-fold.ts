import { isCjkJoinable } from '../normalize-text';

/**
 * Folding for matching: two texts that a reader would call "the same words" fold to the same
 * string. Full-width and half-width forms (ＡＢＣ, ，), Kangxi radicals (⼀ → 一), curly and
 * corner quotes, dashes and ellipses, letter case and runs of white space all fold together.
 * Folding works per character (a code point with its combining marks, composed by NFKC), so a
 * character outside the BMP (𥕛) is never split, and it keeps a map back to the original UTF-16
 * offsets.
 */

/** A folded text with, for every folded code unit, the original offset it came from. */
export interface FoldedText {
  folded: string;
  /** `origin[i]` is the original offset of folded unit i; `origin[folded.length]` is the text's length. */
  origin: Int32Array;
  /** `ends[i]` is where the original character of folded unit i ends */
  ends: Int32Array;
}

const punctuation: Record<string, string> = {
  '\u201C': '"', '\u201D': '"', '\u300C': '"', '\u300D': '"', '\u300E': '"', '\u300F': '"', '\u301D': '"', '\u301E': '"',
  '\u2018': "'", '\u2019': "'",
  '\u3002': '.', '\uFF61': '.',
  '\u3001': ',',
  '\u2014': '-', '\u2013': '-', '\u2012': '-', '\u2015': '-', '\u2212': '-', '\u30FC': '-',
  '\u2026': '...',
  '\u00B7': '·', '\u30FB': '·', '\u2022': '·', '\uFF65': '·',
  '\u3008': '<', '\u3009': '>', '\u300A': '<', '\u300B': '>',
  '\u3010': '[', '\u3011': ']', '\u3014': '[', '\u3015': ']',
};

const cache = new Map<string, string>();

/** How one character (a code point with its combining marks) folds: possibly to several units, or to nothing. */
export function foldCodePoint(char: string): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    folded = char.normalize('NFKC');
    folded = [...folded].map((c) => punctuation[c] ?? c).join('').toLowerCase();
    if (cache.size < 10_000) cache.set(char, folded);
  }
  return folded;
}

/** Folds a whole text, keeping the way back to its offsets. */
export function foldText(text: string): FoldedText {
  const units: string[] = [];
  const origin: number[] = [];
  const ends: number[] = [];
  // A run of white space becomes one space, or none between two CJK characters: a justified
  // line of a PDF comes out as 加 宏 大, and a reader calls it the same text as 加宏大.
  let pendingSpace: number | null = null;
  let previous = '';
  for (let i = 0; i < text.length; ) {
    const width = clusterWidth(text, i);
    const char = text.slice(i, i + width);
    if (/\s/u.test(char)) {
      pendingSpace ??= i;
    } else {
      if (pendingSpace !== null && !(isCjkJoinable(previous) && isCjkJoinable(char))) {
        units.push(' ');
        origin.push(pendingSpace);
        ends.push(i);
      }
      pendingSpace = null;
      const folded = foldCodePoint(char);
      for (let k = 0; k < folded.length; k += 1) {
        units.push(folded[k] as string);
        origin.push(i);
        ends.push(i + width);
      }
      previous = char;
    }
    i += width;
  }
  if (pendingSpace !== null) {
    units.push(' ');
    origin.push(pendingSpace);
    ends.push(text.length);
  }
  origin.push(text.length);
  return { folded: units.join(''), origin: Int32Array.from(origin), ends: Int32Array.from(ends) };
}

const combiningMark = /\p{M}/u;

/**
 * UTF-16 length of the character at `at` with the combining marks that follow it: e + U+0301
 * folds as one, so that a decomposed José matches a composed one (NFKC composes only what it
 * sees together).
 */
function clusterWidth(text: string, at: number): number {
  const unit = (i: number): number => ((text.codePointAt(i) as number) > 0xffff ? 2 : 1);
  let end = at + unit(at);
  while (end < text.length && combiningMark.test(String.fromCodePoint(text.codePointAt(end) as number))) end += unit(end);
  return end - at;
}

/** Folds a short string (a quote, a prefix) without the offset map. */
export function fold(text: string): string {
  return foldText(text).folded;
}

/**
 * Maps a [start, end) range of the folded text back to the original text. The end is the end
 * of the last original character the range covers, so surrogate pairs and a character with its
 * combining marks stay whole, and no white space dropped after it is taken along.
 */
export function toOriginalRange(text: FoldedText, start: number, end: number): { start: number; end: number } {
  const from = text.origin[start] as number;
  if (end <= start) return { start: from, end: from };
  return { start: from, end: text.ends[end - 1] as number };
}
