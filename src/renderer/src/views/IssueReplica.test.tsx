import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { originalUrl } from '../replica/replica-url';
import { FakeJianbaoApi } from '../test/fake-api';
import { FakePdfEngine } from '../test/fake-pdf-engine';
import { renderWithApi } from '../test/render-with-api';
import { IssueView } from './IssueView';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const sha = 'a'.repeat(64);
const url = originalUrl({ sha256: sha, ext: 'pdf' });

/** The sample archive with a one-PDF replica for issue zxb-2024-03-05 and areas on page 1. */
function withReplica(): { api: FakeJianbaoApi; engine: FakePdfEngine } {
  const api = new FakeJianbaoApi();
  const issue = api.archive.issues.find((candidate) => candidate.id === 'zxb-2024-03-05');
  issue?.pages.forEach((page, pageIndex) => {
    page.replica = { sha256: sha, ext: 'pdf', pageIndex };
  });
  const first = issue?.pages[0];
  if (first) {
    first.areas = [
      { articleId: 'a-lead', rect: { x: 40, y: 80, width: 500, height: 400 } },
      { articleId: 'a-brief', rect: { x: 40, y: 500, width: 240, height: 200 } },
    ];
  }
  const size = { width: 800, height: 1130 };
  const engine = new FakePdfEngine({
    [url]: [
      { size, text: ['小院议事 家门口的协商', '委员读书活动启动', '委员'] },
      { size, text: ['把提案写在田埂上'] },
      { size, text: [] },
    ],
  });
  return { api, engine };
}

describe('IssueView with page replicas', () => {
  it('paints the chosen page and a thumbnail of every page', async () => {
    const { api, engine } = withReplica();
    renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={null} />, api, engine);

    const viewer = await screen.findByRole('region', { name: '第 1 版 · 要闻 版面图' });
    await waitFor(() => expect(viewer.querySelector('.replica-page')?.getAttribute('data-state')).toBe('painted'));
    expect(engine.painted.map((p) => p.pageIndex).sort()).toEqual([0, 0, 1, 2]);
    expect(within(viewer).getAllByText('小院议事 家门口的协商').some((element) => element.closest('.textLayer'))).toBe(true);
  });

  it('makes each article area a link named by its title, and marks the one asked for', async () => {
    const { api, engine } = withReplica();
    renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={1} markedArticleId="a-brief" />, api, engine);

    const areas = await screen.findByRole('navigation', { name: '版面上的文章' });
    const links = within(areas).getAllByRole('link');
    expect(links.map((link) => [link.getAttribute('aria-label'), link.getAttribute('href')])).toEqual([
      ['小院议事 家门口的协商', '#/article/a-lead'],
      ['委员读书活动启动', '#/article/a-brief'],
    ]);
    expect(links[1]?.getAttribute('aria-current')).toBe('true');
    expect(links[1]?.className).toContain('is-marked');
  });

  it('zooms in and out from the toolbar and shows the scale', async () => {
    const { api, engine } = withReplica();
    renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={1} />, api, engine);
    const toolbar = await screen.findByRole('toolbar', { name: '版面缩放' });
    expect(within(toolbar).getByRole('button', { name: '适合宽度' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(within(toolbar).getByRole('button', { name: '放大版面' }));
    expect(within(toolbar).getByText('125%')).toBeTruthy();
    fireEvent.keyDown(window, { key: '-' });
    fireEvent.keyDown(window, { key: '-' });
    expect(within(toolbar).getByText('80%')).toBeTruthy();
  });

  it('turns pages with the arrow keys and moves through the articles with j and k', async () => {
    const { api, engine } = withReplica();
    renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={1} />, api, engine);
    await screen.findByRole('region', { name: '第 1 版 · 要闻 版面图' });

    fireEvent.keyDown(window, { key: 'j' });
    expect(document.activeElement?.textContent).toContain('小院议事 家门口的协商');
    fireEvent.keyDown(window, { key: 'j' });
    expect(document.activeElement?.textContent).toContain('委员读书活动启动');
    fireEvent.keyDown(window, { key: 'k' });
    expect(document.activeElement?.textContent).toContain('小院议事');

    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(await screen.findByRole('region', { name: '第 2 版 · 精选 版面图' })).toBeTruthy();
    expect(window.location.hash).toBe('#/issue/zxb-2024-03-05?page=2');
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(window.location.hash).toBe('#/issue/zxb-2024-03-05?page=1');
  });

  it('finds a phrase in the page text with Ctrl+F and closes with Esc', async () => {
    const { api, engine } = withReplica();
    renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={1} />, api, engine);
    const viewer = await screen.findByRole('region', { name: '第 1 版 · 要闻 版面图' });
    await waitFor(() => expect(viewer.querySelector('[data-state="painted"]')).toBeTruthy());

    fireEvent.keyDown(window, { key: 'f', ctrlKey: true });
    const field = screen.getByRole('searchbox', { name: '在本版中查找' });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: '委员' } });
    expect(screen.getByText('第 1 处，共 2 处')).toBeTruthy();
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByText('第 2 处，共 2 处')).toBeTruthy();
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('records the page as the place to continue reading', async () => {
    const { api, engine } = withReplica();
    renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={2} />, api, engine);
    await waitFor(() =>
      expect(api.callsTo('recordReading')).toContainEqual({ place: { kind: 'page', issueId: 'zxb-2024-03-05', pageNumber: 2 } }),
    );
  });

  it('says so when the replica cannot be opened', async () => {
    const { api, engine } = withReplica();
    engine.failOpen(url);
    renderWithApi(<IssueView issueId="zxb-2024-03-05" pageNumber={1} />, api, engine);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('版面图无法显示');
    await act(async () => {});
  });
});
