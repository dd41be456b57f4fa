import { describe, expect, it } from 'vitest';
import { ideographOfRadical } from './cjk-radicals';
import { cjkCharacters, joinLetterSpacedHan, joinLetterSpacedHanMapped, joinLines, mapRadicals, normalizeLine, normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it.each([
    ['maps a Kangxi radical to its ideograph', '⼈民', '人民'],
    ['maps a CJK Radicals Supplement character, which NFKC leaves alone', '⻓江', '长江'],
    ['maps the radical ⼀ of a Japanese PDF to 一', '構を⼀つの箱', '構を一つの箱'],
    ['keeps full-width Chinese punctuation', '中国，你好：（一）“双循环”', '中国，你好：（一）“双循环”'],
    ['folds full-width digits and letters to ASCII', '２０２４年ＡＩ赋能', '2024年AI赋能'],
    ['composes to NFC', 'e\u0301', 'é'],
    ['drops zero-width characters and a BOM', '\uFEFF中\u200B文', '中文'],
    ['keeps a character outside the BMP', '胡駿𥕛', '胡駿𥕛'],
    ['keeps line breaks', '一\n二', '一\n二'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is unchanged by NFKC on the Kangxi block, radical by radical', () => {
    for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
      expect(ideographOfRadical(cp)).toBe(String.fromCodePoint(cp).normalize('NFKC'));
    }
  });

  it('leaves a radical with no equivalent ideograph as it is', () => {
    expect(mapRadicals('\u2E9A')).toBe('\u2E9A');
  });
});

describe('joinLetterSpacedHan', () => {
  it.each([
    ['joins a letter-spaced heading', '全 世 界 无 产 者', '全世界无产者'],
    ['joins ideographic spaces too', '中\u3000文\u3000姓\u3000名', '中文姓名'],
    ['keeps the space between words', '党旗引领 凝聚建设共识', '党旗引领 凝聚建设共识'],
    ['keeps two single characters apart (too little evidence)', '中 文', '中 文'],
    ['joins only the spaced part of a line', '标题：全 世 界 联合', '标题：全世界 联合'],
    ['leaves Latin words alone', 'a b c d', 'a b c d'],
    ['joins a justified line with its punctuation', '会 主 义 进 入 新 时 代 ，', '会主义进入新时代，'],
    ['joins the numbers of a justified line', '走 过 90 多 年 奋 斗 历 程 ，', '走过90多年奋斗历程，'],
    ['joins spaced quotation marks', '突 出 强 调 了 “ 四 个 伟 大 ” 。', '突出强调了“四个伟大”。'],
    ['keeps the space between Latin words in a justified line', '使 用 New York 的 数 据', '使用 New York 的数据'],
    ['joins a spaced date', '2018 年 1 月 3 日', '2018年1月3日'],
  ])('%s', (_name, input, expected) => {
    expect(joinLetterSpacedHan(input)).toBe(expected);
  });
});

describe('joinLetterSpacedHanMapped', () => {
  it('joins each line of a page text and says where each character stood', () => {
    const page = '要 进 一 步 加 宏 大 ，\nNew York 的 夜\n第二 行';
    const { text, offsets } = joinLetterSpacedHanMapped(page);
    expect(text).toBe('要进一步加宏大，\nNew York 的 夜\n第二 行');
    expect(offsets).toHaveLength(text.length + 1);
    for (const [i, ch] of [...text].entries()) expect(page[offsets[i]!]).toBe(ch);
    const hit = text.indexOf('加宏大');
    expect(page.slice(offsets[hit]!, offsets[hit + 3 - 1]! + 1)).toBe('加 宏 大');
  });
});

describe('joinLines', () => {
  it.each([
    ['joins Han split by a line break without a space', ['检知机', '构'], '检知机构'],
    ['joins kana and kanji the same way', ['と検知機', '構を一つ'], 'と検知機構を一つ'],
    ['puts a space between Latin words', ['Name in', 'Chinese'], 'Name in Chinese'],
    ['puts a space between Latin and Han', ['Company', '胡駿'], 'Company 胡駿'],
    ['skips empty lines and trims', ['  一 ', '', '二'], '一二'],
  ])('%s', (_name, lines, expected) => {
    expect(joinLines(lines)).toBe(expected);
  });
});

describe('normalizeLine', () => {
  it.each([
    ['trims an indent of ideographic spaces', '\u3000\u3000新华社巴黎12月9日电', '新华社巴黎12月9日电'],
    ['collapses runs of white space', '2019年06月15日08:18\u00A0\u00A0来源：人民网', '2019年06月15日08:18 来源：人民网'],
    ['joins a line break inside Han text', '坚持社会主义\n核心价值体系', '坚持社会主义核心价值体系'],
    ['joins a letter-spaced heading after mapping radicals', '⼈ 民 日 报', '人民日报'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeLine(input)).toBe(expected);
  });
});

describe('cjkCharacters', () => {
  it('keeps only Han, kana and Hangul, after NFKC', () => {
    expect(cjkCharacters('(中文 ⼀) Name 胡駿𥕛，と')).toBe('中文一胡駿𥕛と');
  });
});
