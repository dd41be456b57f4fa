import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeJianbaoApi } from '../test/fake-api';
import { renderWithApi } from '../test/render-with-api';
import { IssueView } from './IssueView';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

function articleList() {
  return screen.getByRole('list', { name: '本版文章' });
}

describe('IssueView', () => {
  it('heads the issue with its paper, date and issue number', async () => {
    renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={null} />);

    expect(await screen.findByRole('heading', { level: 1, name: '人民政协报' })).toBeTruthy();
    expect(screen.getAllByText('2024年3月5日 星期二').length).toBeGreaterThan(0);
    expect(screen.getByText('总第6001期')).toBeTruthy();
  });

  it('lists the pages as 第 N 版 · 栏目', async () => {
    renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={null} />);

    const pages = await screen.findByRole('navigation', { name: '版面' });
    expect(within(pages).getAllByRole('button').map((button) => button.textContent)).toEqual([
      '第 1 版 · 要闻',
      '第 2 版 · 精选',
      '第 3 版 · 关注',
    ]);
  });

  it('shows the articles of the chosen page, with kicker and byline', async () => {
    renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={null} />);
    const lead = await screen.findByRole('link', { name: /小院议事 家门口的协商/ });
    expect(lead.getAttribute('href')).toBe('#/article/a-lead');
    expect(within(articleList()).getByText('春日调研走进社区')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '第 2 版 · 精选' }));

    const feature = within(articleList()).getByRole('link', { name: /把提案写在田埂上/ });
    expect(feature.getAttribute('href')).toBe('#/article/a-feature');
    // The □ the paper prints before a byline would look like a checkbox in a list.
    expect(within(articleList()).getByText('本报记者 何清')).toBeTruthy();
    expect(within(articleList()).queryByText(/□/)).toBeNull();
    expect(screen.queryByRole('link', { name: /小院议事/ })).toBeNull();
    expect(screen.getByRole('button', { name: '第 2 版 · 精选' }).getAttribute('aria-pressed')).toBe('true');
    expect(window.location.hash).toBe('#/issue/zxb-2024-03-05?page=2');
  });

  it('opens on the page the address asks for and steps with previous and next', async () => {
    renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={2} />);
    expect(await screen.findByRole('link', { name: /把提案写在田埂上/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /下一版/ }));
    expect(screen.getByText('这一版没有可读的文章。')).toBeTruthy();
    expect((screen.getByRole('button', { name: /下一版/ }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: /上一版/ }));
    fireEvent.click(screen.getByRole('button', { name: /上一版/ }));
    expect(screen.getByRole('link', { name: /小院议事/ })).toBeTruthy();
    expect((screen.getByRole('button', { name: /上一版/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('fetches the issue again when the library changes', async () => {
    const api = new FakeJianbaoApi();
    renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={null} />, api);
    await screen.findByRole('link', { name: /小院议事/ });

    const lead = api.archive.articles.find((article) => article.id === 'a-lead');
    if (lead) lead.title = '小院议事 更新后的标题';
    act(() => api.emit('onDidChangeLibrary', { reason: 'import' }));

    expect(await screen.findByRole('link', { name: /更新后的标题/ })).toBeTruthy();
    await waitFor(() => expect(api.callsTo('getIssue')).toHaveLength(2));
  });

  it('says so when the archive has no such issue', async () => {
    renderWithApi(<IssueView issueId="nope" pageNumber={null} />);

    expect(await screen.findByText('档案里没有这一期，它可能已被移除。')).toBeTruthy();
  });
});
