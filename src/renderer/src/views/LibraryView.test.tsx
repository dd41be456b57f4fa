import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { JianbaoError } from '../../../shared/errors';
import type { IssueSummary } from '../../../shared/model';
import { FakeJianbaoApi } from '../test/fake-api';
import { renderWithApi } from '../test/render-with-api';
import { LibraryView } from './LibraryView';
import { issueRows } from './library/IssueList';

afterEach(cleanup);

function issueList() {
  return screen.findByRole('list', { name: '期次列表' });
}

function calendar() {
  return screen.getByRole('region', { name: '往期日历' });
}

describe('LibraryView', () => {
  it('lists issues by month, newest first', async () => {
    renderWithApi(<LibraryView />);

    const list = await issueList();
    const months = within(list).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(months).toEqual(['2024年3月2 期', '2024年2月1 期', '2023年12月1 期']);
    expect(within(list).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '#/issue/zxb-2024-03-12',
      '#/issue/zxb-2024-03-05',
      '#/issue/zxb-2024-02-27',
      '#/issue/zxb-2023-12-29',
    ]);
  });

  it('shows paper, date, issue number, page count and lead title of each issue', async () => {
    renderWithApi(<LibraryView />);

    const row = within(await issueList()).getByRole('link', { name: /2024年3月5日/ });
    expect(within(row).getByText('人民政协报')).toBeTruthy();
    expect(within(row).getByText('2024年3月5日 星期二')).toBeTruthy();
    expect(within(row).getByText('总第6001期')).toBeTruthy();
    expect(within(row).getByText('3 版')).toBeTruthy();
    expect(within(row).getByText('小院议事 家门口的协商')).toBeTruthy();
  });

  it('leaves out the issue number where it is not known', async () => {
    renderWithApi(<LibraryView />);

    const row = within(await issueList()).getByRole('link', { name: /2023年12月29日/ });
    expect(row.textContent).not.toContain('总第');
    expect(within(row).getByText('1 版')).toBeTruthy();
  });

  it('puts one issue in the tab order and moves through the others with the arrow keys', async () => {
    renderWithApi(<LibraryView />);
    const links = within(await issueList()).getAllByRole('link');
    expect(links.map((link) => link.tabIndex)).toEqual([0, -1, -1, -1]);

    links[0]?.focus();
    fireEvent.keyDown(links[0] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('href')).toBe('#/issue/zxb-2024-03-05');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'End' });
    expect(document.activeElement?.getAttribute('href')).toBe('#/issue/zxb-2023-12-29');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Home' });
    expect(document.activeElement?.getAttribute('href')).toBe('#/issue/zxb-2024-03-12');
  });

  it('shows the months that have issues in the calendar and opens an issue from its day', async () => {
    renderWithApi(<LibraryView />);
    await issueList();

    const months = within(calendar()).getByRole('group', { name: '月份' });
    const enabled = within(months)
      .getAllByRole('button')
      .filter((button) => !(button as HTMLButtonElement).disabled)
      .map((button) => button.textContent);
    expect(enabled).toEqual(['2月', '3月']);
    expect(within(calendar()).getByRole('table', { name: '2024年3月' })).toBeTruthy();
    const day = within(calendar()).getByRole('link', { name: /2024年3月12日/ });
    expect(day.textContent).toBe('12');
    expect(day.getAttribute('href')).toBe('#/issue/zxb-2024-03-12');

    fireEvent.change(within(calendar()).getByRole('combobox', { name: '年份' }), { target: { value: '2023' } });
    expect(within(calendar()).getByRole('table', { name: '2023年12月' })).toBeTruthy();
    expect(within(calendar()).getByRole('link', { name: /2023年12月29日/ }).getAttribute('href')).toBe('#/issue/zxb-2023-12-29');
  });

  it('offers to continue with the article read last', async () => {
    const api = new FakeJianbaoApi();
    api.archive.reading.last = { kind: 'article', articleId: 'a-feature' };
    renderWithApi(<LibraryView />, api);

    const region = await screen.findByRole('region', { name: '继续阅读' });
    const link = within(region).getByRole('link', { name: /把提案写在田埂上/ });
    expect(link.getAttribute('href')).toBe('#/article/a-feature');
    expect(link.textContent).toContain('第 2 版 · 精选');
  });

  it('offers to continue with the page read last, named by its issue', async () => {
    const api = new FakeJianbaoApi();
    api.archive.reading.last = { kind: 'page', issueId: 'zxb-2024-03-05', pageNumber: 2 };
    renderWithApi(<LibraryView />, api);

    const region = await screen.findByRole('region', { name: '继续阅读' });
    const link = within(region).getByRole('link');
    expect(link.getAttribute('href')).toBe('#/issue/zxb-2024-03-05?page=2');
    expect(link.textContent).toBe('人民政协报 · 2024年3月5日 星期二第 2 版 · 精选');
  });

  it('lists the documents apart from the papers', async () => {
    renderWithApi(<LibraryView />);

    const documents = await screen.findByRole('list', { name: '文件' });
    expect(within(documents).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '关于加强农村供水保障的提案提案3 页',
      '政府工作报告报告12 页',
    ]);
  });

  it('explains an empty archive', async () => {
    const api = new FakeJianbaoApi();
    api.archive.issues = [];
    renderWithApi(<LibraryView />, api);

    expect(await screen.findByText('档案里还没有报纸。')).toBeTruthy();
  });

  it('shows the error message and lists the issues after a retry', async () => {
    const api = new FakeJianbaoApi();
    api.failNext('listIssues', new JianbaoError('LOCKED', '档案正被另一个程序使用 / The archive is in use by another program'));
    renderWithApi(<LibraryView />, api);

    const alert = await screen.findByRole('alert');
    // The core's bilingual message, in the UI's language only.
    expect(alert.textContent).toContain('档案正被另一个程序使用');
    expect(alert.textContent).not.toContain('The archive is in use');

    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));

    expect(screen.getByText('正在加载…')).toBeTruthy();
    expect(await issueList()).toBeTruthy();
  });
});

describe('issueRows', () => {
  it('heads each month with its count and keeps 10,000 issues in date order', () => {
    const issues: IssueSummary[] = Array.from({ length: 10_000 }, (_, i) => {
      const date = new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return { id: `i-${i}`, paperId: 'p', paperName: '报', date, pageCount: 4, articleCount: 8 };
    });
    const rows = issueRows(issues);
    const headers = rows.filter((row) => row.kind === 'month');
    expect(rows).toHaveLength(10_000 + headers.length);
    expect(rows[0]).toMatchObject({ kind: 'month', key: '2017-05' });
    expect(headers.reduce((sum, row) => sum + (row.kind === 'month' ? row.count : 0), 0)).toBe(10_000);
  });
});
