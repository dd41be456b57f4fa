import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { listedAnnotation } from '../test/annotation-list-fixtures';
import { FakeJianbaoApi } from '../test/fake-api';
import { FakePdfEngine } from '../test/fake-pdf-engine';

const downloads: string[] = [];

beforeEach(() => {
  downloads.length = 0;
  URL.createObjectURL = vi.fn(() => 'blob:jianbao/export');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.location.hash = '';
});

function renderAt(hash: string) {
  const api = new FakeJianbaoApi();
  api.annotationList = [
    listedAnnotation(api.archive, { articleId: 'a-lead', exact: '听居民讲楼道照明的难处', color: 'green', tags: ['提案'] }),
    listedAnnotation(api.archive, { articleId: 'a-feature', exact: '手绘的灌渠草图', color: 'pink' }),
  ];
  window.location.hash = hash;
  render(<App api={api} pdfEngine={new FakePdfEngine()} />);
  return api;
}

describe('export from the 批注 view', () => {
  it('exports what the filters show, in the chosen format, and downloads the file', async () => {
    const api = renderAt('#/annotations?color=green&tag=提案&q=楼道');
    fireEvent.click(await screen.findByRole('button', { name: 'Word 摘编' }));
    expect(await screen.findByText(/已导出 .* 条批注：批注\.docx/)).toBeTruthy();
    expect(api.callsTo('exportAnnotations')).toEqual([{ scope: { kind: 'filter', filter: { colors: ['green'], tags: ['提案'], text: '楼道' } }, format: 'docx' }]);
    expect(downloads).toEqual(['批注.docx']);
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    await waitFor(() => expect(downloads).toEqual(['批注.docx', '批注.md']));
  });

  it('links to the print view of the same digest', async () => {
    renderAt('#/annotations?tag=提案');
    const link = await screen.findByRole('link', { name: '打印视图' });
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toBe('#/digest?scope={"kind":"filter","filter":{"tags":["提案"]}}');
  });

  it("says what a colleague's file added, updated, kept and skipped", async () => {
    const api = renderAt('#/annotations');
    api.annotationImportReport = { added: 2, updated: 1, kept: 0, skipped: [{ id: 'urn:uuid:x', reason: '找不到文章 / no such article' }] };
    const input = (await screen.findByTestId('import-annotations-file')) as HTMLInputElement;
    const file = new File(['{"type":"AnnotationCollection"}'], '同事.jsonld', { type: 'application/ld+json' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText('同事.jsonld：新增 2 条，更新 1 条，保留本地较新的 0 条，跳过 1 条。')).toBeTruthy();
    expect(screen.getByRole('list', { name: '跳过的批注' }).textContent).toContain('找不到文章');
    expect(api.callsTo('importAnnotationFile')).toEqual([{ name: '同事.jsonld', text: '{"type":"AnnotationCollection"}' }]);
  });
});
