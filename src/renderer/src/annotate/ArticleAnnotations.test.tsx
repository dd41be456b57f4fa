import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../../shared/anchoring/selectors';
import { articleUrn, commentOf, tagsOf, type Annotation } from '../../../shared/annotation';
import { FakeJianbaoApi } from '../test/fake-api';
import { renderWithApi } from '../test/render-with-api';
import { ArticleView } from '../views/ArticleView';

afterEach(() => {
  cleanup();
  window.getSelection()?.removeAllRanges();
  window.location.hash = '';
});

const lead = 'a-lead';

/** Selects `phrase` in the article body as a reader's drag would, and says so. */
async function selectInBody(phrase: string): Promise<void> {
  const paragraph = await screen.findByText((_, element) => element?.tagName === 'P' && (element.textContent ?? '').includes(phrase) && element.hasAttribute('data-text-start'));
  const node = paragraph.firstChild as Text;
  const at = node.data.indexOf(phrase);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + phrase.length);
  act(() => {
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

function leadText(api: FakeJianbaoApi): string {
  return api.archive.articles.find((a) => a.id === lead)?.text ?? '';
}

function sidebar(): Promise<HTMLElement> {
  return screen.findByRole('complementary', { name: '本文批注' });
}

describe('annotating an article', () => {
  it('highlights the selected text in the chosen colour at its offsets in the canonical text', async () => {
    const { api } = renderWithApi(<ArticleView articleId={lead} />);
    await selectInBody('楼道照明');

    fireEvent.click(await screen.findByRole('button', { name: '绿色高亮' }));

    const start = leadText(api).indexOf('楼道照明');
    await waitFor(() => expect(api.callsTo('createAnnotation')).toEqual([{ articleId: lead, start, end: start + 4, color: 'green' }]));
    expect(await within(await sidebar()).findByText('楼道照明')).toBeTruthy();
    expect(screen.queryByRole('toolbar', { name: '批注所选文字' })).toBeNull();
  });

  it('quotes a selection in a proposal: highlights it, then offers the proposals in its editor', async () => {
    const { api } = renderWithApi(<ArticleView articleId={lead} />);
    await api.createProposal({ title: '关于楼道照明的提案' });
    await selectInBody('楼道照明');
    fireEvent.click(await screen.findByRole('button', { name: '引入提案' }));
    const start = leadText(api).indexOf('楼道照明');
    await waitFor(() => expect(api.callsTo('createAnnotation')).toEqual([{ articleId: lead, start, end: start + 4, color: 'yellow' }]));
    const editor = await screen.findByRole('dialog', { name: '批注' });
    const choice = await within(editor).findByRole('combobox', { name: '引入哪件提案' });
    expect([...(choice as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['选择提案…', '关于楼道照明的提案']);
  });

  it('underlines with the keyboard: select, then press u', async () => {
    const { api } = renderWithApi(<ArticleView articleId={lead} />);
    await selectInBody('每月开一次');
    await screen.findByRole('toolbar', { name: '批注所选文字' });

    fireEvent.keyDown(window, { key: 'u' });

    await waitFor(() => expect(api.callsTo('createAnnotation')).toHaveLength(1));
    await waitFor(() => expect(api.annotations.stored.map((a) => [a.target.selector[0].exact, a.style])).toEqual([['每月开一次', 'underline']]));
  });

  it('writes a comment and tags on new highlight, each saved as it is made', async () => {
    const { api } = renderWithApi(<ArticleView articleId={lead} />);
    await selectInBody('议题由居民投票选出');
    fireEvent.click(await screen.findByRole('button', { name: '写批注' }));

    const editor = await screen.findByRole('dialog', { name: '批注' });
    const comment = within(editor).getByLabelText('批注（支持 Markdown）');
    await waitFor(() => expect(document.activeElement).toBe(comment));
    fireEvent.change(comment, { target: { value: '**民主协商**的好做法' } });
    fireEvent.blur(comment);
    const tagInput = within(editor).getByLabelText('添加标签（回车确认）');
    fireEvent.change(tagInput, { target: { value: '基层协商' } });
    fireEvent.keyDown(tagInput, { key: 'Enter' });

    await waitFor(() => {
      const [saved] = api.annotations.stored;
      expect(saved && [commentOf(saved), tagsOf(saved)]).toEqual(['**民主协商**的好做法', ['基层协商']]);
    });
    expect(await within(await sidebar()).findByText('#基层协商')).toBeTruthy();
    const shown = (await sidebar()).querySelector('.annotation-comment');
    expect(shown?.textContent).toBe('民主协商的好做法');
    expect(shown?.querySelector('strong')?.textContent).toBe('民主协商');
  });

  it('deletes an annotation and undoes the delete', async () => {
    const api = new FakeJianbaoApi();
    const text = leadText(api);
    const start = text.indexOf('旧木桌');
    api.annotations.create({ articleId: lead, start, end: start + 3, comment: '细节' });
    renderWithApi(<ArticleView articleId={lead} />, api);

    fireEvent.click(await within(await sidebar()).findByRole('button', { name: /打开批注：旧木桌/ }));
    fireEvent.click(await screen.findByRole('button', { name: '删除批注' }));
    await waitFor(() => expect(api.annotations.stored).toHaveLength(0));
    expect(within(await sidebar()).queryByText('旧木桌')).toBeNull();

    fireEvent.click(await screen.findByRole('button', { name: '撤销' }));

    await waitFor(() => expect(api.annotations.stored.map((a) => commentOf(a))).toEqual(['细节']));
    expect(await within(await sidebar()).findByText('旧木桌')).toBeTruthy();
  });

  it('undoes a delete with Ctrl+Z, but leaves Ctrl+Z in a text field to the field', async () => {
    const api = new FakeJianbaoApi();
    const start = leadText(api).indexOf('旧木桌');
    api.annotations.create({ articleId: lead, start, end: start + 3 });
    renderWithApi(<ArticleView articleId={lead} />, api);
    fireEvent.click(await within(await sidebar()).findByRole('button', { name: /打开批注：旧木桌/ }));
    fireEvent.click(await screen.findByRole('button', { name: '删除批注' }));
    await screen.findByRole('button', { name: '撤销' });

    const field = document.createElement('textarea');
    document.body.append(field);
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    field.remove();
    expect(api.callsTo('restoreAnnotation')).toEqual([]);

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(api.annotations.stored).toHaveLength(1));
  });

  it('lists an annotation whose quote is gone as orphaned and re-attaches it to new text', async () => {
    const api = new FakeJianbaoApi();
    const [quote, position] = describeRange('早先的版本写着路灯坏了三个月。', 7, 12);
    const orphan: Annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:11111111-1111-4111-8111-111111111111',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      creator: { type: 'Person', name: '委员' },
      body: [{ type: 'TextualBody', purpose: 'commenting', value: '要跟进', format: 'text/markdown' }],
      target: { source: articleUrn(lead), selector: [{ ...quote, exact: '路灯坏了三个月' }, { ...position, start: 500, end: 507 }] },
      color: 'pink',
      style: 'highlight',
    };
    api.annotations.stored.push(orphan);
    renderWithApi(<ArticleView articleId={lead} />, api);

    const panel = await screen.findByRole('region', { name: '已失去锚点（1）' });
    expect(within(panel).getByText('路灯坏了三个月')).toBeTruthy();
    const reattach = within(panel).getByRole('button', { name: '锚定到所选文字' }) as HTMLButtonElement;
    expect(reattach.disabled).toBe(true);

    await selectInBody('楼道照明的难处');
    await waitFor(() => expect(reattach.disabled).toBe(false));
    fireEvent.click(reattach);

    const start = leadText(api).indexOf('楼道照明的难处');
    await waitFor(() => expect(api.callsTo('updateAnnotation')).toEqual([{ articleId: lead, id: orphan.id, range: { start, end: start + 7 } }]));
    await waitFor(() => expect(screen.queryByRole('region', { name: /已失去锚点/ })).toBeNull());
    expect(within(await sidebar()).getByText('要跟进')).toBeTruthy();
  });

  it('copies the selection with its citation', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithApi(<ArticleView articleId={lead} />);
    await selectInBody('几位委员');

    fireEvent.click(await screen.findByRole('button', { name: '复制并注明出处' }));

    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0]).toEqual(['“几位委员”\n——人民政协报，2024年3月5日，第 1 版，《小院议事 家门口的协商》，本报记者 宋雨桐']);
    expect(await screen.findByText('已复制所选文字及出处。')).toBeTruthy();
  });

  it('opens the annotation the all-annotations view points at', async () => {
    const api = new FakeJianbaoApi();
    const start = leadText(api).indexOf('委员带着记录');
    const { annotation } = api.annotations.create({ articleId: lead, start, end: start + 6, comment: '调研闭环' });
    renderWithApi(<ArticleView articleId={lead} annotationId={annotation.id} />, api);

    const editor = await screen.findByRole('dialog', { name: '批注' });
    expect(within(editor).getByText('委员带着记录')).toBeTruthy();
    expect((within(editor).getByLabelText('批注（支持 Markdown）') as HTMLTextAreaElement).value).toBe('调研闭环');
  });

  it('says so when a save fails, and keeps what the archive holds', async () => {
    const { api } = renderWithApi(<ArticleView articleId={lead} />);
    api.failNext('createAnnotation');
    await selectInBody('楼道照明');

    fireEvent.click(await screen.findByRole('button', { name: '黄色高亮' }));

    expect(await screen.findByText(/批注未能保存：读取失败/)).toBeTruthy();
    expect(api.annotations.stored).toHaveLength(0);
  });

  it('signs annotations with the name set beside them', async () => {
    const { api } = renderWithApi(<ArticleView articleId={lead} />);
    const field = await within(await sidebar()).findByLabelText('署名');

    fireEvent.change(field, { target: { value: ' 林晓 ' } });
    fireEvent.keyDown(field, { key: 'Enter' });

    await waitFor(() => expect(api.callsTo('updateSettings')).toContainEqual({ profileName: '林晓' }));
  });

  it('saves a comment shortly after typing stops, without leaving the field', async () => {
    const { api } = renderWithApi(<ArticleView articleId={lead} />);
    await selectInBody('楼道照明');
    fireEvent.click(await screen.findByRole('button', { name: '写批注' }));
    const comment = within(await screen.findByRole('dialog', { name: '批注' })).getByLabelText('批注（支持 Markdown）');

    fireEvent.change(comment, { target: { value: '还没离开输入框' } });

    await waitFor(() => expect(api.annotations.stored.map((a) => commentOf(a))).toEqual(['还没离开输入框']));
    expect(document.activeElement).toBe(comment);
  });

  it('saves a comment typed just before the view goes away', async () => {
    const { api, unmount } = renderWithApi(<ArticleView articleId={lead} />);
    await selectInBody('楼道照明');
    fireEvent.click(await screen.findByRole('button', { name: '写批注' }));
    const comment = within(await screen.findByRole('dialog', { name: '批注' })).getByLabelText('批注（支持 Markdown）');
    fireEvent.change(comment, { target: { value: '马上切换页面' } });

    unmount();

    await waitFor(() => expect(api.annotations.stored.map((a) => commentOf(a))).toEqual(['马上切换页面']));
  });

  it('saves a comment typed just before a delete, so undo brings it back, with no error', async () => {
    const api = new FakeJianbaoApi();
    const start = leadText(api).indexOf('旧木桌');
    api.annotations.create({ articleId: lead, start, end: start + 3 });
    renderWithApi(<ArticleView articleId={lead} />, api);
    fireEvent.click(await within(await sidebar()).findByRole('button', { name: /打开批注：旧木桌/ }));
    const editor = await screen.findByRole('dialog', { name: '批注' });
    fireEvent.change(within(editor).getByLabelText('批注（支持 Markdown）'), { target: { value: '删之前写的' } });

    fireEvent.click(within(editor).getByRole('button', { name: '删除批注' }));
    await waitFor(() => expect(api.annotations.stored).toHaveLength(0));
    fireEvent.click(await screen.findByRole('button', { name: '撤销' }));

    await waitFor(() => expect(api.annotations.stored.map((a) => commentOf(a))).toEqual(['删之前写的']));
    expect(screen.queryByText(/批注未能保存/)).toBeNull();
    expect(api.calls.map((c) => c.method).filter((m) => m.endsWith('Annotation'))).toEqual(['updateAnnotation', 'deleteAnnotation', 'restoreAnnotation']);
  });
});
