import { describe, expect, it } from 'vitest';
import {
  breakToken,
  findHits,
  indexTerms,
  needsNormalising,
  termPattern,
  tokenize,
} from './search-tokens';

const terms = (text: string): string[] => indexTerms(text).split(' ').filter(Boolean).map((t) => (t === breakToken ? '|' : t));
const pattern = (text: string): string[] => termPattern(text).map((t) => (t.term === breakToken ? '|' : t.term) + (t.isPrefix ? '*' : ''));

describe('search tokens of a text', () => {
  it.each([
    ['a Han run: a pair per character, its last one alone', '国内国际双循环', ['国内', '内国', '国际', '际双', '双循', '循环', '环']],
    ['a lone Han character', '双', ['双']],
    ['punctuation between runs: a break, and no pair across it', '双，循环', ['双', '|', '循环', '环']],
    ['a paragraph break', '政协\n委员', ['政协', '协', '|', '委员', '员']],
    ['spaces, several in a row: one break', '政协  ，委员', ['政协', '协', '|', '委员', '员']],
    ['leading and trailing punctuation: no break', '“双循环”', ['双循', '循环', '环']],
    ['a character outside the BMP', '𥕛字𥕛', ['𥕛字', '字𥕛', '𥕛']],
    ['full-width Latin and digits, as half-width lower case', 'ＡＢＣ abc １２３', ['abc', '|', 'abc', '|', '123']],
    ['numbers next to Han: words, no break', '去年立案1163件', ['去年', '年立', '立案', '案', '1163', '件']],
    ['a decimal point breaks a number', '3.14', ['3', '|', '14']],
    ['letters and digits together: one word', 'G20峰会', ['g20', '峰会', '会']],
    ['a Kangxi radical (U+2F00) as the ideograph 一 (NFKC)', '⼀带⼀路', ['一带', '带一', '一路', '路']],
    ['a radical of the supplement (⻓ U+2ED3) as 长', '⻓江', ['长江', '江']],
    ['a compatibility ideograph (U+F900) as its unified form', '\uf900', ['豈']],
    ['a zero-width space: skipped, the run goes on', '政\u200b协', ['政协', '协']],
    ['a variation selector after a Han character: skipped', '葛\udb40\udd00藤', ['葛藤', '藤']],
    ['Latin with an accent: one word', 'Café crème', ['café', '|', 'crème']],
    ['kana in a run with Han', '東京タワー', ['東京', '京タ', 'タワ', 'ワー', 'ー']],
    ['nothing to index', '，。！？', []],
  ])('%s: %s', (_case, text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('gives each token its place in UTF-16 code units, counting 𥕛 as two', () => {
    expect(tokenize('字𥕛，Ａ').map(({ term, start, firstEnd, end }) => [term, start, firstEnd, end])).toEqual([
      ['字𥕛', 0, 1, 3],
      ['𥕛', 1, 3, 3],
      [breakToken, 3, 3, 3],
      ['a', 4, 5, 5],
    ]);
  });
});

describe('the pattern of a query term', () => {
  it.each([
    ['a Han word: the pairs, without the lone last character', '双循环', ['双循', '循环']],
    ['two characters: one pair', '政协', ['政协']],
    ['one character: a prefix, so it matches wherever a token starts with it', '协', ['协*']],
    ['a character outside the BMP', '𥕛', ['𥕛*']],
    ['a number then one Han character', '3月', ['3', '月*']],
    ['a Han run before a number keeps its lone last character', '第2', ['第', '2']],
    ['a run that ends at punctuation inside the term keeps it too', '双，循环', ['双', '|', '循环']],
    ['a phrase with a space', '政协 委员', ['政协', '协', '|', '委员']],
    ['punctuation around the term is dropped', '“政协”', ['政协']],
    ['a Latin word', 'COVID', ['covid']],
    ['only punctuation: nothing', '，', []],
  ])('%s: %s', (_case, text, expected) => {
    expect(pattern(text)).toEqual(expected);
  });
});

describe('finding hits', () => {
  const find = (text: string, ...queries: string[]) => findHits(text, queries.map(termPattern));

  it('marks each occurrence of a Han word, in UTF-16 offsets', () => {
    expect(find('国内国际双循环，双循环', '双循环')).toEqual([[4, 7], [8, 11]]);
  });

  it('does not find 双循 across "双，循"', () => {
    expect(find('双，循环', '双循')).toEqual([]);
    expect(find('双，循环', '双循环')).toEqual([]);
  });

  it('finds a single character wherever it stands, also last in a run', () => {
    expect(find('政协，协商，协', '协')).toEqual([[1, 2], [3, 4], [6, 7]]);
  });

  it('finds characters outside the BMP without splitting them', () => {
    expect(find('字𥕛字𥕛', '𥕛')).toEqual([[1, 3], [4, 6]]);
    expect(find('字𥕛，字𥕛', '字𥕛')).toEqual([[0, 3], [4, 7]]);
  });

  it('merges hits that touch', () => {
    expect(find('字𥕛字𥕛', '字𥕛')).toEqual([[0, 6]]);
  });

  it('finds the ideograph typed for a Kangxi radical in the text, marking the radical', () => {
    expect(find('共建⼀带⼀路', '一带一路')).toEqual([[2, 6]]);
  });

  it('finds full-width Latin by half-width lower case, as whole words', () => {
    expect(find('ＡＢＣ公司 ABCD', 'abc')).toEqual([[0, 3]]);
  });

  it('merges overlapping hits of several terms', () => {
    expect(find('推进双循环发展', '双循环', '循环发展')).toEqual([[2, 7]]);
  });

  it('returns nothing for no patterns', () => {
    expect(findHits('双循环', [])).toEqual([]);
  });

  // Exactness: on texts made of a few characters, punctuation and normalisable forms, a Han
  // query is found exactly where the normalised text contains it, by either path of findHits.
  it('finds a Han query exactly where the normalised text contains it', () => {
    const alphabet = ['双', '循', '环', '一', '⼀', '，', '\n', ' ', 'Ａ', '\u200b'];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const queries = ['双', '循', '一', '双循', '循环', '环双', '一双', '双循环', '环一一', '双双循环'];
    for (let round = 0; round < 300; round += 1) {
      const text = Array.from({ length: 4 + Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const plain = text.normalize('NFKC').replace(/\u200b/g, '');
      for (const query of queries) {
        const hits = find(text, query);
        expect(hits.length > 0, `${JSON.stringify(text)} ${query}`).toBe(plain.includes(query));
        for (const [start, end] of hits) expect(text.slice(start, end).normalize('NFKC').replace(/\u200b/g, '')).toContain(query);
      }
    }
  });
});

describe('the characters that need normalising before Han text can be searched as is', () => {
  // findHits searches texts without any of them by plain substring search, which is right
  // only if no other character normalises into a Han character or is skipped inside a run.
  it('include every character that normalises into Han or changes a Han character', () => {
    const hanLike = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC]/u;
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const isHan = hanLike.test(char);
      if (!isHan && char.normalize('NFKC') === char && !/\p{Cf}/u.test(char)) continue;
      if (needsNormalising.test(char)) continue;
      const tokens = tokenize(char);
      const isUnchanged = tokens.length === 1 && tokens[0]?.term === char;
      if (isHan ? !isUnchanged : tokens.some((token) => token.kind === 'han')) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('are absent from ordinary Chinese text with its punctuation', () => {
    expect(needsNormalising.test('“双循环”、《提案》——省政协（2026年）：1163件。')).toBe(false);
  });
});
