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

/** CJK punctuation that a justified line spaces apart like a character: ，。、；：？！“”‘’（）《》〈〉「」『』【】—… */
const cjkPunctuation = /^[\u3001-\u3003\u3008-\u3011\u3014-\u301F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2014\u2026\u2018\u2019\u201C\u201D\u00B7]+$/u;
const singleHan = /^[\p{P}]*\p{Script=Han}[\p{P}]*$/u;
/** Digits, Latin letters and their signs, standing alone between spaced characters: 1921, 7.2%, AI. */
const bridge = /^[0-9A-Za-z.,:%+\-/]+$/;
const edgeHanEnd = /(?:^|[^\p{Script=Han}])\p{Script=Han}$/u;
const edgeHanStart = /^\p{Script=Han}(?:[^\p{Script=Han}]|$)/u;

/**
 * Removes the spaces of letter-spaced Han text, as justified lines come out of a PDF
 * (全 世 界 无 产 者 → 全世界无产者, 走 过 90 多 年 ， → 走过90多年，): a run of three or more
 * single Han characters, each apart from the next by white space, together with the CJK
 * punctuation and the numbers or Latin words standing between them. Words of two or more
 * characters apart by a space (党旗引领 凝聚建设共识) keep their space, and so do Latin words.
 */
export function joinLetterSpacedHan(text: string): string {
  if (!hanChar.test(text)) return text;
  const { parts, joined } = spacedJoins(text);
  let out = parts[0] ?? '';
  for (let k = 1; k < (parts.length + 1) / 2; k++) out += (joined[k - 1] ? '' : (parts[2 * k - 1] ?? ' ')) + (parts[2 * k] ?? '');
  return out;
}

/**
 * {@link joinLetterSpacedHan} line by line over a whole text (a page's text layer), with where
 * each UTF-16 unit of the result stood in `text` (`offsets[i]`, and one more entry for the
 * end), so that a hit found in the joined text can be shown at its place in the original.
 */
export function joinLetterSpacedHanMapped(text: string): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (at > 0) {
      out += '\n';
      offsets.push(at - 1);
    }
    const { parts, joined } = hanChar.test(line) ? spacedJoins(line) : { parts: [line], joined: [] };
    let pos = at;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      const isDropped = k % 2 === 1 && joined[(k - 1) / 2] === true;
      if (!isDropped) {
        out += part;
        for (let u = 0; u < part.length; u++) offsets.push(pos + u);
      }
      pos += part.length;
    }
    at += line.length + 1;
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** A text split into tokens and the white space between them, and which of those spaces go. */
function spacedJoins(text: string): { parts: string[]; joined: boolean[] } {
  const parts = text.split(new RegExp(`(${space}+)`, 'u'));
  // parts: token, space, token, space, …
  const tokens = parts.filter((_, i) => i % 2 === 0);
  const kind = tokens.map((t): 'han' | 'punct' | 'bridge' | 'word' => {
    if (singleHan.test(t)) return 'han';
    if (cjkPunctuation.test(t)) return 'punct';
    if (bridge.test(t)) return 'bridge';
    return 'word';
  });
  const runs: { from: number; to: number; hans: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const startsRun = kind[i] === 'han' || kind[i] === 'punct' || (kind[i] === 'bridge' && kind[i - 1] !== 'bridge' && (kind[i + 1] === 'han' || kind[i + 1] === 'punct'));
    if (!startsRun) {
      i++;
      continue;
    }
    let end = i;
    let hans = 0;
    while (end < tokens.length && kind[end] !== 'word') {
      // a number or Latin word joins only when spaced characters stand on both its sides
      if (kind[end] === 'bridge' && end > i && !(kind[end + 1] === 'han' || kind[end + 1] === 'punct')) break;
      if (kind[end] === 'han') hans++;
      end++;
    }
    // a word ending in one Han character after punctuation (标题：全) starts the run with it
    const from = i > 0 && kind[i - 1] === 'word' && edgeHanEnd.test(tokens[i - 1]!) ? i - 1 : i;
    const to = end < tokens.length && kind[end] === 'word' && edgeHanStart.test(tokens[end]!) ? end : end - 1;
    runs.push({ from, to, hans: hans + (from < i ? 1 : 0) + (to >= end ? 1 : 0) });
    i = Math.max(end, i + 1);
  }
  // Once a line shows itself justified (a run of three), its shorter runs are spaced the same way.
  const least = runs.some((r) => r.hans >= 3) ? 2 : 3;
  const joined = new Array<boolean>(Math.max(0, tokens.length - 1)).fill(false);
  for (const run of runs) {
    if (run.hans >= least) for (let k = run.from; k < run.to; k++) joined[k] = true;
  }
  return { parts, joined };
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
