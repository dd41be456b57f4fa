import { describe, expect, it } from 'vitest';
import { JianbaoError } from './errors';
import { parseQuery, patternsFor } from './search-query';

const summary = (query: string) =>
  parseQuery(query).terms.map((term) => `${term.isExcluded ? '-' : ''}${term.field === 'any' ? '' : `${term.field}:`}${term.text}`);

describe('the search query language', () => {
  it.each([
    ['one Han word', '双循环', ['双循环']],
    ['several words: all of them', '双循环 提案办理', ['双循环', '提案办理']],
    ['an ideographic space between words', '双循环\u3000政协', ['双循环', '政协']],
    ['a phrase in quotes keeps its space', '"国内 国际" 政协', ['国内 国际', '政协']],
    ['Chinese quotes work as quotes', '“国内 国际”', ['国内 国际']],
    ['an unclosed quote runs to the end', '"国内 国际', ['国内 国际']],
    ['a minus excludes a word', '双循环 -防城港', ['双循环', '-防城港']],
    ['a full-width minus too', '双循环 －防城港', ['双循环', '-防城港']],
    ['a lone minus is nothing', '双循环 -', ['双循环']],
    ['title:, author: and note: limit a word to a field', 'title:政协 author:林晓 note:跟进', ['title:政协', 'author:林晓', 'note:跟进']],
    ['and so do their Chinese names, with a full-width colon', '标题：政协 作者:林晓 批注:跟进', ['title:政协', 'author:林晓', 'note:跟进']],
    ['a field with a quoted phrase, excluded', '政协 -title:"国内 国际"', ['政协', '-title:国内 国际']],
    ['an unknown field name is part of the word', 'http://example', ['http://example']],
    ['punctuation-only words are dropped', '政协 ，。', ['政协']],
  ])('%s: %s', (_case, query, expected) => {
    expect(summary(query)).toEqual(expected);
  });

  it.each([['，。'], ['-政协'], ['"" -"双循环"']])('refuses a query with nothing to search for: %s', (query) => {
    expect(() => parseQuery(query)).toThrow(JianbaoError);
    try {
      parseQuery(query);
    } catch (error) {
      expect((error as JianbaoError).code).toBe('INVALID_ARGUMENT');
    }
  });

  it('marks in each field only the included words that apply to it', () => {
    const parsed = parseQuery('政协 title:双循环 -防城港 author:林晓');
    const firstTerms = (field: Parameters<typeof patternsFor>[1]) => patternsFor(parsed, field).map((p) => p[0]?.term);
    expect(firstTerms('body')).toEqual(['政协']);
    expect(firstTerms('title')).toEqual(['政协', '双循']);
    expect(firstTerms('author')).toEqual(['政协', '林晓']);
  });
});
