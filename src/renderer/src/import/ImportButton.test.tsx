import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/import-types';
import { JianbaoError } from '../../../shared/errors';
import { FakeJianbaoApi } from '../test/fake-api';
import { renderWithApi } from '../test/render-with-api';
import { ImportButton } from './ImportButton';

afterEach(() => {
  cleanup();
  delete window.jianbaoFiles;
  window.location.hash = '';
});

const cppccPath = '/home/reader/cppcc-newspaper-page2.txt';

/** An import of three files: one made an issue of 4 pages, one was known already, one failed. */
const mixedReport: ImportReport = {
  files: [
    { path: cppccPath, status: 'imported', format: 'text', issueId: 'rmzxb-2025-01-15', warnings: [] },
    { path: '/home/reader/old.pdf', status: 'unchanged', format: 'pdf', warnings: [] },
    {
      path: '/home/reader/broken.pdf',
      status: 'failed',
      error: { code: 'UNSUPPORTED_FORMAT', message: '不是 PDF 文件 / Not a PDF file: broken.pdf' },
      warnings: [],
    },
  ],
  issues: [
    {
      id: 'rmzxb-2025-01-15',
      paperId: 'rmzxb',
      paperName: '人民政协报',
      date: '2025-01-15',
      pages: [1, 2, 3, 4].map((number) => ({ number, section: '要闻', hasReplica: false, articleIds: [] })),
      articles: [
        { id: 'a1', pageNumber: 2, title: '把协商平台搭到群众家门口', headings: [], paragraphs: 9, isUpdate: false },
      ],
    },
  ],
  documents: [],
  changedArticleIds: [],
  cancelled: false,
};

function openPanel(api = new FakeJianbaoApi()) {
  renderWithApi(<ImportButton />, api);
  fireEvent.click(screen.getByRole('button', { name: '导入' }));
  return { api, dialog: screen.getByRole('dialog', { name: '导入文件' }) };
}

function typePaths(dialog: HTMLElement, text: string) {
  fireEvent.change(within(dialog).getByLabelText('文件或文件夹的路径'), { target: { value: text } });
}

describe('the import panel', () => {
  it('opens from the header button with the file picker focused, and Esc closes it', () => {
    const { dialog } = openPanel();

    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '选择文件…' }));

    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '导入' }));
  });

  it('keeps Tab inside the dialog', () => {
    const { dialog } = openPanel();
    const start = within(dialog).getByRole('button', { name: '开始导入' });
    start.focus();

    fireEvent.keyDown(start, { key: 'Tab' });

    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '关闭' }));
  });

  it('opens in the desktop app with the path field focused', () => {
    window.jianbaoFiles = { pathOf: (file) => `/picked/${file.name}` };
    const { dialog } = openPanel();
    expect(document.activeElement).toBe(within(dialog).getByLabelText('文件或文件夹的路径'));
  });

  it('asks for files or a path when none is given, and imports nothing', async () => {
    const { api, dialog } = openPanel();
    typePaths(dialog, '  \n ');

    fireEvent.click(within(dialog).getByRole('button', { name: '开始导入' }));

    expect(within(dialog).getByRole('alert').textContent).toBe('请选择文件，或输入至少一个路径。');
    await Promise.resolve();
    expect(api.callsTo('importFiles')).toEqual([]);
  });

  it('imports the typed paths with the paper and date, following the progress', async () => {
    const api = new FakeJianbaoApi();
    api.holdImports();
    const { dialog } = openPanel(api);
    typePaths(dialog, `${cppccPath}\n\n/home/reader/old.pdf\n`);
    fireEvent.change(within(dialog).getByLabelText('报纸名称（可选）'), { target: { value: ' 人民政协报 ' } });
    fireEvent.change(within(dialog).getByLabelText('出版日期（可选）'), { target: { value: '2025-01-15' } });

    fireEvent.click(within(dialog).getByRole('button', { name: '开始导入' }));

    await waitFor(() =>
      expect(api.callsTo('importFiles')).toEqual([
        { paths: [cppccPath, '/home/reader/old.pdf'], paper: '人民政协报', date: '2025-01-15' },
      ]),
    );
    expect(within(dialog).getByText('正在准备…')).toBeTruthy();

    act(() => api.emit('onDidImportProgress', { done: 1, total: 3, currentFile: '/home/reader/old.pdf' }));

    const bar = within(dialog).getByRole('progressbar', { name: '已处理 1 / 3 个文件' });
    expect(bar.getAttribute('value')).toBe('1');
    expect(bar.getAttribute('max')).toBe('3');
    expect(within(dialog).getByText('正在读取：/home/reader/old.pdf')).toBeTruthy();

    // A long PDF moves the bar page by page.
    act(() => api.emit('onDidImportProgress', { done: 1, total: 3, currentFile: '/home/reader/old.pdf', page: { done: 57, total: 228 } }));
    expect(within(dialog).getByText('正在读取：/home/reader/old.pdf · 第 57 / 228 页')).toBeTruthy();
    expect(within(dialog).getByRole('progressbar').getAttribute('value')).toBe('1.25');

    act(() => api.finishImport(mixedReport));

    expect(await within(dialog).findByText('导入 1 个，跳过 1 个，失败 1 个')).toBeTruthy();
    expect(within(dialog).getByRole('progressbar', { name: '已处理 3 / 3 个文件' })).toBeTruthy();
  });

  it('lists what became of each file, with a link to the imported issue', async () => {
    const api = new FakeJianbaoApi();
    api.importReport = () => mixedReport;
    const { dialog } = openPanel(api);
    typePaths(dialog, `${cppccPath}\n/home/reader/old.pdf\n/home/reader/broken.pdf`);

    fireEvent.click(within(dialog).getByRole('button', { name: '开始导入' }));

    const results = await within(dialog).findByRole('region', { name: '导入结果' });
    const items = within(results).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '已导入cppcc-newspaper-page2.txt人民政协报 2025年1月15日 星期三 · 4 版 · 1 篇文章',
      '已跳过old.pdf档案里已有内容相同的文件，没有改动。',
      '失败broken.pdf不是 PDF 文件',
    ]);
    const link = within(results).getByRole('link', { name: '人民政协报 2025年1月15日 星期三' });
    expect(link.getAttribute('href')).toBe('#/issue/rmzxb-2025-01-15');

    fireEvent.click(link);

    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('cancels a running import and says nothing unfinished was kept', async () => {
    const api = new FakeJianbaoApi();
    api.holdImports();
    const { dialog } = openPanel(api);
    typePaths(dialog, cppccPath);
    fireEvent.click(within(dialog).getByRole('button', { name: '开始导入' }));
    await waitFor(() => expect(api.callsTo('importFiles')).toHaveLength(1));

    fireEvent.click(within(dialog).getByRole('button', { name: '取消导入' }));

    expect(await within(dialog).findByText('导入已取消；没有读完的期次不会写入档案。')).toBeTruthy();
    expect(api.callsTo('cancelImport')).toEqual([{}]);
  });

  it('keeps a running import when the panel is closed, and shows it again on opening', async () => {
    const api = new FakeJianbaoApi();
    api.holdImports();
    const { dialog } = openPanel(api);
    typePaths(dialog, cppccPath);
    fireEvent.click(within(dialog).getByRole('button', { name: '开始导入' }));
    await waitFor(() => expect(api.callsTo('importFiles')).toHaveLength(1));
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }));

    act(() => api.emit('onDidImportProgress', { done: 2, total: 5, currentFile: '/x/03.pdf' }));
    fireEvent.click(screen.getByRole('button', { name: '导入' }));

    expect(screen.getByRole('progressbar', { name: '已处理 2 / 5 个文件' })).toBeTruthy();
  });

  it('shows why an import could not run, and goes back to the form', async () => {
    const api = new FakeJianbaoApi();
    api.failNext('importFiles', new JianbaoError('INVALID_ARGUMENT', '路径无效 / Invalid path'));
    const { dialog } = openPanel(api);
    typePaths(dialog, 'relative.txt');

    fireEvent.click(within(dialog).getByRole('button', { name: '开始导入' }));

    expect((await within(dialog).findByRole('alert')).textContent).toBe('导入没有完成：路径无效');
    fireEvent.click(within(dialog).getByRole('button', { name: '返回修改' }));
    expect((within(dialog).getByLabelText('文件或文件夹的路径') as HTMLTextAreaElement).value).toBe('relative.txt');
  });
});

describe('dropping files on the window', () => {
  function drop(files: File[]) {
    const event = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files } });
    act(() => {
      window.dispatchEvent(event);
    });
    return event;
  }

  it('opens the panel with the dropped files’ paths in the desktop app', () => {
    window.jianbaoFiles = { pathOf: (file) => `/drop/${file.name}` };
    renderWithApi(<ImportButton />);

    const event = drop([new File(['a'], '01.pdf'), new File(['b'], '02.pdf')]);

    expect(event.defaultPrevented).toBe(true);
    const dialog = screen.getByRole('dialog', { name: '导入文件' });
    expect((within(dialog).getByLabelText('文件或文件夹的路径') as HTMLTextAreaElement).value).toBe('/drop/01.pdf\n/drop/02.pdf');
    expect(within(dialog).getByText('也可以把文件或文件夹拖到窗口上。')).toBeTruthy();
  });

  it('takes the dropped files in a browser and uploads their bytes', async () => {
    const { api } = renderWithApi(<ImportButton />);

    drop([new File(['第一版'], '01.txt'), new File(['第二版'], '02.txt')]);

    const dialog = screen.getByRole('dialog', { name: '导入文件' });
    await within(dialog).findByText('已选 2 个文件，共 1 KB');
    fireEvent.click(within(dialog).getByRole('button', { name: '开始导入' }));
    await waitFor(() => expect(api.uploads.map((f) => [f.name, Buffer.from(f.data, 'base64').toString('utf8')])).toEqual([['01.txt', '第一版'], ['02.txt', '第二版']]));
    expect(api.callsTo('importFiles')).toEqual([]);
    expect(await within(dialog).findByText('导入 0 个，跳过 2 个，失败 0 个')).toBeTruthy();
  });
});

describe('choosing files in a browser', () => {
  it('lists the chosen files, lets one go, and uploads the rest with the paper and date', async () => {
    const { api, dialog } = openPanel();
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]:not([webkitdirectory])') as HTMLInputElement;
    const files = [new File(['一'], 'a.txt'), new File(['二'], 'b.txt')];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    fireEvent.change(input);
    fireEvent.click(within(dialog).getByRole('button', { name: '移除 a.txt' }));
    fireEvent.change(within(dialog).getByLabelText('报纸名称（可选）'), { target: { value: '人民政协报' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '开始导入' }));

    await waitFor(() => expect(api.callsTo('importUploads')).toHaveLength(1));
    expect(api.callsTo('importUploads')[0]).toMatchObject({ files: [{ name: 'b.txt' }], paper: '人民政协报' });
  });

  it('refuses a file too large to upload before sending anything, and says how to import it', async () => {
    const { api, dialog } = openPanel();
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    const huge = new File(['x'], 'huge.pdf');
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    fireEvent.change(input);
    fireEvent.click(within(dialog).getByRole('button', { name: '开始导入' }));

    expect(within(dialog).getByRole('alert').textContent).toContain('huge.pdf 太大（200.0 MB）');
    expect(api.callsTo('importUploads')).toEqual([]);
  });
});
