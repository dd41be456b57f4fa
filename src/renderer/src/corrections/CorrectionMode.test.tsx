import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageCorrections } from '../../../shared/layout-corrections';
import { originalUrl } from '../replica/replica-url';
import { FakeJianbaoApi } from '../test/fake-api';
import { FakePdfEngine } from '../test/fake-pdf-engine';
import { renderWithApi } from '../test/render-with-api';
import { IssueView } from '../views/IssueView';
import { LibraryView } from '../views/LibraryView';
import { PagesToCorrectView } from './PagesToCorrectView';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const sha = 'b'.repeat(64);
const issueId = 'zxb-2024-03-05';

function analysedPage(): PageCorrections {
  const block = (id: string, role: PageCorrections['blocks'][number]['role'], text: string, y: number) => ({ id, role, text, rect: { x: 40, y, width: 300, height: 40 }, fontSize: 12 });
  return {
    issueId,
    pageNumber: 1,
    hasAnalysis: true,
    width: 800,
    height: 1130,
    blocks: [block('t1', 'title', '小院议事 家门口的协商', 80), block('p1', 'body', '第一篇的正文。', 130), block('t2', 'title', '委员读书活动启动', 500), block('p2', 'body', '第二篇的正文。', 550), block('ad', 'furniture', '广告', 1000)],
    articles: [
      { articleId: 'a-lead', title: '小院议事 家门口的协商', blockIds: ['t1', 'p1'], areas: [{ x: 40, y: 80, width: 300, height: 90 }], confidence: 0.5 },
      { articleId: 'a-brief', title: '委员读书活动启动', blockIds: ['t2', 'p2'], areas: [{ x: 40, y: 500, width: 300, height: 90 }], confidence: 0.5 },
    ],
    corrections: [],
    unapplied: [],
    confidence: 0.5,
    isReviewed: false,
  };
}

function setUp(pageNumber = 1) {
  const api = new FakeJianbaoApi();
  const issue = api.archive.issues.find((candidate) => candidate.id === issueId);
  issue?.pages.forEach((page, pageIndex) => {
    page.replica = { sha256: sha, ext: 'pdf', pageIndex };
  });
  api.pageCorrections.set(`${issueId}:1`, analysedPage());
  const size = { width: 800, height: 1130 };
  const engine = new FakePdfEngine({ [originalUrl({ sha256: sha, ext: 'pdf' })]: [{ size, text: ['小院议事'] }, { size, text: [] }, { size, text: [] }] });
  renderWithApi(<IssueView issueId={issueId} pageNumber={pageNumber} />, api, engine);
  return api;
}

async function startCorrecting() {
  fireEvent.click(await screen.findByRole('button', { name: '校对' }));
  return screen.findByRole('group', { name: '本版的文字块' });
}

describe('the correction mode of a page', () => {
  it('offers 校对 only on a page with a layout analysis', async () => {
    const api = setUp(2);
    await waitFor(() => expect(api.callsTo('listPageCorrections')).toEqual([{ issueId, pageNumber: 2 }]));
    await screen.findByRole('toolbar', { name: /版面/ });
    expect(screen.queryByRole('button', { name: '校对' })).toBeNull();
  });

  it('merges two articles by picking a block of each, saves at once, and undoes with Ctrl+Z', async () => {
    const api = setUp();
    const blocks = await startCorrecting();
    fireEvent.click(within(blocks).getByRole('button', { name: /^标题（小院议事/ }));
    fireEvent.click(screen.getByRole('button', { name: '与另一篇合并' }));
    expect(screen.getByText(/请点选要并入的另一篇文章/)).toBeTruthy();
    // The keyboard starts at the first block of another article.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^标题（委员读书活动启动/));
    fireEvent.click(within(blocks).getByRole('button', { name: /^正文（委员读书活动启动/ }));
    await waitFor(() => expect(api.callsTo('applyPageCorrection')).toEqual([{ issueId, pageNumber: 1, correction: { kind: 'merge', blockId: 't1', otherBlockId: 'p2' } }]));
    await screen.findByText('已合并两篇文章。', { exact: false });

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(api.callsTo('undoPageCorrection')).toEqual([{ issueId, pageNumber: 1, correctionId: 'corr-1' }]));
    await screen.findByText('已撤销。', { exact: false });
  });

  it('sets a block’s role from the keyboard-reachable list, and splits an article at a block', async () => {
    const api = setUp();
    const blocks = await startCorrecting();
    fireEvent.click(within(blocks).getByRole('button', { name: /^正文（小院议事/ }));
    fireEvent.change(screen.getByLabelText('这一块是'), { target: { value: 'byline' } });
    await waitFor(() => expect(api.callsTo('applyPageCorrection')).toHaveLength(1));
    fireEvent.click(await screen.findByRole('button', { name: '从这一块拆成新的一篇' }));
    await waitFor(() =>
      expect(api.callsTo('applyPageCorrection').map((c) => (c as { correction: unknown }).correction)).toEqual([
        { kind: 'role', blockId: 'p1', role: 'byline' },
        { kind: 'split', blockId: 'p1' },
      ]),
    );
    expect(screen.getByRole('heading', { name: '本版的校对（2）' })).toBeTruthy();
  });

  it('redraws an article’s area from the keyboard, starting from the area it has, and not while composing', async () => {
    const api = setUp();
    const blocks = await startCorrecting();
    fireEvent.click(within(blocks).getByRole('button', { name: /^正文（小院议事/ }));
    fireEvent.click(screen.getByRole('button', { name: '重画文章区域' }));
    const drawer = screen.getByRole('application', { name: /方向键移动/ });
    expect(document.activeElement).toBe(drawer);
    fireEvent.keyDown(drawer, { key: 'ArrowRight' });
    fireEvent.keyDown(drawer, { key: 'ArrowRight' });
    fireEvent.keyDown(drawer, { key: 'ArrowDown', shiftKey: true });
    fireEvent.keyDown(drawer, { key: 'Enter', isComposing: true });
    expect(api.callsTo('applyPageCorrection')).toEqual([]);
    fireEvent.keyDown(drawer, { key: 'Enter' });
    await waitFor(() =>
      expect(api.callsTo('applyPageCorrection')).toEqual([
        { issueId, pageNumber: 1, correction: { kind: 'redraw', blockId: 'p1', areas: [{ x: 50, y: 80, width: 300, height: 95 }] } },
      ]),
    );
  });

  it('lists a correction whose blocks are gone as not applied, and lets it be undone', async () => {
    const api = new FakeJianbaoApi();
    const page = analysedPage();
    const lost = { kind: 'merge' as const, blockId: 't1', otherBlockId: 'gone', id: 'corr-9', created: new Date(0).toISOString() };
    api.pageCorrections.set(`${issueId}:1`, { ...page, corrections: [lost], unapplied: [{ correction: lost, reason: 'missing-block' }] });
    const issue = api.archive.issues.find((candidate) => candidate.id === issueId);
    issue?.pages.forEach((p, pageIndex) => {
      p.replica = { sha256: sha, ext: 'pdf', pageIndex };
    });
    const size = { width: 800, height: 1130 };
    const engine = new FakePdfEngine({ [originalUrl({ sha256: sha, ext: 'pdf' })]: [{ size, text: [] }, { size, text: [] }, { size, text: [] }] });
    renderWithApi(<IssueView issueId={issueId} pageNumber={1} />, api, engine);
    await startCorrecting();
    expect(screen.getByText('1 条校对找不到它所指的文字块，仍然保留。')).toBeTruthy();
    expect(screen.getByText('（找不到所指的文字块，未应用）')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '撤销 合并' }));
    await waitFor(() => expect(api.callsTo('undoPageCorrection')).toEqual([{ issueId, pageNumber: 1, correctionId: 'corr-9' }]));
  });

  it('does not open an article when a block is clicked in correction mode', async () => {
    setUp();
    const blocks = await startCorrecting();
    fireEvent.click(within(blocks).getByRole('button', { name: /^标题（委员读书活动启动/ }));
    expect(window.location.hash).toBe('');
  });
});

describe('the 待校对 list in the library', () => {
  it('links to the list while a page is on it', async () => {
    const api = new FakeJianbaoApi();
    api.pagesToCorrect = [{ issueId, paperName: '政协报', date: '2024-03-05', pageNumber: 1, section: '要闻', confidence: 0.4, unappliedCount: 0 }];
    renderWithApi(<LibraryView />, api);
    expect((await screen.findByRole('link', { name: '待校对的版面 (1)' })).getAttribute('href')).toBe('#/corrections');
  });

  it('lists each page with how sure its analysis was and what did not apply, linked to the page', async () => {
    const api = new FakeJianbaoApi();
    api.pagesToCorrect = [
      { issueId, paperName: '政协报', date: '2024-03-05', pageNumber: 2, section: '', confidence: 0.42, unappliedCount: 2 },
    ];
    renderWithApi(<PagesToCorrectView />, api);
    const link = await screen.findByRole('link', { name: /政协报 .* 第 2 版/ });
    expect(link.getAttribute('href')).toBe(`#/issue/${issueId}?page=2`);
    expect(link.closest('li')?.textContent).toContain('把握 42%');
    expect(link.closest('li')?.textContent).toContain('2 条校对未能应用');
  });

  it('says so when no page needs correcting', async () => {
    renderWithApi(<PagesToCorrectView />);
    expect(await screen.findByText('没有待校对的版面。')).toBeTruthy();
  });
});
