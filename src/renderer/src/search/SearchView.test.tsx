import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiArgs } from '../../../shared/api';
import { JianbaoError } from '../../../shared/errors';
import type { SearchHit, SearchResults } from '../../../shared/search-types';
import { App } from '../App';
import { FakeJianbaoApi } from '../test/fake-api';
import { FakePdfEngine } from '../test/fake-pdf-engine';
import { renderWithApi } from '../test/render-with-api';
import { SearchView } from './SearchView';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

function hit(n: number, overrides: Partial<SearchHit> = {}): SearchHit {
  const text = `加快构建新发展格局，以国内大循环为主体、国内国际双循环相互促进（第${n}篇）`;
  const at = text.indexOf('双循环');
  return {
    articleId: `a-${n}`,
    issueId: 'zxb-2024-03-05',
    paperId: 'zxb',
    paperName: '人民政协报',
    date: '2024-03-05',
    pageNumber: 2,
    section: '要闻',
    title: `畅通双循环 第${n}篇`,
    titleHits: [[2, 5]],
    snippet: { text, start: 10, hits: [[at, at + 3]], source: 'body', hasMoreBefore: true, hasMoreAfter: true },
    score: 10 - n,
    ...overrides,
  };
}

/** A search answer of `total` hits, paged as the core pages them, with facets for two papers and two years. */
function answerWith(total: number) {
  return (args: ApiArgs<'search'>): SearchResults => {
    const offset = args.offset ?? 0;
    const limit = args.limit ?? 50;
    const hits: SearchHit[] = [];
    for (let n = offset; n < Math.min(total, offset + limit); n += 1) hits.push(hit(n));
    return {
      total,
      offset,
      limit,
      hits,
      facets: {
        papers: total === 0 ? [] : [{ value: 'zxb', label: '人民政协报', count: total - 1 }, { value: 'rmrb', label: '人民日报', count: 1 }],
        years: total === 0 ? [] : [{ value: '2024', label: '2024', count: total - 1 }, { value: '2021', label: '2021', count: 1 }],
      },
    };
  };
}

function fakeWith(total: number): FakeJianbaoApi {
  const api = new FakeJianbaoApi();
  api.searchAnswer = answerWith(total);
  return api;
}

describe('SearchView', () => {
  it('shows the total and each hit with its title, place in the paper and snippet, the hits marked, and a way to its page', async () => {
    renderWithApi(<SearchView search={{ query: '双循环', sort: 'relevance' }} />, fakeWith(2));

    expect(await screen.findByText('找到 2 篇文章')).toBeTruthy();
    const list = screen.getByRole('list', { name: '“双循环”的搜索结果' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const [link, onPage] = within(rows[0] as HTMLElement).getAllByRole('link') as [HTMLElement, HTMLElement];
    expect(link.getAttribute('href')).toBe('#/article/a-0?q=%E5%8F%8C%E5%BE%AA%E7%8E%AF');
    expect(onPage.textContent).toBe('在版面上查看');
    expect(onPage.getAttribute('href')).toBe('#/issue/zxb-2024-03-05?page=2&mark=a-0&q=%E5%8F%8C%E5%BE%AA%E7%8E%AF');
    expect(link.textContent).toContain('人民政协报 · 2024年3月5日 星期二 · 第 2 版 · 要闻');
    const marks = [...link.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['双循环', '双循环']);
    expect(link.querySelector('.search-hit-snippet')?.textContent).toMatch(/^…加快构建.*双循环.*（第0篇）…$/);
  });

  it('asks for the query with the sort and filters the address names', async () => {
    const { api } = renderWithApi(
      <SearchView search={{ query: '政协', paperId: 'zxb', from: '2024-01-01', to: '2024-12-31', sort: 'date' }} />,
      fakeWith(1),
    );

    await screen.findByText('找到 1 篇文章');
    expect(api.callsTo('search')).toEqual([
      { query: '政协', sort: 'date', paperId: 'zxb', from: '2024-01-01', to: '2024-12-31', limit: 100, offset: 0 },
    ]);
  });

  it('narrows to a paper or a year with the chips, and widens again from a chosen chip', async () => {
    renderWithApi(<SearchView search={{ query: '双循环', paperId: 'zxb', sort: 'relevance' }} />, fakeWith(3));

    const papers = await screen.findByRole('group', { name: '报纸' });
    const chosen = within(papers).getByRole('link', { name: '人民政协报（2）' });
    expect(chosen.getAttribute('aria-current')).toBe('true');
    expect(chosen.getAttribute('href')).toBe('#/search?q=%E5%8F%8C%E5%BE%AA%E7%8E%AF');
    expect(within(papers).getByRole('link', { name: '人民日报（1）' }).getAttribute('href')).toBe(
      '#/search?q=%E5%8F%8C%E5%BE%AA%E7%8E%AF&paper=rmrb',
    );
    const years = screen.getByRole('group', { name: '年份' });
    expect(within(years).getByRole('link', { name: '2021（1）' }).getAttribute('href')).toBe(
      '#/search?q=%E5%8F%8C%E5%BE%AA%E7%8E%AF&paper=zxb&from=2021-01-01&to=2021-12-31',
    );
    expect(screen.getByRole('link', { name: '清除筛选' }).getAttribute('href')).toBe('#/search?q=%E5%8F%8C%E5%BE%AA%E7%8E%AF');
  });

  it('sorts by relevance or by date', async () => {
    renderWithApi(<SearchView search={{ query: '政协', sort: 'relevance' }} />, fakeWith(1));

    const sort = await screen.findByRole('group', { name: '排序' });
    expect(within(sort).getByRole('link', { name: '相关度' }).getAttribute('aria-current')).toBe('true');
    expect(within(sort).getByRole('link', { name: '日期' }).getAttribute('href')).toBe('#/search?q=%E6%94%BF%E5%8D%8F&sort=date');
  });

  it('loads the next page of results when asked', async () => {
    const { api } = renderWithApi(<SearchView search={{ query: '双循环', sort: 'relevance' }} />, fakeWith(150));
    await screen.findByText('找到 150 篇文章');
    const list = screen.getByRole('list');
    expect(list.querySelector('[aria-setsize]')?.getAttribute('aria-setsize')).toBe('101');

    const scroller = list.parentElement as HTMLElement;
    scroller.scrollTop = 100 * 9.5 * 16;
    fireEvent.scroll(scroller);
    fireEvent.click(await screen.findByRole('button', { name: '再显示 50 条' }));

    await waitFor(() => expect(list.querySelector('[aria-setsize]')?.getAttribute('aria-setsize')).toBe('150'));
    expect(api.callsTo('search').at(-1)).toMatchObject({ offset: 100, limit: 100 });
  });

  it('says so when nothing is found, in Chinese and in English', async () => {
    renderWithApi(<SearchView search={{ query: '无此词', sort: 'relevance' }} />, fakeWith(0));
    expect(await screen.findByText('没有找到包含“无此词”的文章或文档。')).toBeTruthy();
    cleanup();

    const api = fakeWith(0);
    api.archive.settings.locale = 'en';
    renderWithApi(<SearchView search={{ query: 'none', sort: 'relevance' }} />, api);
    expect(await screen.findByText('No article or document contains “none”.')).toBeTruthy();
  });

  it('shows the error and tries again on Retry', async () => {
    const api = fakeWith(1);
    api.failNext('search', new JianbaoError('INVALID_ARGUMENT', '查询中没有可查找的词'));
    renderWithApi(<SearchView search={{ query: '，', sort: 'relevance' }} />, api);

    expect((await screen.findByRole('alert')).textContent).toContain('查询中没有可查找的词');
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('找到 1 篇文章')).toBeTruthy();
  });

  it('asks for a query when there is none', () => {
    const { api } = renderWithApi(<SearchView search={{ query: ' ', sort: 'relevance' }} />);
    expect(screen.getByText('在上方的搜索框里输入要找的词，按回车。')).toBeTruthy();
    expect(api.callsTo('search')).toEqual([]);
  });
});

describe('the search field in the header', () => {
  it('takes the focus on Ctrl+K, searches on Enter and lets go on Esc', async () => {
    window.location.hash = '#/article/a-lead';
    render(<App api={fakeWith(1)} pdfEngine={new FakePdfEngine()} />);
    await screen.findByRole('heading', { level: 1, name: '小院议事 家门口的协商' });
    const field = screen.getByRole('searchbox', { name: '搜索全部报纸' });

    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: ' 双循环 ' } });
    fireEvent.submit(field);
    await waitFor(() => expect(window.location.hash).toBe('#/search?q=%E5%8F%8C%E5%BE%AA%E7%8E%AF'));
    expect(await screen.findByText('找到 1 篇文章')).toBeTruthy();

    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    fireEvent.change(field, { target: { value: '别的' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(document.activeElement).not.toBe(field);
    expect((field as HTMLInputElement).value).toBe('双循环');
    expect(window.location.hash).toBe('#/search?q=%E5%8F%8C%E5%BE%AA%E7%8E%AF');
  });
});

describe('a standalone document among the results', () => {
  it('is shown with its title and snippet, and opens in the document view', async () => {
    const api = new FakeJianbaoApi();
    const report = { ...hit(0), kind: 'document', articleId: 'doc-report', title: '政府工作报告', titleHits: [], issueId: '', paperId: '', paperName: '', pageNumber: 0, section: '' };
    api.searchAnswer = () => ({ total: 1, offset: 0, limit: 100, hits: [report as SearchHit], facets: { papers: [], years: [] } });
    renderWithApi(<SearchView search={{ query: '双循环', sort: 'relevance' }} />, api);

    const title = await screen.findByText('政府工作报告');
    const row = title.closest('.search-hit') as HTMLElement;
    expect(row.getAttribute('href')).toBe('#/document/doc-report?q=%E5%8F%8C%E5%BE%AA%E7%8E%AF');
    expect(row.textContent).toContain('文件 · 2024年3月5日 星期二');
    expect(row.querySelector('mark')?.textContent).toBe('双循环');
  });
});

describe('search fixes a reader preparing a meeting asked for', () => {
  it('quotes a quoted query once in the heading', async () => {
    renderWithApi(<SearchView search={{ query: '“国内国际”', sort: 'relevance' }} />, fakeWith(1));
    expect(await screen.findByRole('heading', { level: 1, name: '“国内国际”的搜索结果' })).toBeTruthy();
  });

  it('counts documents as documents and names their facet in the UI’s language', async () => {
    const api = new FakeJianbaoApi();
    const report = { ...hit(9), kind: 'document', articleId: 'doc-1', issueId: '', paperId: '', paperName: '', pageNumber: 0, section: '' } as SearchHit;
    api.searchAnswer = () => ({
      total: 3,
      offset: 0,
      limit: 100,
      hits: [hit(0), hit(1), report],
      facets: { papers: [{ value: 'zxb', label: '人民政协报', count: 2 }, { value: '', label: '文档 Documents', count: 1 }], years: [] },
    });
    renderWithApi(<SearchView search={{ query: '双循环', sort: 'relevance' }} />, api);
    expect(await screen.findByText('找到 2 篇文章、1 份文档')).toBeTruthy();
    expect(within(screen.getByRole('group', { name: '报纸' })).getByRole('link', { name: '文档（1）' })).toBeTruthy();
  });

  it('narrows to a date range and a section from its form', async () => {
    renderWithApi(<SearchView search={{ query: '政协', sort: 'relevance' }} />, fakeWith(2));
    const range = await screen.findByRole('group', { name: '日期和版面' });
    fireEvent.change(within(range).getByLabelText('从'), { target: { value: '2024-01-01' } });
    fireEvent.change(within(range).getByLabelText('至'), { target: { value: '2024-06-30' } });
    fireEvent.change(within(range).getByLabelText('版面'), { target: { value: '要闻' } });
    fireEvent.click(within(range).getByRole('button', { name: '筛选' }));
    expect(window.location.hash).toBe('#/search?q=%E6%94%BF%E5%8D%8F&section=%E8%A6%81%E9%97%BB&from=2024-01-01&to=2024-06-30');
  });

  it('asks the core for the section the address names', async () => {
    const { api } = renderWithApi(<SearchView search={{ query: '政协', section: '要闻', sort: 'relevance' }} />, fakeWith(1));
    await screen.findByText('找到 1 篇文章');
    expect(api.callsTo('search')[0]).toMatchObject({ section: '要闻' });
  });
});

