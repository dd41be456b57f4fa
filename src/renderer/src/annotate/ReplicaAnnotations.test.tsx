import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { pageUrn } from '../../../shared/page-annotation';
import { originalUrl } from '../replica/replica-url';
import { FakeJianbaoApi } from '../test/fake-api';
import { FakePdfEngine } from '../test/fake-pdf-engine';
import { renderWithApi } from '../test/render-with-api';
import { IssueView } from '../views/IssueView';

afterEach(() => {
  cleanup();
  window.getSelection()?.removeAllRanges();
  window.location.hash = '';
});

const sha = 'b'.repeat(64);
const url = originalUrl({ sha256: sha, ext: 'pdf' });
const issueId = 'zxb-2024-03-05';
// What page 1's text layer shows: a masthead line in no article, then a line of the lead article.
const runs = ['本报讯 图片新闻', '几位委员正围着一张旧木桌，听居民讲楼道照明的难处。'];

function withReplica(): { api: FakeJianbaoApi; engine: FakePdfEngine } {
  const api = new FakeJianbaoApi();
  const issue = api.archive.issues.find((candidate) => candidate.id === issueId);
  issue?.pages.forEach((page, pageIndex) => {
    page.replica = { sha256: sha, ext: 'pdf', pageIndex };
  });
  const size = { width: 800, height: 1130 };
  const engine = new FakePdfEngine({ [url]: [{ size, text: runs }, { size, text: [] }, { size, text: [] }] });
  return { api, engine };
}

/** Selects `phrase` in the page's text layer and says so. */
async function selectOnPage(phrase: string): Promise<void> {
  const span = await screen.findByText((_, element) => element?.tagName === 'SPAN' && element.closest('.textLayer') !== null && (element.textContent ?? '').includes(phrase));
  const node = span.firstChild as Text;
  const at = node.data.indexOf(phrase);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + phrase.length);
  act(() => {
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

async function panel(): Promise<HTMLElement> {
  return screen.findByRole('complementary', { name: '本版批注' });
}

describe('annotating a page replica', () => {
  it('marks text that belongs to no article on the page itself, with its place in the page text', async () => {
    const { api, engine } = withReplica();
    renderWithApi(<IssueView issueId={issueId} pageNumber={1} />, api, engine);
    await selectOnPage('图片新闻');

    fireEvent.click(await screen.findByRole('button', { name: '紫色高亮' }));

    await waitFor(() => expect(api.annotations.onPages).toHaveLength(1));
    expect(api.callsTo('createPageAnnotation')).toEqual([
      { issueId, pageNumber: 1, color: 'purple', text: { exact: '图片新闻', prefix: '本报讯 ', suffix: runs[1], start: 4, end: 8 } },
    ]);
    expect(await within(await panel()).findByText('图片新闻')).toBeTruthy();
  });

  it('marks text printed from an article on the article, so it shows in the article too', async () => {
    const { api, engine } = withReplica();
    renderWithApi(<IssueView issueId={issueId} pageNumber={1} />, api, engine);
    await selectOnPage('楼道照明的难处');
    // The article texts arrive with the page; the toolbar acts once they have.
    await waitFor(() => expect(api.callsTo('getArticle').length).toBeGreaterThan(0));

    fireEvent.click(await screen.findByRole('button', { name: '写批注' }));

    const lead = api.archive.articles.find((a) => a.id === 'a-lead')?.text ?? '';
    const start = lead.indexOf('楼道照明的难处');
    await waitFor(() => expect(api.callsTo('createAnnotation')).toEqual([{ articleId: 'a-lead', start, end: start + 7 }]));
    expect(api.annotations.onPages).toEqual([]);
    const link = await within(await panel()).findByRole('link', { name: '在文章中打开' });
    expect(link.getAttribute('href')).toBe(`#/article/a-lead?a=${encodeURIComponent(api.annotations.stored[0]?.id ?? '')}`);
    expect(await screen.findByRole('dialog', { name: '批注' })).toBeTruthy();
  });

  it('lists a page annotation whose text the page no longer has, and attaches it to new text', async () => {
    const { api, engine } = withReplica();
    const lost = api.annotations.createOnPage({
      issueId,
      pageNumber: 1,
      text: { exact: '已删去的旧标题文字', start: 0, end: 9 },
      comment: '核对原版',
    });
    renderWithApi(<IssueView issueId={issueId} pageNumber={1} />, api, engine);

    const region = await screen.findByRole('region', { name: '版面文字中已找不到（1）' });
    expect(within(region).getByText('核对原版')).toBeTruthy();
    await selectOnPage('本报讯');
    fireEvent.click(within(region).getByRole('button', { name: '锚定到所选文字' }));

    await waitFor(() => expect(api.callsTo('updatePageAnnotation')).toEqual([{ issueId, id: lost.id, text: { exact: '本报讯', suffix: `${runs[0]?.slice(3)}${runs[1]}`.slice(0, 32), start: 0, end: 3 } }]));
    await waitFor(() => expect(screen.queryByRole('region', { name: /版面文字中已找不到/ })).toBeNull());
    expect(lost.target.source).toBe(pageUrn(issueId, 1));
  });

  it('deletes a page annotation from its editor and brings it back with undo', async () => {
    const { api, engine } = withReplica();
    api.annotations.createOnPage({ issueId, pageNumber: 1, regions: [{ x: 10, y: 10, width: 100, height: 80 }], comment: '照片' });
    renderWithApi(<IssueView issueId={issueId} pageNumber={1} />, api, engine);

    fireEvent.click(await screen.findByRole('button', { name: '打开区域批注：照片' }));
    fireEvent.click(await screen.findByRole('button', { name: '删除批注' }));
    await waitFor(() => expect(api.annotations.onPages).toEqual([]));
    fireEvent.click(await screen.findByRole('button', { name: '撤销' }));

    await waitFor(() => expect(api.annotations.onPages.map((a) => a.id)).toHaveLength(1));
    expect(await within(await panel()).findByText('照片')).toBeTruthy();
  });
});
