import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { listedAnnotation, type ListedAnnotationSeed } from '../test/annotation-list-fixtures';
import { FakeJianbaoApi } from '../test/fake-api';
import { FakePdfEngine } from '../test/fake-pdf-engine';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

/** Three annotations: the newest first is the one on 全体会议闭幕 (2024-03-12). */
const seeds: ListedAnnotationSeed[] = [
  { articleId: 'a-lead', exact: '听居民讲楼道照明的难处', color: 'green', comment: '可写进**提案**', tags: ['提案', '社区'], modified: '2024-03-06T09:00:00.000Z' },
  { articleId: 'a-feature', exact: '手绘的灌渠草图', color: 'pink', comment: 'ＡＢＣ 农田水利', tags: ['提案'], modified: '2024-03-07T09:00:00.000Z', state: 'orphaned' },
  { articleId: 'b-lead', exact: '完成各项议程', color: 'yellow', modified: '2024-03-13T09:00:00.000Z', place: { paperId: 'rmrb', paper: '人民日报' } },
];

function renderAt(hash: string, entries: ListedAnnotationSeed[] = seeds) {
  const api = new FakeJianbaoApi();
  api.annotationList = entries.map((seed) => listedAnnotation(api.archive, seed));
  window.location.hash = hash;
  render(<App api={api} pdfEngine={new FakePdfEngine()} />);
  return api;
}

async function entries() {
  const list = await screen.findByRole('list', { name: '批注列表' });
  return within(list).getAllByRole('listitem');
}

async function quotes() {
  await waitFor(() => expect(screen.getByRole('list', { name: '批注列表' }).getAttribute('aria-busy')).toBeNull());
  return (await entries()).map((item) => item.querySelector('.annotation-entry-quote')?.textContent);
}

describe('AnnotationsView', () => {
  it('lists every annotation, the most recent first, with its colour, quote, comment, tags and citation', async () => {
    const api = renderAt('#/annotations');

    expect(await screen.findByRole('heading', { level: 1, name: '全部批注' })).toBeTruthy();
    expect((await screen.findByRole('status')).textContent).toBe('共 3 条');
    expect(screen.getByRole('search', { name: '筛选批注' })).toBeTruthy();
    expect(await quotes()).toEqual(['完成各项议程', '手绘的灌渠草图', '听居民讲楼道照明的难处']);
    const oldest = (await entries())[2] as HTMLElement;
    const link = within(oldest).getByRole('link');
    expect(link.getAttribute('href')).toBe(`#/article/a-lead?a=${encodeURIComponent(api.annotationList[0]?.annotation.id ?? '')}`);
    expect(within(oldest).getByRole('img', { name: '绿' })).toBeTruthy();
    expect(link.textContent).toContain('可写进提案');
    expect(link.querySelector('.annotation-entry-comment strong')?.textContent).toBe('提案');
    expect([...oldest.querySelectorAll('.annotation-tag')].map((tag) => tag.textContent)).toEqual(['提案', '社区']);
    expect(oldest.querySelector('.annotation-entry-citation')?.textContent).toBe('人民政协报 · 2024年3月5日 星期二 · 第 1 版 · 小院议事 家门口的协商');
  });

  it('links an annotation on a page replica to its page, and shows a region as such', async () => {
    const api = new FakeJianbaoApi();
    const region = listedAnnotation(api.archive, { articleId: 'a-lead', exact: '楼道照明', comment: '新闻照片', place: { articleId: null, title: null, page: 2 } });
    api.annotationList = [{ ...region, quote: '' }];
    window.location.hash = '#/annotations';
    render(<App api={api} pdfEngine={new FakePdfEngine()} />);

    const [entry] = await entries();
    expect(within(entry as HTMLElement).getByRole('link').getAttribute('href')).toBe('#/issue/zxb-2024-03-05?page=2');
    expect(entry?.querySelector('.annotation-entry-quote')?.textContent).toBe('▢ 区域');
    expect(entry?.querySelector('.annotation-entry-citation')?.textContent).toBe('人民政协报 · 2024年3月5日 星期二 · 第 2 版 · 版面批注');
  });

  it('marks an orphaned annotation as having lost its anchor, and only that one', async () => {
    renderAt('#/annotations');
    const [newest, orphan] = await entries();
    expect(within(orphan as HTMLElement).getByText('已失去锚点')).toBeTruthy();
    expect(within(newest as HTMLElement).queryByText('已失去锚点')).toBeNull();
  });

  it('narrows to a tag when its chip is checked, and says how many of how many', async () => {
    renderAt('#/annotations');
    fireEvent.click(await screen.findByRole('checkbox', { name: '提案（2）' }));

    await waitFor(() => expect(window.location.hash).toBe(`#/annotations?tag=${encodeURIComponent('提案')}`));
    expect(await quotes()).toEqual(['手绘的灌渠草图', '听居民讲楼道照明的难处']);
    expect(screen.getByRole('status').textContent).toBe('共 2 条（全部 3 条）');
    expect((screen.getByRole('checkbox', { name: '提案（2）' }) as HTMLInputElement).checked).toBe(true);
  });

  it('narrows to words typed in the comment, whatever their width or case', async () => {
    renderAt('#/annotations');
    fireEvent.change(await screen.findByRole('searchbox', { name: '原文或批注里的文字' }), { target: { value: 'abc' } });

    await waitFor(() => expect(window.location.hash).toBe('#/annotations?q=abc'));
    expect(await quotes()).toEqual(['手绘的灌渠草图']);
  });

  it('narrows by colour, paper, dates and anchor state, and clears them all at once', async () => {
    renderAt('#/annotations');
    fireEvent.click(await screen.findByRole('checkbox', { name: '粉（1）' }));
    await waitFor(async () => expect(await quotes()).toEqual(['手绘的灌渠草图']));
    fireEvent.click(screen.getByRole('checkbox', { name: '粉（1）' }));
    await waitFor(async () => expect(await quotes()).toHaveLength(3));

    fireEvent.change(screen.getByRole('combobox', { name: '报纸' }), { target: { value: 'rmrb' } });
    await waitFor(async () => expect(await quotes()).toEqual(['完成各项议程']));
    fireEvent.change(screen.getByRole('combobox', { name: '报纸' }), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText('从'), { target: { value: '2024-03-01' } });
    fireEvent.change(screen.getByLabelText('到'), { target: { value: '2024-03-10' } });
    await waitFor(async () => expect(await quotes()).toEqual(['手绘的灌渠草图', '听居民讲楼道照明的难处']));

    fireEvent.change(screen.getByRole('combobox', { name: '锚点' }), { target: { value: 'orphaned' } });
    await waitFor(async () => expect(await quotes()).toEqual(['手绘的灌渠草图']));

    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(async () => expect(await quotes()).toHaveLength(3));
    expect(window.location.hash).toBe('#/annotations');
  });

  it('shows the 30 most used tags, a chosen one even when it is not among them, and all of them on asking', async () => {
    const many = Array.from({ length: 35 }, (_, n): ListedAnnotationSeed => ({ articleId: 'a-lead', exact: '议事会', tags: [`标签${String(n).padStart(2, '0')}`, ...(n < 30 ? ['常用'] : [])] }));
    renderAt(`#/annotations?tag=${encodeURIComponent('标签34')}`, many);
    const tags = await screen.findByRole('group', { name: '标签' });
    await waitFor(() => expect(within(tags).getAllByRole('checkbox')).toHaveLength(31));
    expect(within(tags).getByRole('checkbox', { name: '常用（30）' })).toBeTruthy();
    expect((within(tags).getByRole('checkbox', { name: '标签34（1）' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(within(tags).getByRole('button', { name: '全部 36 个标签' }));
    expect(within(tags).getAllByRole('checkbox')).toHaveLength(36);
  });

  it('sorts by the date of the issue when asked', async () => {
    renderAt('#/annotations?sort=date');
    expect(await quotes()).toEqual(['完成各项议程', '听居民讲楼道照明的难处', '手绘的灌渠草图']);
    expect((screen.getByRole('combobox', { name: '排序' }) as HTMLSelectElement).value).toBe('date');
  });

  it('says when no annotation matches, with a way to clear the filters', async () => {
    renderAt('#/annotations?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E5%8F%A5');
    expect(await screen.findByText('没有符合筛选条件的批注。')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: '清除筛选' })[0] as HTMLElement);
    expect(await quotes()).toHaveLength(3);
  });

  it('says how to make an annotation when the archive has none', async () => {
    renderAt('#/annotations', []);
    expect(await screen.findByText('还没有批注。')).toBeTruthy();
    expect(screen.getByText(/选中文字，就可以划线、写批注、加标签/)).toBeTruthy();
    expect(screen.queryByRole('search', { name: '筛选批注' })).toBeNull();
  });

  it('shows an annotation made elsewhere as soon as it is announced', async () => {
    const api = renderAt('#/annotations');
    expect(await quotes()).toHaveLength(3);

    api.annotationList.push(listedAnnotation(api.archive, { articleId: 'c-lead', exact: '基本就绪', modified: '2024-03-30T09:00:00.000Z' }));
    act(() => api.emit('onDidChangeAnnotations', { articleId: 'c-lead' }));

    await waitFor(async () => expect((await quotes())[0]).toBe('基本就绪'));
    expect(screen.getByRole('status').textContent).toBe('共 4 条');
  });

  it('offers a retry when the list cannot be read', async () => {
    const api = new FakeJianbaoApi();
    api.failNext('listAllAnnotations');
    window.location.hash = '#/annotations';
    render(<App api={api} pdfEngine={new FakePdfEngine()} />);

    fireEvent.click(await screen.findByRole('button', { name: '重试' }));
    expect(await screen.findByText('还没有批注。')).toBeTruthy();
  });

  it('opens an annotation on a page of a document’s original at that page, cited with the page', async () => {
    renderAt('#/annotations', [
      { articleId: 'a-lead', exact: '听居民讲楼道照明的难处', place: { articleId: 'd-1', issueId: 'd-1', paperId: 'document:other', paper: '文件', date: '2021-06-02', page: 2, title: '拿来主义', isDocument: true } },
    ]);
    const [entry] = await entries();
    expect(entry!.querySelector('a')?.getAttribute('href')).toMatch(/^#\/document\/d-1\?page=2&a=/);
    expect(entry!.textContent).toContain('文件 · 2021年6月2日 星期三 · 第 2 页 · 拿来主义');
  });

  it('is a link in the header, reached with Ctrl+B from any view', async () => {
    renderAt('#/');
    const link = screen.getByRole('link', { name: '批注' });
    expect(link.getAttribute('href')).toBe('#/annotations');
    expect(link.getAttribute('aria-keyshortcuts')).toBe('Control+B');

    fireEvent.keyDown(window, { key: 'b', ctrlKey: true });
    await waitFor(() => expect(window.location.hash).toBe('#/annotations'));
    expect(await screen.findByRole('heading', { level: 1, name: '全部批注' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '批注' }).getAttribute('aria-current')).toBe('page');
  });
});
