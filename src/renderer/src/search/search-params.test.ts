import { describe, expect, it } from 'vitest';
import { articleHref, parseRoute } from '../route';
import { isFilteredSearch, parseSearchParams, quotableQuery, searchHref, selectedYear, togglePaper, toggleYear, withRange, type SearchParams } from './search-params';

describe('search routes', () => {
  const cases: [string, SearchParams][] = [
    ['q=%E5%8F%8C%E5%BE%AA%E7%8E%AF', { query: '双循环', sort: 'relevance' }],
    ['q=a+b&sort=date', { query: 'a b', sort: 'date' }],
    ['q=x&paper=zxb&from=2024-01-01&to=2024-12-31', { query: 'x', paperId: 'zxb', from: '2024-01-01', to: '2024-12-31', sort: 'relevance' }],
    ['q=x&from=2024&sort=newest', { query: 'x', sort: 'relevance' }],
    ['', { query: '', sort: 'relevance' }],
  ];
  it.each(cases)('reads %j as the search it names', (queryString, search) => {
    expect(parseSearchParams(queryString)).toEqual(search);
  });

  it('reads back every search href it makes, through the router', () => {
    const search: SearchParams = { query: '"提案 办理" -防城港 & ?', paperId: '报/1', from: '2021-01-01', to: '2021-12-31', sort: 'date' };
    expect(parseRoute(searchHref(search))).toEqual({ kind: 'search', search });
    expect(parseRoute(articleHref('a?1', '双循环 -x'))).toEqual({ kind: 'article', articleId: 'a?1', query: '双循环 -x' });
    expect(parseRoute(articleHref('a'))).toEqual({ kind: 'article', articleId: 'a' });
    expect(parseRoute('#/search/x')).toEqual({ kind: 'unknown' });
  });

  it('narrows to a year and widens back when the same year is chosen again', () => {
    const base: SearchParams = { query: 'x', sort: 'relevance' };
    const narrowed = toggleYear(base, '2024');
    expect(narrowed).toEqual({ ...base, from: '2024-01-01', to: '2024-12-31' });
    expect(selectedYear(narrowed)).toBe('2024');
    expect(toggleYear(narrowed, '2024')).toEqual(base);
    expect(toggleYear(narrowed, '2023')).toEqual({ ...base, from: '2023-01-01', to: '2023-12-31' });
    expect(selectedYear({ ...base, from: '2024-01-01', to: '2024-06-30' })).toBeNull();
  });

  it('narrows to a paper and widens back when the same paper is chosen again', () => {
    const base: SearchParams = { query: 'x', sort: 'date' };
    expect(togglePaper(base, 'zxb')).toEqual({ ...base, paperId: 'zxb' });
    expect(togglePaper({ ...base, paperId: 'zxb' }, 'zxb')).toEqual(base);
  });
});

describe('search filters and headings', () => {
  it('reads and writes the section, and narrows to a date range, swapping the ends given backwards', () => {
    const search: SearchParams = { query: 'x', section: '要闻', from: '2024-01-01', to: '2024-03-31', sort: 'relevance' };
    expect(parseRoute(searchHref(search))).toEqual({ kind: 'search', search });
    expect(withRange({ query: 'x', sort: 'date', paperId: 'p' }, { from: '2024-05-01', to: '2024-02-01', section: ' 要闻 ' })).toEqual({
      query: 'x',
      sort: 'date',
      paperId: 'p',
      from: '2024-02-01',
      to: '2024-05-01',
      section: '要闻',
    });
    expect(withRange(search, { from: '', to: '', section: '' })).toEqual({ query: 'x', sort: 'relevance' });
    expect(isFilteredSearch({ query: 'x', sort: 'relevance', section: '要闻' })).toBe(true);
  });

  it.each([
    ['"国内国际"', '国内国际'],
    ['“国内国际”', '国内国际'],
    ['国内国际', '国内国际'],
    ['"提案" "办理"', '"提案" "办理"'],
  ])('quotes %s in a heading as %s inside the heading’s own quotes', (query, shown) => {
    expect(quotableQuery(query)).toBe(shown);
  });
});
