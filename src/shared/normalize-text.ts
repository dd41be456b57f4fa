import { ideographOfRadical, isRadical } from './cjk-radicals';

/**
 * Text normalisation for imported material, before it becomes canonical text (DESIGN.md: the
 * text every offset refers to). Pure string code, the same in every layer.
 *
 * Why not NFKC for everything: NFKC folds full-width punctuation (，：（）) to ASCII, and the
 * canonical text is what the reader sees. So the stored text is NFC, plus the few
 * compatibility folds that are safe to show: radicals to the ideograph they stand for,
 * full-width Latin letters and digits to ASCII, half-width katakana to full width, no-break
 * spaces to spaces, and zero-width characters dropped.
 */

const hanChar = /\p{Script=Han}/u;
const zeroWidth = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Full-width ASCII letters and digits, and half-width katakana: folded by NFKC. */
const safeCompat = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF61-\uFF9F]+/g;
/** Horizontal white space other than the line break. */
const space = '[ \\t\\u00A0\\u3000\\u2002-\\u200A\\u202F\\u205F]';
/** A run of three or more single Han characters, each apart from the next by white space. */
const letterSpaced = new RegExp(`(?<!\\p{Script=Han})\\p{Script=Han}(?:${space}+\\p{Script=Han}){2,}(?!\\p{Script=Han})`, 'gu');
const spaceRun = new RegExp(`${space}+`, 'gu');
const edgeSpace = new RegExp(`^${space}+|${space}+$`, 'gu');

/** True when `ch` (one code point) is a Han ideograph, a radical included. */
export function isHan(ch: string): boolean {
  return hanChar.test(ch);
}

/** True for a character after which a line break needs no space: Han, kana, CJK punctuation. */
export function isCjkJoinable(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (
    isHan(ch) ||
    (cp >= 0x3000 && cp <= 0x30ff) || // CJK punctuation, hiragana, katakana
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0xac00 && cp <= 0xd7af) || // Hangul syllables
    cp === 0x2014 || // —, as in the —— of a subtitle
    cp === 0x2026 || // …
    cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019 // “” ‘’
  );
}

/** Replaces every CJK radical that has an equivalent unified ideograph by that ideograph. */
export function mapRadicals(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += isRadical(cp) ? (ideographOfRadical(cp) ?? ch) : ch;
  }
  return out;
}

/**
 * NFC, radicals mapped, safe compatibility folds, zero-width characters dropped. Keeps line
 * breaks and spacing: use {@link normalizeLine} for one line of display text.
 */
export function normalizeText(text: string): string {
  return mapRadicals(
    text
      .normalize('NFC')
      .replace(zeroWidth, '')
      .replace(/\u00A0/g, ' ')
      .replace(safeCompat, (run) => run.normalize('NFKC')),
  ).normalize('NFC');
}

/**
 * Removes the spaces of letter-spaced Han text (全 世 界 无 产 者 → 全世界无产者): three or more
 * single Han characters, each apart from the next by white space. Words of two or more
 * characters apart by a space (党旗引领 凝聚建设共识) keep their space.
 */
export function joinLetterSpacedHan(text: string): string {
  return text.replace(letterSpaced, (run) => run.replace(spaceRun, ''));
}

/**
 * One line (or paragraph) of display text: {@link normalizeText}, white space collapsed (a
 * line break between CJK characters vanishes, any other run of white space becomes one
 * space), letter-spaced Han joined, and trimmed, ideographic spaces of an indent included.
 */
export function normalizeLine(text: string): string {
  const flat = joinLines(normalizeText(text).split(/\r\n|\r|\n/));
  return joinLetterSpacedHan(flat.replace(spaceRun, ' ')).replace(edgeSpace, '');
}

/**
 * Joins lines broken by layout into one string: nothing between two CJK characters (a word
 * such as 検知機構 broken after 検知機 comes back whole), one space elsewhere. Each line is
 * trimmed first; empty lines are skipped.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.replace(edgeSpace, '');
    if (line === '') continue;
    if (out === '') {
      out = line;
      continue;
    }
    const last = [...out.slice(-2)].pop()!;
    const first = String.fromCodePoint(line.codePointAt(0)!);
    out += isCjkJoinable(last) && isCjkJoinable(first) ? line : ` ${line}`;
  }
  return out;
}

/**
 * The CJK characters of a text, in order, after NFKC: what "the same Chinese text" means when
 * two extractors are compared (white space, punctuation and Latin text are left out).
 */
export function cjkCharacters(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    const cp = ch.codePointAt(0)!;
    if (isHan(ch) || (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xac00 && cp <= 0xd7af)) out += ch;
  }
  return out;
}
