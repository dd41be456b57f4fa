import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { originalUrl } from '../replica/replica-url';
import { FakeJianbaoApi } from '../test/fake-api';
import { FakePdfEngine } from '../test/fake-pdf-engine';
import { renderWithApi } from '../test/render-with-api';
import { LibraryView } from './LibraryView';
import { DocumentView } from './DocumentView';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const sha = 'c'.repeat(64);
const url = originalUrl({ sha256: sha, ext: 'pdf' });

/** The fake archive's report, with text and a three-page PDF original. */
function withReport(): { api: FakeJianbaoApi; engine: FakePdfEngine } {
  const api = new FakeJianbaoApi();
  const report = api.archive.documents.find((d) => d.id === 'doc-report');
  if (report) Object.assign(report, { pageCount: 3, replica: { sha256: sha, ext: 'pdf' }, date: '2024-03-05' });
  api.getDocument = async ({ documentId }) =>
    documentId === 'doc-report' && report
      ? { ...report, contentHash: 'h', blocks: [{ kind: 'heading', text: '一、过去一年的工作' }, { kind: 'paragraph', text: '经济运行总体平稳。' }], text: '一、过去一年的工作\n经济运行总体平稳。' }
      : null;
  api.documentTexts.set('doc-report', '一、过去一年的工作\n经济运行总体平稳。');
  const size = { width: 600, height: 840 };
  const engine = new FakePdfEngine({ [url]: [{ size, text: ['第一页'] }, { size, text: ['第二页'] }, { size, text: ['第三页'] }] });
  return { api, engine };
}

describe('DocumentView', () => {
  it('is opened from the library’s list of documents', async () => {
    renderWithApi(<LibraryView />);
    const link = await screen.findByRole('link', { name: '政府工作报告' });
    expect(link.getAttribute('href')).toBe('#/document/doc-report');
  });

  it('sets the text of a report as an article is set, under its kind and date', async () => {
    const { api, engine } = withReport();
    renderWithApi(<DocumentView documentId="doc-report" pageNumber={null} />, api, engine);

    expect(await screen.findByRole('heading', { level: 1, name: '政府工作报告' })).toBeTruthy();
    expect(screen.getByText('报告 · 2024年3月5日 星期二')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '一、过去一年的工作' })).toBeTruthy();
    expect(screen.getByText('经济运行总体平稳。').getAttribute('data-text-start')).toBe('10');
  });

  it('shows the pages of the original and turns them', async () => {
    const { api, engine } = withReport();
    window.location.hash = '#/document/doc-report';
    render(<App api={api} pdfEngine={engine} />);
    fireEvent.click(await screen.findByRole('button', { name: '原件' }));

    expect(await screen.findByText('第 1 页，共 3 页')).toBeTruthy();
    expect(window.location.hash).toBe('#/document/doc-report?page=1');
    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    expect(await screen.findByText('第 2 页，共 3 页')).toBeTruthy();
    await waitFor(() => expect(engine.painted.map((p) => p.pageIndex)).toContain(1));
    expect(await screen.findByText('第二页')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '正文' }));
    expect(await screen.findByText('经济运行总体平稳。')).toBeTruthy();
  });

  it('lists what an OFD package carries, says its signature is not verified, and asks for the original page’s annotations', async () => {
    const { api, engine } = withReport();
    const getDocument = api.getDocument;
    api.getDocument = async (args) => {
      const found = await getDocument(args);
      return found && {
        ...found,
        ofd: {
          annotations: [{ page: 1, type: 'Highlight', creator: '李委员', remark: '请核实数据' }],
          signatures: [{ type: 'seal', signer: '某某市政协办公室', provider: '某签章系统' }],
          attachments: [{ name: '附表', format: 'xlsx', size: 2048, isPresent: true }],
          signaturesVerified: false,
        },
      };
    };
    renderWithApi(<DocumentView documentId="doc-report" pageNumber={1} />, api, engine);
    expect((await screen.findByText(/OFD 文件自带的内容/)).textContent).toContain('批注 1 条 · 签章 1 个 · 附件 1 个');
    expect(screen.getByRole('region', { name: '签章与签名' }).textContent).toContain('电子印章 · 签署人：某某市政协办公室 · 签章系统：某签章系统');
    expect(screen.getByRole('note').textContent).toMatch(/没有验证签名/);
    expect(screen.getByRole('region', { name: '文件内批注（只读）' }).textContent).toContain('第 1 页 · Highlight · 李委员：请核实数据');
    expect(screen.getByRole('region', { name: '附件' }).textContent).toContain('附表 (.xlsx) · 2.0 KB');
    // The original's page takes annotations as a newspaper page's replica does.
    await waitFor(() => expect(api.callsTo('listPageAnnotations')).toContainEqual({ issueId: 'doc-report', pageNumber: 1 }));
    expect(await screen.findByRole('complementary', { name: '本版批注' })).toBeTruthy();
  });

  it('says so when the document is not in the archive', async () => {
    const { api, engine } = withReport();
    renderWithApi(<DocumentView documentId="doc-gone" pageNumber={null} />, api, engine);
    expect(await screen.findByText('档案里没有这份文件，它可能已被移除。')).toBeTruthy();
  });

  it('highlights a passage of the document and copies it cited as the document', async () => {
    const { api, engine } = withReport();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithApi(<DocumentView documentId="doc-report" pageNumber={null} />, api, engine);
    const paragraph = await screen.findByText('经济运行总体平稳。');
    const range = document.createRange();
    range.setStart(paragraph.firstChild as Text, 0);
    range.setEnd(paragraph.firstChild as Text, 4);
    act(() => {
      window.getSelection()?.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });

    fireEvent.click(await screen.findByRole('button', { name: '复制并注明出处' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('“经济运行”\n——报告，2024年3月5日，《政府工作报告》'));
    fireEvent.click(screen.getByRole('button', { name: '蓝色高亮' }));

    await waitFor(() => expect(api.callsTo('createAnnotation')).toEqual([{ articleId: 'doc-report', start: 10, end: 14, color: 'blue' }]));
    expect(await screen.findByRole('complementary', { name: '本文批注' })).toBeTruthy();
    window.getSelection()?.removeAllRanges();
  });
});
