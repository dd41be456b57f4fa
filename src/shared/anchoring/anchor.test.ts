import { describe, expect, it } from 'vitest';
import { anchorSelectors, TextAnchorer } from './anchor';
import { describeRange, type TextSelector } from './selectors';
import { foldText, toOriginalRange } from './text-fold';

// Our own text, in the style of the demo paper.
const paragraphs = [
  '春风拂过云岭，省政协委员们走进青禾县的村庄，围绕乡村振兴开展专题调研。',
  '委员们认为，提案办理要从“办了”走向“办好”，让群众看得见变化。',
  '在𥕛溪村，老支书拿出一本记满建议的笔记本。他说，提案办理不能只看答复率。',
  '调研组建议，建立提案办理回头看机制，每年由委员和群众共同评议。',
];
const original = paragraphs.join('\n');

/** Selectors for the n-th occurrence of `exact` in the original text. */
function selectorsFor(exact: string, occurrence = 0): TextSelector[] {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = original.indexOf(exact, at + 1);
  if (at === -1) throw new Error(`"${exact}" is not in the text`);
  return describeRange(original, at, at + exact.length);
}

/** The offset of the n-th occurrence of `needle` in `text` after `after` (a landmark). */
function offsetIn(text: string, needle: string, after = ''): number {
  return text.indexOf(needle, after ? text.indexOf(after) : 0);
}

const quoteA = '提案办理要从“办了”走向“办好”';
const quoteD = '建立提案办理回头看机制';

describe('anchoring annotations on an edited article', () => {
  it.each([
    {
      name: 'a sentence inserted before lands on the same characters',
      text: `本报讯 记者 林晓 报道。\n${original}`,
      selectors: selectorsFor(quoteA),
      expected: { quote: quoteA, at: (t: string) => t.indexOf(quoteA) },
      method: 'quote',
    },
    {
      name: 'the context picks the right one of a repeated phrase',
      text: `本报讯。\n${original}`,
      selectors: selectorsFor('提案办理', 1),
      expected: { quote: '提案办理', at: (t: string) => offsetIn(t, '提案办理', '老支书') },
      method: 'quote',
    },
    {
      name: 'a paragraph moved carries its annotation along',
      text: [paragraphs[0], paragraphs[3], paragraphs[1], paragraphs[2]].join('\n'),
      selectors: selectorsFor('提案办理', 1),
      expected: { quote: '提案办理', at: (t: string) => offsetIn(t, '提案办理', '老支书') },
      method: 'quote',
    },
    {
      name: 'a character changed inside the quote still anchors, approximately',
      text: original.replace('回头看', '回访看'),
      selectors: selectorsFor(quoteD),
      expected: { quote: '建立提案办理回访看机制', at: (t: string) => t.indexOf('建立提案办理回访看机制') },
      method: 'fuzzy',
    },
    {
      name: 'full-width punctuation turned half-width still matches exactly',
      text: `导读。\n${original.replaceAll('“', '"').replaceAll('”', '"').replaceAll('，', ',')}`,
      selectors: selectorsFor(quoteA),
      expected: { quote: '提案办理要从"办了"走向"办好"', at: (t: string) => t.indexOf('提案办理要从"办了"') },
      method: 'quote',
    },
    {
      name: 'a character outside the BMP keeps both halves',
      text: `前言。\n${original}`,
      selectors: selectorsFor('𥕛溪村'),
      expected: { quote: '𥕛溪村', at: (t: string) => t.indexOf('𥕛溪村') },
      method: 'quote',
    },
    {
      name: 'Kangxi radicals in a re-extracted text fold to the ideographs',
      text: original.replace('一本', '\u2F00本'),
      selectors: selectorsFor('拿出一本记满建议的笔记本'),
      expected: { quote: '拿出\u2F00本记满建议的笔记本', at: (t: string) => t.indexOf('拿出\u2F00本') },
      method: 'position',
    },
  ])('$name', ({ text, selectors, expected, method }) => {
    const anchor = anchorSelectors(text, selectors);
    expect(anchor).not.toBeNull();
    expect(text.slice(anchor?.start, anchor?.end)).toBe(expected.quote);
    expect(anchor?.start).toBe(expected.at(text));
    expect(anchor?.method).toBe(method);
  });

  it('keeps the stored position when the text is unchanged', () => {
    const selectors = selectorsFor('提案办理', 1);
    expect(anchorSelectors(original, selectors)).toEqual({ start: offsetIn(original, '提案办理', '老支书'), end: offsetIn(original, '提案办理', '老支书') + 4, method: 'position' });
  });

  it.each([
    ['its paragraph was deleted', [paragraphs[0], paragraphs[1], paragraphs[2]].join('\n'), quoteD],
    ['half of the quote was rewritten', original.replace('回头看机制', '年度评议会'), quoteD],
    ['a short quote lost one character', original.replace('𥕛溪村', '𥕛河村'), '𥕛溪村'],
  ])('leaves an annotation orphaned (null) when %s', (_name, text, quote) => {
    expect(anchorSelectors(text, selectorsFor(quote))).toBeNull();
  });

  it('matches an NFC-composed text against a decomposed quote', () => {
    const text = '委员 José 的提案';
    const selectors: TextSelector[] = [{ type: 'TextQuoteSelector', exact: 'Jose\u0301 的提案' }];
    const anchor = anchorSelectors(text, selectors);
    expect(text.slice(anchor?.start, anchor?.end)).toBe('José 的提案');
  });

  it('anchors many annotations on one text without refolding it', () => {
    const anchorer = new TextAnchorer(`按：\n${original}`);
    const found = ['春风拂过云岭', quoteA, '𥕛溪村', quoteD].map((q) => anchorer.anchor(selectorsFor(q)));
    expect(found.every((a) => a?.method === 'quote')).toBe(true);
  });
});

describe('describeRange', () => {
  it('keeps up to 32 characters of context on each side', () => {
    const [quote, position] = describeRange(original, original.indexOf(quoteD), original.indexOf(quoteD) + quoteD.length);
    expect(quote.exact).toBe(quoteD);
    expect([...(quote.prefix ?? '')]).toHaveLength(32);
    expect(original.slice(0, position.start).endsWith(quote.prefix ?? '')).toBe(true);
    expect(quote.suffix).toBe('，每年由委员和群众共同评议。');
  });

  it('never splits a surrogate pair', () => {
    const at = original.indexOf('𥕛');
    const [quote, position] = describeRange(original, at + 1, at + 3);
    expect(quote.exact).toBe('𥕛溪');
    expect(position.start).toBe(at);
  });

  it('refuses a range outside the text', () => {
    expect(() => describeRange('政协', 1, 5)).toThrow(RangeError);
  });
});

describe('foldText', () => {
  it.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['双循环，新格局', '双循环,新格局'],
    ['“提案”与「建议」', '"提案"与"建议"'],
    ['  多个   空格 ', ' 多个空格 '],
    ['加 宏 大　的 规 模', '加宏大的规模'],
    ['CPPCC  委员 和 Jianbao reader', 'cppcc 委员和 jianbao reader'],
    ['\u2F00', '一'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldText(text).folded).toBe(folded);
  });

  it('anchors a quote on a justified line whose characters are spaced apart, without the spaces around it', () => {
    const text = '委员们表示，要 加 宏 大 的 规 模 推进。';
    const anchor = anchorSelectors(text, [{ type: 'TextQuoteSelector', exact: '加宏大的规模' }]);
    expect(text.slice(anchor?.start, anchor?.end)).toBe('加 宏 大 的 规 模');
  });

  it('maps a folded range back to whole original characters', () => {
    const text = '甲…乙𥕛丙';
    const folded = foldText(text);
    expect(folded.folded).toBe('甲...乙𥕛丙');
    const start = folded.folded.indexOf('.');
    expect(toOriginalRange(folded, start, start + 3)).toEqual({ start: 1, end: 2 });
    const astral = folded.folded.indexOf('𥕛');
    expect(text.slice(...Object.values(toOriginalRange(folded, astral, astral + 2)))).toBe('𥕛');
  });
});

/** A long paragraph of our own: pseudo-random characters of the demo's vocabulary, seeded. */
function longParagraph(length: number, seed = 7): string {
  const vocabulary = '政协委员提案办理调研建议乡村振兴群众社区协商民主监督履职报告意见机制评议改革发展';
  let state = seed;
  let out = '';
  while (out.length < length) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    out += vocabulary[state % vocabulary.length];
    if (out.length % 37 === 36) out += '，';
  }
  return out;
}

describe('anchoring after a re-import of edited text', () => {
  it('prefers the edited original, whose context matches, over an exact copy of the quote elsewhere', () => {
    const quote = '建立提案办理回头看机制';
    const selectors = selectorsFor(quote);
    // The re-imported article corrects the sentence in place and quotes the old wording in a
    // new closing paragraph.
    const text = `${original.replace('回头看机制', '回头看制度')}\n编者按：此前报道中“${quote}”的说法已更正。`;
    const anchor = anchorSelectors(text, selectors);
    expect(anchor?.start).toBe(text.indexOf('建立提案办理回头看制度'));
    expect(anchor?.method).toBe('fuzzy');
  });

  it('still takes an exact occurrence whose context matches, even when an edited look-alike is near', () => {
    const quote = '提案办理不能只看答复率';
    const text = `${original}\n又及：提案办理不能只看答复量。`;
    const anchor = anchorSelectors(text, selectorsFor(quote));
    expect(anchor).toMatchObject({ start: original.indexOf(quote), method: 'position' });
  });

  it('finds a 2,000-character highlighted paragraph after a typo in it was corrected', () => {
    const paragraph = longParagraph(2_000);
    const before = `导语一句。\n${paragraph}\n结尾一句。`;
    const at = before.indexOf(paragraph);
    const selectors = describeRange(before, at, at + paragraph.length);
    const corrected = paragraph.slice(0, 1_000) + '修' + paragraph.slice(1_001);
    const after = `导语一句，略有改动。\n${corrected}\n结尾一句。`;
    const anchor = anchorSelectors(after, selectors);
    expect(anchor).not.toBeNull();
    expect(after.slice(anchor!.start, anchor!.end)).toBe(corrected);
    expect(anchor?.method).toBe('fuzzy');
  });

  it('anchors a composed quote on a text whose accent is decomposed, exactly', () => {
    const text = '委员 Jose\u0301 提交了提案';
    const anchor = anchorSelectors(text, [{ type: 'TextQuoteSelector', exact: 'José' }]);
    expect(anchor?.method).toBe('quote');
    expect(text.slice(anchor?.start, anchor?.end)).toBe('Jose\u0301');
  });
});
