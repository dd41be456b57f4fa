import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { JianbaoError } from '../../../shared/errors';
import { FakeJianbaoApi } from '../test/fake-api';
import { renderWithApi } from '../test/render-with-api';
import { LibraryView } from './LibraryView';

afterEach(cleanup);

describe('LibraryView', () => {
  it('groups issues by month, newest first', async () => {
    renderWithApi(<LibraryView />);

    await screen.findByText('2024年3月');
    const months = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(months).toEqual(['2024年3月', '2024年2月', '2023年12月']);
    const march = screen.getByRole('region', { name: '2024年3月' });
    const links = within(march).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#/issue/zxb-2024-03-12',
      '#/issue/zxb-2024-03-05',
    ]);
  });

  it('shows paper, date, issue number, page count and lead title of each issue', async () => {
    renderWithApi(<LibraryView />);

    const card = await screen.findByRole('link', { name: /2024年3月5日/ });
    expect(within(card).getByText('人民政协报')).toBeTruthy();
    expect(within(card).getByText('2024年3月5日 星期二')).toBeTruthy();
    expect(within(card).getByText('总第6001期')).toBeTruthy();
    expect(within(card).getByText('3 版')).toBeTruthy();
    expect(within(card).getByText('小院议事 家门口的协商')).toBeTruthy();
  });

  it('leaves out the issue number where it is not known', async () => {
    renderWithApi(<LibraryView />);

    const card = await screen.findByRole('link', { name: /2023年12月29日/ });
    expect(card.textContent).not.toContain('总第');
    expect(within(card).getByText('1 版')).toBeTruthy();
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
    expect(alert.textContent).toContain('档案正被另一个程序使用 / The archive is in use by another program');

    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));

    expect(screen.getByText('正在加载…')).toBeTruthy();
    expect(await screen.findByText('2024年3月')).toBeTruthy();
  });
});
