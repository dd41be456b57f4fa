/**
 * The CJK radicals that real PDFs put where they mean the ideograph (a PDF printed from
 * Chromium gave ⼈ U+2F08 for 人 and ⻓ U+2ED3 for 长), mapped to the unified ideograph they
 * look like. Derived from Unicode's EquivalentUnifiedIdeograph.txt (UCD 15.0; © Unicode, Inc.,
 * Unicode License). NFKC covers the Kangxi Radicals block (U+2F00–U+2FD5) but only two of the
 * CJK Radicals Supplement (U+2E80–U+2EFF), which is why the supplement is tabled here; the
 * Kangxi block is mapped through NFKC of that one character.
 */

/** Pairs of (radical, ideograph) from the CJK Radicals Supplement, read one code point at a time. */
const supplementPairs =
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳' +
  '⺓幺⺔彑⺕𫜹⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫' +
  '⺦丬⺧牛⺨犭⺩王⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌' +
  '⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝' +
  '⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风' +
  '⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯' +
  '⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

const supplement = new Map<number, string>();
{
  const codePoints = [...supplementPairs];
  for (let i = 0; i + 1 < codePoints.length; i += 2) {
    supplement.set(codePoints[i]!.codePointAt(0)!, codePoints[i + 1]!);
  }
}

/** True for a code point of the CJK Radicals Supplement or the Kangxi Radicals block. */
export function isRadical(codePoint: number): boolean {
  return (codePoint >= 0x2e80 && codePoint <= 0x2eff) || (codePoint >= 0x2f00 && codePoint <= 0x2fd5);
}

/**
 * The unified ideograph a radical stands for, or null for a code point that is not a radical
 * or has no equivalent ideograph (e.g. ⺚ U+2E9A, which is unassigned).
 */
export function ideographOfRadical(codePoint: number): string | null {
  if (codePoint >= 0x2f00 && codePoint <= 0x2fd5) return String.fromCodePoint(codePoint).normalize('NFKC');
  return supplement.get(codePoint) ?? null;
}
